"""Referees counted against the number the RFP asks for (referees.py), by the rules judge's references criterion."""

from rfp_analyzer.judge.checklists import load_criteria, load_fees
from rfp_analyzer.judge.rules import RulesJudge
from rfp_analyzer.referees import RefereesAsked
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .conftest import build_evidence

REFEREES = ("9. References\nThe following clients have agreed to take your call:\n"
            "Ms. Hanne Lykke, Head of Member Services, Fjordbank, +45 33 12 40 77, a client since 2017.\n"
            "Mr. Oskar Brandt, Director of Operations, Vestkyst Energi, +45 70 22 19 03, a client since 2019.\n"
            "Our client retention over the last five years is 96%, and agent attrition was 21% in 2025.\n")


def asked(requirement: str) -> RefereesAsked | None:
    from rfp_analyzer.referees import referees_asked

    vocab = load_requirement_vocab().references
    count = referees_asked(vocab.patterns("count"), requirement)
    return RefereesAsked(count, tuple(vocab.patterns("contact")), tuple(vocab.patterns("about"))) if count else None


def test_fewer_referees_than_the_rfp_asks_for_is_partial(tmp_path):
    criteria = load_criteria()
    references = next(c for c in criteria.criteria if c.id == "references_track_record")
    found, _ = build_evidence(tmp_path, {"vendor": [REFEREES]})
    evidence = found["vendor"]
    judge = RulesJudge(criteria, load_fees())
    assert judge.assess_criterion(evidence, references).status == "met"
    evidence.rfp_referees = asked("R-12 Provide at least three (3) client references with contact details.")
    finding = judge.assess_criterion(evidence, references)
    assert finding.status == "partial" and "names 2 referees; the RFP asks for 3" in finding.gap
    assert any("Hanne Lykke" in e.quote for e in finding.evidence)
    evidence.rfp_referees = asked("R-12 Provide two (2) client references with contact details.")
    assert judge.assess_criterion(evidence, references).status == "met"


def test_the_ledger_reads_how_many_referees_the_rfp_asks_for():
    from rfp_analyzer.models import Evidence
    from rfp_analyzer.rfp.ledger import Ledger, Requirement

    def requirement(rid: str, text: str) -> Requirement:
        return Requirement(rid, "", text[:40], text, "requirement", False, Evidence("rfp.pdf", 1, text))

    vocab = load_requirement_vocab().references
    ledger = Ledger("rfp.pdf", [requirement("R-3", "Calls answered within 30 seconds: 80%."),
                                requirement("R-9", "Submit references from at least four (4) clients of similar size.")],
                    [])
    assert ledger.referees_asked(vocab).asked == 4
    assert Ledger("rfp.pdf", [requirement("R-9", "Submit client references.")], []).referees_asked(vocab) is None


def test_the_llm_judge_is_told_how_many_referees_the_rfp_asks_for(tmp_path):
    from rfp_analyzer.judge.llm import _with_what_the_rfp_asks

    criteria = {c.id: c for c in load_criteria().criteria}
    found, _ = build_evidence(tmp_path, {"vendor": [REFEREES]})
    evidence = found["vendor"]
    evidence.rfp_referees = asked("R-12 Provide at least three (3) client references with contact details.")
    told = _with_what_the_rfp_asks(criteria["references_track_record"], evidence)
    assert told.startswith(criteria["references_track_record"].met_requires) and "asks for 3 references" in told
    assert _with_what_the_rfp_asks(criteria["scalability"], evidence) == criteria["scalability"].met_requires


def test_a_referee_whose_client_name_sits_on_the_line_above_is_counted():
    """A table of references whose second client's name was cut from its contact: both referees count."""
    from rfp_analyzer.models import Sentence, Span
    from rfp_analyzer.referees import referee_rows

    vocab = load_requirement_vocab().references
    lines = ["7. References / Références Client Contact Since",
             "Clinique Horizon (12 clinics) Mme Léa Tremblay, directrice des opérations, 418 555-0190 2018",
             "Dentistes du Nord (9 clinics, Rimouski)",
             "Dr Paul Gagnon, associé directeur / Managing Partner, 418 555-0177 2021",
             "Client retention 2025: 96%.",
             "Agent attrition 2025: 1.4% per month.",
             "Signatory: Ms. Claire Roy, President, 514 555-0101."]
    sentences = [Sentence("vendor", i, (Span("vendor.pdf", 4, text),)) for i, text in enumerate(lines)]
    rows = referee_rows(vocab.patterns("contact"), vocab.patterns("about"), sentences)
    assert [s.index for s in rows] == [1, 3]


def test_a_clause_number_is_no_count_and_a_sign_off_is_no_referee_of_a_silent_proposal(tmp_path):
    """'G.5 References. Name at least three (3) references' asks for three, not five; the count only limits a met
    finding: a proposal that names no referee is judged as without an RFP, though its sign-off names a person."""
    from rfp_analyzer.referees import referees_asked

    vocab = load_requirement_vocab().references
    assert referees_asked(vocab.patterns("count"), "G.5 References. Name at least three (3) references for order "
                                                   "management, each with a contact person.") == 3
    criteria = load_criteria()
    references = next(c for c in criteria.criteria if c.id == "references_track_record")
    page = ("Our order desk in Brno runs every shift with native Czech and German speakers.\n"
            "With best regards, Ing. Pavel Dvořák, Managing Director, +420 541 555 010\n")
    found, _ = build_evidence(tmp_path, {"vendor": [page]})
    evidence = found["vendor"]
    judge = RulesJudge(criteria, load_fees())
    without = judge.assess_criterion(evidence, references)
    evidence.rfp_referees = asked("G.5 References. Name at least three (3) references, each with a telephone number.")
    held = judge.assess_criterion(evidence, references)
    assert without.status != "met" and (held.status, held.gap) == (without.status, without.gap)
