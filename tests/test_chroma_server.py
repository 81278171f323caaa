"""Server mode: the same analysis and `ask` against a real `chroma run` server as against the embedded index."""

import json

from click.testing import CliRunner

from rfp_analyzer.cli import main

from .conftest import free_port, write_pdf
from .test_pipeline import BRIGHTWAVE_PRICING, BRIGHTWAVE_PROPOSAL, NORTHSTAR


def _run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def _findings(out):
    results = json.loads((out / "results.json").read_text())
    return results["vendors"], results["summary"]


def test_server_mode_gives_the_embedded_results_and_answers_ask(tmp_path, chroma_server):
    proposals = tmp_path / "proposals"
    write_pdf(proposals / "northstar.pdf", NORTHSTAR)
    write_pdf(proposals / "brightwave" / "proposal.pdf", BRIGHTWAVE_PROPOSAL)
    write_pdf(proposals / "brightwave" / "pricing.pdf", BRIGHTWAVE_PRICING)
    embedded = _run(proposals, "--out", tmp_path / "embedded", "--index", tmp_path / "idx", "--format", "json", "-q")
    served = _run(proposals, "--out", tmp_path / "served", "--index", tmp_path / "local", "--format", "json", "-q",
                  "--chroma-url", chroma_server)
    assert embedded.exit_code == served.exit_code == 0, served.output
    (embedded_vendors, embedded_summary), (served_vendors, served_summary) = \
        _findings(tmp_path / "embedded"), _findings(tmp_path / "served")
    assert served_vendors == embedded_vendors
    assert served_summary["embedded"] == embedded_summary["embedded"] > 0
    # The vectors went to the server, not to the local folder.
    assert not (tmp_path / "local" / "chroma.sqlite3").exists()

    # Another evaluator: no PDFs, an empty local folder, the server URL from the environment.
    question = ["ask", "Which vendors charge a transition fee?", "--json", "--index", tmp_path / "elsewhere"]
    remote = _run(*question, env={"RFP_ANALYZER_CHROMA_URL": chroma_server})
    local = _run("ask", "Which vendors charge a transition fee?", "--json", "--index", tmp_path / "idx")
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.output)["citations"] == json.loads(local.output)["citations"] != []


def test_unreachable_server_is_a_usage_error_naming_the_url(tmp_path):
    write_pdf(tmp_path / "p" / "acme.pdf", ["Acme proposal text that is long enough to be read."])
    url = f"http://127.0.0.1:{free_port()}"
    result = _run(tmp_path / "p", "--index", tmp_path / "idx", "--out", tmp_path / "out", "--chroma-url", url)
    assert result.exit_code == 2 and f"cannot reach the Chroma server at {url}" in result.output
    assert "Traceback" not in result.output
    asked = _run("ask", "anything", "--chroma-url", url)
    assert asked.exit_code == 2 and url in asked.output
    bad = _run(tmp_path / "p", "--chroma-url", "ftp://somewhere")
    assert bad.exit_code == 2 and "chroma_url" in bad.output


def test_config_shows_where_the_chroma_url_comes_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rfp-analyzer.toml").write_text('chroma_url = "http://10.0.0.5:8000"\n')
    shown = _run("config").output
    assert "http://10.0.0.5:8000" in shown and "rfp-analyzer.toml" in shown
    overridden = _run("config", env={"RFP_ANALYZER_CHROMA_URL": "http://127.0.0.1:9000"}).output
    assert "http://127.0.0.1:9000" in overridden and "env RFP_ANALYZER_CHROMA_URL" in overridden
