"""Peak and surge capacity read as a level of the normal volume, in figures, words and multiples (capacity.py), and
held against the least the RFP asks (the rules judge's scalability)."""

import pytest

from rfp_analyzer.capacity import capacity_levels, least_asked, offered_levels


@pytest.mark.parametrize("text, levels", [
    ("During the harvest peak our bench adds +25% seats within ten days.", [1.25]),
    ("For the winter season we can increase the crew by sixty percent (60%) on three weeks' notice.", [1.6]),
    ("Surge capacity: 160% of the weekday baseline volume during campaign weeks.", [1.6]),
    ("On outage days the desk handles three times (3x) the normal hourly volume.", [3.0, 3.0]),
    ("Peak capacity: the ability to absorb two and a half times the average daily load.", [2.5]),
    ("Our reserve pool lets us double the team for the January peak.", [2.0]),
    ("Seasonal peak: we add 40% more agents from the Cebu academy.", [1.4]),
    ("Our bench lets us add up to 150% of the programme team for the exam-results peak.", [2.5]),
    ("Surge capacity of at least 130% of the baseline daily volume in results week.", [1.3]),
    ("In March we can guarantee 140% of baseline volume.", [1.4]),
])
def test_capacity_is_read_as_a_level_of_the_normal_volume(text, levels):
    assert sorted(level.level for level in capacity_levels(text)) == sorted(levels)


@pytest.mark.parametrize("text", [
    "During the peak season 92% of calls are answered within 20 seconds.",  # a service level
    "Hours worked in the peak season are billed with a 25% surcharge.",  # a price
    "For contacts handled in the peak the Rates set out above apply with an uplift of fifteen percent (15%).",
    "Capacity plans are reviewed with the client twice a year.",  # a frequency
    "We plan for a 30% a year growth of the Polish team, whatever the season.",  # growth over years
    "More than 70% of our agents have worked a peak season before.",  # a share of people
    "The team grows 30% in the new office.",  # no peak or surge
])
def test_figures_that_are_no_capacity_are_not_read(text):
    assert capacity_levels(text) == []


def test_the_least_level_the_rfp_asks():
    asked = least_asked(["R-07 Surge capacity of not less than forty-five percent (45%) above the base team in "
                         "March, and three times (3x) the daily volume within four hours of an outage.",
                         "R-08 Calls answered within 30 seconds: 80%."])
    assert asked is not None and asked.level == 1.45
    assert least_asked(["R-08 Calls answered within 30 seconds: 80%."]) is None


def test_a_surge_capacity_below_the_rfps_is_a_limit_of_scalability(tmp_path):
    """Specific and firm, but less than asked: partial against an RFP asking more, met against one asking less or
    with no RFP; a second, larger figure of the vendor is what it offers."""
    from rfp_analyzer.judge.checklists import load_criteria, load_fees
    from rfp_analyzer.judge.rules import RulesJudge

    from .conftest import build_evidence

    criteria = load_criteria()
    scalability = next(c for c in criteria.criteria if c.id == "scalability")
    page = ("6. Peaks and growth\nFor the spring enrolment peak our Tallinn bench adds thirty-five percent (35%) "
            "to the contracted team within 15 business days of your forecast. A standing recruitment team of "
            "9 people onboards up to 40 agents per month for growth.\n")
    more = page + ("With thirty days' notice the Riga site adds a further shift, for up to +70% during the "
                   "enrolment peak.\n")
    found, _ = build_evidence(tmp_path, {"vendor": [page], "other": [more]})
    evidence = found["vendor"]
    judge = RulesJudge(criteria, load_fees())
    assert judge.assess_criterion(evidence, scalability).status == "met"
    evidence.rfp_capacity = least_asked(["R-06 Additional capacity of not less than sixty percent (60%) during "
                                         "the spring enrolment peak."])
    finding = judge.assess_criterion(evidence, scalability)
    assert finding.status == "partial" and "1.35x" in finding.gap and "1.6x" in finding.gap
    assert "thirty-five percent (35%)" in finding.evidence[0].quote
    found["other"].rfp_capacity = evidence.rfp_capacity
    assert judge.assess_criterion(found["other"], scalability).status == "met"
    evidence.rfp_capacity = least_asked(["R-06 Additional capacity of at least 30% during the spring peak."])
    assert judge.assess_criterion(evidence, scalability).status == "met"


def test_the_llm_judge_is_told_the_capacity_the_rfp_asks(tmp_path):
    from rfp_analyzer.judge.checklists import load_criteria
    from rfp_analyzer.judge.llm import _with_what_the_rfp_asks

    from .conftest import build_evidence

    criteria = {c.id: c for c in load_criteria().criteria}
    found, _ = build_evidence(tmp_path, {"vendor": ["Peak plan: we add 20% to the team in May.\n"]})
    evidence = found["vendor"]
    assert _with_what_the_rfp_asks(criteria["scalability"], evidence) == criteria["scalability"].met_requires
    evidence.rfp_capacity = least_asked(["R-04 Capacity of 150% of the baseline volume in May."])
    told = _with_what_the_rfp_asks(criteria["scalability"], evidence)
    assert told.startswith(criteria["scalability"].met_requires) and "1.5x the normal volume" in told
    assert _with_what_the_rfp_asks(criteria["pricing_clarity"], evidence) == criteria["pricing_clarity"].met_requires


def test_a_clause_giving_the_rfps_figure_offers_nothing():
    """A compliance matrix restates the buyer's level beside the vendor's: only the vendor's is offered."""
    row = ("R-05 Peak capacity. Requirement: at least 175% of the baseline weekly volume in a rollover week. "
           "Response: within 48 hours we provide capacity for 160% of the baseline weekly volume.")
    assert [level.level for level in offered_levels(row)] == [1.6]
    said = "In the RFP you expect 150% of volume in January; we can add 35% more agents for the peak."
    assert [level.level for level in offered_levels(said)] == [1.35]
    assert offered_levels("Our reserve lets us reach 180% of the baseline in the peak.")[0].level == 1.8
    pointed = ("5.1 During the peak the Contractor shall provide capacity for not less than 150% of the baseline monthly "
               "volume stated in section 3 of the RFP.")
    assert [level.level for level in offered_levels(pointed)] == [1.5]
