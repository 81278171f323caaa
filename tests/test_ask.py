"""`rfp-analyze ask` answers from the index alone, with citations verified against the stored page text."""

import json

from click.testing import CliRunner

from rfp_analyzer.cli import main

from .conftest import write_pdf


def _index(tmp_path):
    proposals = tmp_path / "proposals"
    write_pdf(proposals / "northstar.pdf", ["1. Coverage\nJapanese support is staffed 24/7 from our Osaka centre.",
                                            "2. Pricing\nA one-time transition fee of USD 60,000 is invoiced."])
    write_pdf(proposals / "brightwave.pdf", ["1. Coverage\nSpanish support runs Monday to Friday only.",
                                             "2. Pricing\nWe charge no setup or transition fee."])
    index = tmp_path / "idx"
    CliRunner().invoke(main, [str(proposals), "--index", str(index), "--out", str(tmp_path / "out"), "-q"])
    return proposals, index


def test_ask_json_cites_verified_pages_and_filters_vendors(tmp_path):
    proposals, index = _index(tmp_path)
    (proposals / "northstar.pdf").unlink()  # ask never re-reads the PDFs
    result = CliRunner().invoke(main, ["ask", "Which vendors charge a transition fee?", "--index", str(index), "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["mode"] == "extractive"
    by_vendor = {c["vendor"]: c for c in answer["citations"]}
    assert by_vendor["northstar"]["page"] == 2 and "USD 60,000" in by_vendor["northstar"]["quote"]
    only = json.loads(CliRunner().invoke(main, ["ask", "Japanese support hours", "--index", str(index),
                                                "--vendor", "northstar", "--json"]).output)
    assert {c["vendor"] for c in only["citations"]} == {"northstar"} and only["citations"][0]["page"] == 1


def test_question_nobody_covers_says_so(tmp_path):
    _, index = _index(tmp_path)
    result = CliRunner().invoke(main, ["ask", "What is your carbon offsetting policy for aviation?", "--index",
                                       str(index)])
    assert result.exit_code == 0 and result.output.startswith("No proposal addresses this question")


def test_ask_without_index_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["ask", "anything", "--index", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "run 'rfp-analyze PROPOSALS_DIR" in result.output
