"""The compliance check (`--rfp`) through the LLM judge, live: a real llama.cpp server with the 98 MB SmolLM2 from
PyPI (the `server` fixture), a real RFP and proposal written here. The small model's answers are whatever they are;
what must hold is the contract: every requirement gets one of the four statuses, from the LLM when a quote it gave
was found in the proposal and is about the requirement, else from the rules judge named as the fallback (no gate is
decided by invented quotes or a quoted heading); every quote shown was found on its page; and the gate follows."""

from __future__ import annotations

from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.models import Evidence
from rfp_analyzer.pipeline import AnalysisOptions, analyze
from rfp_analyzer.verify import CitationVerifier

from .conftest import write_pdf
from .test_llm_judge import _settings, _small_checklists
from .test_requirements import write_rfp

RFP = [[
    "1. Mandatory requirements",
    "Responses that do not meet the following requirements will not be evaluated further.",
    ("No.", "Requirement"),
    ("M1", "A current SOC 2 Type II report covering every delivery site"),
    ("M2", "Customer data stored and processed only in the European Union"),
]]
PROPOSAL = [
    "Brightpath Support Ltd.\nProposal for customer care",
    "1. Security\nBrightpath does not yet hold a SOC 2 report; our SOC 2 Type II audit is planned for 2027.\n"
    "All customer data is stored and processed only in the European Union, in our Dublin data centre.",
]
STATUSES = ("compliant", "partial", "non_compliant", "not_addressed")


def test_compliance_through_a_live_llm_is_verified_and_gated(server, tmp_path):
    proposals = tmp_path / "p"
    write_pdf(proposals / "brightpath.pdf", PROPOSAL)
    rfp = write_rfp(tmp_path / "rfp.pdf", RFP)
    criteria, fees = _small_checklists(tmp_path, ["service_levels"], ["setup_fee"])
    run = analyze(AnalysisOptions(proposals_dir=proposals, out_dir=tmp_path / "out", index_dir=tmp_path / "idx",
                                  criteria_path=criteria, fees_path=fees, rfp_path=rfp, settings=_settings(server)))
    vendor = run.results["vendors"][0]
    compliance = {c["id"]: c for c in vendor["compliance"]}
    assert set(compliance) == {"M1", "M2"}
    assert all(c["status"] in STATUSES for c in compliance.values())
    # The model answered every requirement: its verdict stands when a quote of it was found and is about the
    # requirement, else the rules judge answers and says why.
    judges = {c["judge"] for c in compliance.values()}
    assert judges <= {"llm:smollm2", "rules (fallback: unverified answer)", "rules (fallback: unusable answer)",
                      "rules (fallback: no quote about the requirement)"}, judges
    assert len(list((tmp_path / "idx" / "llm-cache").glob("*.json"))) >= 4  # a criterion, the fees, M1 and M2
    verifier = CitationVerifier([read_pdf(proposals / "brightpath.pdf", "brightpath.pdf")[0]])
    for item in compliance.values():
        for e in item["evidence"]:
            assert verifier.is_verbatim(Evidence(e["file"], e["page"], e["quote"])), e
    failing = sorted(c["id"] for c in compliance.values() if c["status"] in ("non_compliant", "not_addressed"))
    assert vendor["gate"] == {"passes": not failing, "failed": failing}
