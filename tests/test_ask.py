"""`rfp-analyze ask` answers from the index alone, with citations verified against the stored page text."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from rfp_analyzer.ask.library import ProposalLibrary
from rfp_analyzer.ask.llm import AnswerSentence, SynthesizedAnswer, _cited_answer
from rfp_analyzer.cli import main
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.llm.blocks import Quote, number_blocks
from rfp_analyzer.models import Evidence
from rfp_analyzer.verify import CitationVerifier

from .conftest import LLM_API_KEY, write_pdf

NORTHSTAR = ["1. Coverage\nJapanese support is staffed 24x7x365 from our Osaka centre.",
             "2. Pricing\nA one-time transition fee of USD 60,000 is invoiced.\nWhat you will not pay for\n"
             "\u2013 No onboarding fees. Recruiting is included."]
BRIGHTWAVE = ["1. Coverage\nSpanish support runs Monday to Friday only.",
              "2. Commercial terms\nOne-time implementation charges of USD 42,500 are payable in advance."]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("ask")
    proposals = tmp_path / "proposals"
    write_pdf(proposals / "northstar.pdf", NORTHSTAR)
    write_pdf(proposals / "brightwave.pdf", BRIGHTWAVE)
    index = tmp_path / "idx"
    result = CliRunner().invoke(main, [str(proposals), "--index", str(index), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    return proposals, index


def _ask(index, *args) -> dict:
    result = CliRunner().invoke(main, ["ask", *args, "--index", str(index), "--json", "--offline"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _verified_on_pdf(proposals, citations) -> bool:
    verifier = CitationVerifier([read_pdf(p, p.name)[0] for p in proposals.glob("*.pdf")])
    return all(verifier.is_verbatim(Evidence(c["file"], c["page"], c["quote"])) for c in citations)


def test_ask_json_cites_verified_pages_and_filters_vendors(indexed):
    proposals, index = indexed
    answer = _ask(index, "Which vendors charge a transition fee?")
    assert answer["mode"] == "extractive"
    by_vendor = {c["vendor"]: c for c in answer["citations"]}
    assert by_vendor["northstar"]["page"] == 2 and "USD 60,000" in by_vendor["northstar"]["quote"]
    assert answer["citations"] and _verified_on_pdf(proposals, answer["citations"])
    only = _ask(index, "Japanese support hours", "--vendor", "northstar")
    assert {c["vendor"] for c in only["citations"]} == {"northstar"} and only["citations"][0]["page"] == 1
    assert list(only["vendors"]) == ["northstar"]


def test_a_paraphrase_is_found_as_the_closest_passage(indexed):
    _, index = indexed
    answer = _ask(index, "Which vendors charge a setup fee?", "--vendor", "brightwave")
    assert answer["vendors"]["brightwave"]["found"] == "closest passage"
    assert "implementation charges of USD 42,500" in answer["citations"][0]["quote"]


def test_run_in_headings_and_bullets_do_not_block_a_quote(indexed):
    proposals, index = indexed
    answer = _ask(index, "Are there onboarding fees?", "--vendor", "northstar")
    quotes = [c["quote"] for c in answer["citations"]]
    assert any(q.startswith("No onboarding fees") for q in quotes), quotes  # the heading and bullet are left out
    assert _verified_on_pdf(proposals, answer["citations"])


def test_24x7_matches_24_7(indexed):
    _, index = indexed
    answer = _ask(index, "Who offers 24/7 Japanese support?", "--vendor", "northstar")
    assert answer["vendors"]["northstar"]["found"] == "answer" and "24x7x365" in answer["citations"][0]["quote"]


def test_question_nobody_covers_says_so(indexed):
    _, index = indexed
    result = CliRunner().invoke(main, ["ask", "What is your carbon offsetting policy for aviation?", "--index",
                                       str(index), "--offline"])
    assert result.exit_code == 0 and result.output.startswith("No proposal addresses this question")


def test_ask_without_index_or_with_unknown_vendor_is_a_usage_error(indexed, tmp_path):
    result = CliRunner().invoke(main, ["ask", "anything", "--index", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "run 'rfp-analyze PROPOSALS_DIR" in result.output
    result = CliRunner().invoke(main, ["ask", "anything", "--index", str(indexed[1]), "--vendor", "nobody"])
    assert result.exit_code == 2 and "indexed: brightwave, northstar" in result.output


def test_ask_reads_the_snapshot_without_importing_chromadb(indexed):
    """The question path must start fast: chromadb alone takes over a second to import."""
    _, index = indexed
    code = ("import sys; from rfp_analyzer.cli import main\n"
            "try:\n    main(['ask', 'transition fee', '--index', sys.argv[1], '--offline'])\n"
            "except SystemExit:\n    pass\n"
            "print('CHROMADB' if 'chromadb' in sys.modules else 'NO-CHROMADB')")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    out = subprocess.run([sys.executable, "-c", code, str(index)], capture_output=True, text=True, env=env, check=True)
    assert "USD 60,000" in out.stdout and out.stdout.strip().endswith("NO-CHROMADB")


def test_llm_answer_keeps_only_verified_claims(indexed):
    """The synthesized answer's bookkeeping, on a hand-written model reply: a verified quote is cited [1], a
    fabricated one removes its sentence, a sentence without sources is marked."""
    _, index = indexed
    library = ProposalLibrary(index)
    answer = library.ask("Which vendors charge a transition fee?")
    blocks = number_blocks([c for v in answer.vendors for c in v.passages])
    block_id = next(b for b, c in blocks.items() if "USD 60,000" in c.text)
    reply = SynthesizedAnswer(sentences=[
        AnswerSentence(text="Northstar charges a USD 60,000 transition fee.",
                       sources=[Quote(chunk_id=block_id, text="A one-time transition fee of USD 60,000 is invoiced.")]),
        AnswerSentence(text="Brightwave charges EUR 1 million.",
                       sources=[Quote(chunk_id="C1", text="a transition fee of EUR 1,000,000")]),
        AnswerSentence(text="Nothing else is said about fees.", sources=[])])
    result = _cited_answer(answer, reply, blocks, library)
    assert result.mode == "llm" and result.dropped_claims == 1
    assert result.synthesis == "Northstar charges a USD 60,000 transition fee. [1] Nothing else is said about fees. " \
                               "[uncited]"
    assert [(c.vendor, c.page) for c in result.citations] == [("northstar", 2)]


def test_llm_answer_through_a_real_server(server, indexed):
    proposals, index = indexed
    env = {"OPENAI_BASE_URL": server, "OPENAI_API_KEY": LLM_API_KEY, "RFP_ANALYZER_MODEL": "smollm2",
           "RFP_ANALYZER_MAX_TOKENS": "300"}
    result = CliRunner(env=env).invoke(main, ["ask", "Which vendors charge a transition fee?", "--index", str(index),
                                              "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert any((index / "llm-cache").glob("*.json")) or "no LLM answer" in answer["answer"]  # the server was asked
    assert answer["mode"] in ("llm", "extractive")  # extractive when the small model cited nothing verifiable
    assert _verified_on_pdf(proposals, answer["citations"])
    if answer["mode"] == "llm":
        assert all(f"[{n}]" in answer["answer"] for n in range(1, len(answer["citations"]) + 1))
