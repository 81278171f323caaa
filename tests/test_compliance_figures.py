"""How `--rfp` reads figures said in other words: a validity "open for acceptance", service credits called penalties
and shares of "the invoice of the month", a credit asked per missed level against a total asked, a limit stated in a
second statement of the sentence, the "only" that closes an amount in words, and units a terse matrix abbreviates
("14 wks"). End to end on real PDFs."""

from __future__ import annotations

import pytest

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("F1", "Prices must remain valid for one hundred and fifty (150) days from the response deadline"),
    ("F2", "Service credits: not less than 10% of the monthly charges must be at risk against the service levels"),
    ("F3", "Service credits shall be at least five percent (5%) of the monthly fees per missed service level"),
    ("F4", "Transition shall be completed within one hundred and twenty (120) days of contract signature"),
    ("F5", "Prices firm for the first twelve (12) months; any later adjustment limited to three percent (3%) per "
           "contract year"),
    ("F6", "A current SOC 2 Type II report covering every delivery site"),
    ("F7", "Peak capacity of two hundred fifty percent (250%) of the baseline monthly volume on every channel"),
]]
VENDORS = {
    "alder": ["Alder Care Ltd\nProposal for the safety desk",
              "1. Terms\nThe present offer is valid during 120 days after the date of deposit of the proposals.\n"
              "For each missed service level we credit 2% of the monthly fees.\n"
              "Transition is completed within one hundred and five (105) days of signature, and we can add up to "
              "twenty-five percent (25%) more agents within thirty days of a request.\n"
              "Surge capacity is equal to two hundred percent (200%) of the baseline volume on every channel.\n"],
    "birch": ["Birch Services Inc\nProposal for the safety desk",
              "1. Terms\nThis offer is having validity of 200 days from the date of submission.\n"
              "A one-time Transition Charge of CAD 212,000 (Canadian Dollars Two Hundred and Twelve Thousand only) is "
              "invoiced at signature.\nTransition is completed within 110 days of contract signature.\n"
              "In the peak we handle three hundred percent (300%) of the baseline volume on every channel.\n"
              "Prices are fixed for the first twelve (12) months.\nThereafter they are adjusted once a year by the "
              "consumer price index, capped at three percent (3%).\n",
              "2. Service levels\nService level\nTarget\nCredit per month missed\nCalls answered within 45 seconds\n80%\n"
              "6% of monthly fees\nAbandoned calls\n6% maximum\n6% of monthly fees\n"
              "The aggregate of service credits in any month shall not exceed twelve percent (12%) of the monthly "
              "invoice.\n"],
    "cedar": ["Cedar Contact SA\nProposal for the safety desk",
              "7. Service levels and penalties\nThe penalties are applied as discount in the next invoice.\n"
              "The total of penalties is limited to 10% of the invoice of the month.\n",
              "8. Plan\nTransition: 14 wks.\n",
              "9. Rates\nRates are firm for the first Contract Year. Effective on the first day of Contract Year 2 and "
              "of each Contract Year thereafter, the Rates will be adjusted by the change in the Consumer Price Index "
              "for the preceding twelve months, to a maximum of three percent (3%).\n"
              "We follow PIPEDA in everything we do, and we are working towards our SOC 2 report, which we hope to "
              "complete later this year.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("figures"), RFP, VENDORS)[1]


def test_a_validity_in_other_words_is_held_to_the_days_asked(run):
    short = compliance(run, "alder", "F1")
    assert short["status"] == "non_compliant" and "valid during 120 days" in short["evidence"][0]["quote"]
    assert compliance(run, "birch", "F1")["status"] == "compliant"


def test_a_total_at_risk_in_other_words_and_a_rows_own_target_is_no_cap(run):
    assert compliance(run, "cedar", "F2")["status"] == "compliant"  # "penalties limited to 10% of the invoice"
    # "Abandoned calls | 6% maximum | 6% of monthly fees" caps abandoned calls, not the credits.
    assert compliance(run, "birch", "F2")["status"] == "compliant"


def test_a_credit_asked_per_missed_level_is_held_against_each_levels_credit(run):
    per_level = compliance(run, "alder", "F3")
    assert per_level["status"] == "non_compliant" and "2% of the monthly fees" in per_level["evidence"][0]["quote"]
    assert compliance(run, "birch", "F3")["status"] == "compliant"


def test_a_limit_of_another_statement_and_an_amount_in_words_limit_nothing(run):
    assert compliance(run, "alder", "F4")["status"] == "compliant"  # "..., and we can add up to 25% more agents"
    assert compliance(run, "birch", "F4")["status"] == "compliant"  # "... Twelve Thousand only)"


def test_a_terse_answer_in_abbreviated_units_meets_the_bound(run):
    assert compliance(run, "cedar", "F4")["status"] == "compliant"  # "Transition: 14 wks." within 120 days


def test_a_rise_from_contract_year_two_within_the_cap_keeps_prices_firm(run):
    assert compliance(run, "cedar", "F5")["status"] == "compliant"


def test_a_report_worked_towards_is_not_held(run):
    refused = compliance(run, "cedar", "F6")
    assert refused["status"] == "non_compliant" and "working towards" in refused["evidence"][0]["quote"]


CODED_RFP = [[
    "4. Service levels",
    "The provider must commit to every target below.",
    ("Ref", "Metric", "Minimum target"),
    ("SLA-CHAT", "Chats answered within 60 seconds", "85% monthly"),
    ("SLA-POST", "Letters answered in 5 business days", "95% monthly"),
]]
CODED_VENDORS = {
    "keyed": ["Keyed Care\nProposal", "6. Our commitments\nRef Ours Credit\nSLA-CHAT 45 seconds, 90% n/a\n"
              "SLA-POST 3 business days, 95% n/a\n"],
    "slow": ["Slow Care\nProposal", "6. Our commitments\nRef Ours Credit\nSLA-CHAT 120 seconds, 85% n/a\n"],
    "credited": ["Credited Care\nProposal", "6. Our commitments\nRef Ours Credit\n"
                 "SLA-POST 4 business days 2% of the monthly charges\n"],
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("coded"), CODED_RFP, CODED_VENDORS)[1]


def test_a_service_level_keeps_the_rfps_code_and_a_row_keyed_by_it_answers_it(coded):
    """"SLA-CHAT | Chats answered within 60 seconds | 85% monthly" is requirement SLA-CHAT, and a vendor's
    row that opens with the code ("SLA-CHAT 45 seconds, 90% n/a") answers it by its figures, though it shares no
    other word with it."""
    ids = {r["id"] for r in coded["rfp"]["requirements"] if r["kind"] == "service_level"}
    assert ids == {"SLA-CHAT", "SLA-POST"}
    met = compliance(coded, "keyed", "SLA-POST")
    assert met["status"] == "compliant" and met["evidence"][0]["quote"].startswith("SLA-POST 3 business days")
    short = compliance(coded, "slow", "SLA-CHAT")
    assert short["status"] == "non_compliant" and "120 seconds" in short["evidence"][0]["quote"]
    # a row's credit is a share of money, not the share of letters asked: the row meets the target it states
    assert compliance(coded, "credited", "SLA-POST")["status"] == "compliant"


WORDED_RFP = [[
    "2. Requirements",
    ("No.", "Requirement"),
    ("H1", "Live-agent telephone service from 7:00 a.m. to 9:00 p.m. Central Time, every day of the year"),
    ("H2", "Every refund decision double-checked by a senior agent before it is paid"),
    ("H3", "Onboarding completed within sixty (60) days of contract signature"),
    ("H4", "Roadside line staffed by live agents 24 hours a day, 365 days a year"),
    ("H5", "Monthly performance report within five (5) business days of month end"),
]]
WORDED_VENDORS = {
    "maple": ["Maple Contact\nProposal for the refund desk",
              "3. How we work\nWe will answer your phones from 7:00 a.m. to 9:00 p.m. Central Time on all 365 days, "
              "holidays included.\nEach refund decision shall be subject to a second check by a senior agent "
              "before payment.\nOnboarding: 45 days from signature.\n"
              "Our roadside line is staffed by live agents at all hours on every day of the year.\n"
              "The monthly performance report lands by the fourth (4th) business day after month end.\n"],
}


@pytest.fixture(scope="module")
def worded(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("worded"), WORDED_RFP, WORDED_VENDORS)[1]


def test_clock_hours_controls_and_a_figure_in_the_units_asked_meet_requirements(worded):
    """Clock times are specifics ("from 7:00 a.m. to 9:00 p.m."); work "subject to a second check" undergoes a
    control, no limit; "45 days from signature" counts what "within sixty (60) days" asks."""
    for rid in ("H1", "H2", "H3"):
        assert compliance(worded, "maple", rid)["status"] == "compliant", rid


def test_hours_said_as_the_whole_day_and_a_day_counted_in_words_and_digits_state_how_much(worded):
    """A requirement that counts needs a passage that counts: "at all hours on every day of the year" states the hours
    of "24 hours a day, 365 days a year", and "the fourth (4th) business day" a day within the five asked."""
    for rid in ("H4", "H5"):
        assert compliance(worded, "maple", rid)["status"] == "compliant", rid


HELD_BACK_RFP = [[
    "5. Experience and references",
    ("No.", "Requirement"),
    ("K1", "Provide at least two (2) references from transit agencies served within the last three (3) years, each "
           "with a named contact"),
]]
HELD_BACK_VENDORS = {
    "later": ["Later Care\nProposal",
              "2. Track record\nWe have kept 9 of our 10 largest accounts since 2015. Named references shall be "
              "handed to the Authority following its designation of the Supplier as preferred bidder.\n"],
}


def test_references_held_back_until_a_later_stage_refuse_what_the_rfp_asks(tmp_path_factory):
    """"Provide ... references" asks for references in the proposal: references held back until the vendor is the
    preferred bidder refuse it, though the clause's other words are far from the requirement's."""
    run = analyze_against_rfp(tmp_path_factory.mktemp("held_back"), HELD_BACK_RFP, HELD_BACK_VENDORS)[1]
    refused = compliance(run, "later", "K1")
    assert refused["status"] == "non_compliant" and "preferred bidder" in refused["evidence"][0]["quote"]


def test_a_capacity_in_words_with_its_figure_in_brackets_is_held_to_the_multiple_asked(run):
    """"two hundred percent (200%) of the baseline volume" is a capacity short of the 250% asked; 300% meets it."""
    assert compliance(run, "alder", "F7")["status"] == "non_compliant"
    assert compliance(run, "birch", "F7")["status"] == "compliant"


def test_a_rise_that_refers_back_to_a_first_firm_period_starts_after_it(run):
    """"Thereafter they are adjusted ..." after "Prices are fixed for the first twelve (12) months.": the rise starts
    after the twelve months the RFP keeps prices firm, within its 3% cap."""
    assert compliance(run, "birch", "F5")["status"] == "compliant"


def test_a_deadline_said_as_an_ordinal_day_bounds_the_days_allowed(tmp_path):
    """"by the fifth (5th) business day of the following month" allows five days: a report "within ten (10) business
    days after month end" falls short of it, one "by the 3rd business day" meets it."""
    rfp = [["1. Requirements", ("No.", "Requirement"),
            ("D1", "A monthly performance report by the fifth (5th) business day of the following month")]]
    vendors = {
        "slow": ["Slow Care Ltd\nProposal", "4. Reporting\nWe deliver the monthly performance report within ten (10) "
                 "business days after the end of each month.\n"],
        "quick": ["Quick Care Ltd\nProposal", "4. Reporting\nWe deliver the monthly performance report by the 3rd "
                  "business day of the following month.\n"],
    }
    results = analyze_against_rfp(tmp_path, rfp, vendors)[1]
    assert compliance(results, "slow", "D1")["status"] == "non_compliant"
    assert compliance(results, "quick", "D1")["status"] == "compliant"


def test_a_count_of_the_things_asked_is_held_to_the_number_asked(tmp_path):
    """A count is a figure too: "up to four (4) calls per agent" or a plain "three calls per agent" falls short of "at
    least six (6) scored calls per agent", and "eight calls per agent" meets it. A count of another thing ("3
    analysts") or per another unit ("12,000 calls per month") says nothing of it."""
    rfp = [["1. Requirements", ("No.", "Requirement"),
            ("Q1", "Quality monitoring of at least six (6) scored calls per agent per month")]]
    vendors = {
        "capped": ["Capped Care Ltd\nProposal", "5. Quality monitoring\nOur analysts score up to four (4) calls per "
                   "agent per month against the Client's quality form.\n"],
        "plain": ["Plain Care Ltd\nProposal", "5. Quality monitoring\nEach month our quality team scores three calls "
                  "per agent against the Client's quality form.\n"],
        "ample": ["Ample Care Ltd\nProposal", "5. Quality monitoring\nEach month our quality team scores eight calls "
                  "per agent against the Client's quality form; 3 analysts handle 12,000 calls per month.\n"],
    }
    results = analyze_against_rfp(tmp_path, rfp, vendors)[1]
    assert compliance(results, "capped", "Q1")["status"] == "non_compliant"
    assert compliance(results, "plain", "Q1")["status"] == "non_compliant"
    assert compliance(results, "ample", "Q1")["status"] == "compliant"


def test_credits_capped_below_the_share_asked_fall_short_in_any_notation(tmp_path):
    """"a maximum of 8% of the monthly service fees" caps the credits under the 10% of the monthly charges the RFP puts
    at risk, and so does "9,5 %" in European notation, nine and a half per cent."""
    rfp = [["1. Requirements", ("No.", "Requirement"),
            ("C1", "Service credits: not less than 10% of the monthly charges must be at risk against the service "
                   "levels")]]
    vendors = {
        "capped": ["Capped Care Ltd\nProposal", "6. Service credits\nMake-good credits add up to a maximum of 8% of the "
                   "monthly service fees.\n"],
        "european": ["European Care GmbH\nAngebot", "6. Service credits\nEach missed service level is credited at "
                     "1,5 % of the monthly charges.\nService credits are cumulative and shall not exceed 9,5 % of the "
                     "monthly charges.\n"],
    }
    results = analyze_against_rfp(tmp_path, rfp, vendors)[1]
    assert compliance(results, "capped", "C1")["status"] == "non_compliant"
    assert compliance(results, "european", "C1")["status"] == "non_compliant"


def test_credits_capped_below_a_share_of_the_monthly_charge_in_the_singular(tmp_path):
    """"Of the monthly charge" and "of the month's invoice" are the same base as "the monthly charges": credits
    "capped at 5% of the month's invoice" fall short of 10% of the monthly charge at risk; a row's target with its
    credit after it ("not more than 3% 2% of the Monthly Charge") caps no credits."""
    rfp = [["1. Requirements", ("No.", "Requirement"),
            ("C1", "Service credits totalling not less than ten percent (10%) of the monthly charge must be at risk "
                   "against these service levels")]]
    vendors = {
        "harbour": ["Harbour Care Ltd\nProposal", "6. Service credits\nEach missed service level earns a 1% credit. "
                    "Credits are capped at 5% of the month's invoice.\n"],
        "quay": ["Quay Care Ltd\nProposal", "6. Service credits\nEach missed service level earns a 3% credit; credits "
                 "add up to 12% of the monthly charge at most.\n"],
        # a flattened row: the abandonment target "not more than 3%", then its credit; the cap is 12%
        "pier": ["Pier Care Ltd\nProposal", "14. Service Levels\nService Level\nTarget\nService Credit\nCalls answered "
                 "within 20\nseconds\n90%\n3% of the Monthly Charge\nAbandoned calls after 10 seconds\nnot more than "
                 "3%\n2% of the Monthly Charge\n14.2 Service Credits are cumulative and shall not exceed twelve per cent "
                 "(12%) of the Monthly\nCharge in any month.\n"],
    }
    results = analyze_against_rfp(tmp_path, rfp, vendors)[1]
    assert compliance(results, "harbour", "C1")["status"] == "non_compliant"
    assert compliance(results, "quay", "C1")["status"] != "non_compliant"
    assert compliance(results, "pier", "C1")["status"] != "non_compliant"


def test_a_rise_that_refers_back_by_a_pronoun_starts_after_the_firm_period_before_it(tmp_path):
    """"Prices hold for your first 24 months. From 1st March 2031 they move once a year with the CPI" keeps prices
    fixed for the 24 months asked: "they" refers back to the period before."""
    rfp = [["1. Requirements", ("No.", "Requirement"),
            ("P1", "Indexation. Prices stay fixed for the first twenty-four (24) months of service.")]]
    vendors = {
        "tide": ["Tide Care Ltd\nProposal", "9. Prices\nPrices hold for your first 24 months. From 1st March 2031 they "
                 "move once a year with the national CPI, capped at 3%.\n"],
        "gale": ["Gale Care Ltd\nProposal", "9. Prices\nEach January our rates rise with the national CPI, capped at "
                 "3%.\n"],
    }
    results = analyze_against_rfp(tmp_path, rfp, vendors)[1]
    assert compliance(results, "tide", "P1")["status"] != "non_compliant"
    assert compliance(results, "gale", "P1")["status"] == "non_compliant"


CREDITED_RFP = [[
    "6. Service levels",
    "Each missed service level in a month earns the service credit shown, deducted from the next invoice.",
    ("Service level", "Target", "Service credit"),
    ("SLA-1 Calls answered", "80% within 60 seconds", "2% of monthly charges"),
    ("SLA-2 Calls abandoned", "No more than 5%", "1% of monthly charges"),
    ("SLA-3 Chats answered", "85% within 45 seconds", "1% of monthly charges"),
]]
CREDITED_VENDORS = {
    "promises": ["Promise Care\nProposal", "5. Service promises\nWhat we promise\nOur target\nCalls answered\n"
                 "80% within 45 seconds\nAbandoned calls\nKept under 5%\nChats answered\n85% within 45 seconds\n"
                 "Repayment-plan applications\nProcessed within 3 business days at 99% accuracy\n"
                 "Performance Assurance: credits begin in month seven, once your program has stabilized, are\n"
                 "paused during the Restart Window, and top out at 4% of the month's fees.\n"],
}


def test_a_service_levels_credit_is_not_what_it_measures(tmp_path):
    """A service level's credit ("2% of monthly charges") is no part of its measure: a passage on credits ("top out
    at 4% of the month's fees") is not about calls answered, and does not fall short of "80% within 60 seconds"."""
    results = analyze_against_rfp(tmp_path, CREDITED_RFP, CREDITED_VENDORS)[1]
    for level, row in (("SLA-1", "Calls answered 80% within 45 seconds"), ("SLA-3", "Chats answered 85% within")):
        judged = compliance(results, "promises", level)
        assert judged["status"] == "compliant", judged
        assert any(row in e["quote"] for e in judged["evidence"])


SURGE_RFP = [[
    "5. Service levels",
    ("Service level", "Target", "Service credit"),
    ("SLA-1 Alarm calls answered", "by an agent in 20 seconds: 95%", "3% of charges"),
    ("SLA-2 Dispatch confirmed", "98% within 5 minutes", "2% of monthly charges"),
    ("SLA-3 Abandoned alarm calls", "At most 1%", "1% of monthly charges"),
]]
SURGE_VENDORS = {
    "surging": ["Surging Care\nProposal", "4. Peaks\nIn a storm we can raise the number of agents to 250% of the "
                "average hourly volume of alarm calls in 30 minutes, and keep it for 48 hours.\n"
                "5. Service levels\nSLA Target Credit\nSLA-1 Alarm calls answered within 20 seconds 95%\n"],
}


def test_a_capacity_multiple_is_no_service_level(tmp_path):
    """"250% of the average hourly volume of alarm calls in 30 minutes" is a capacity: no share of calls answered is
    over 100%, so it does not fall short of "95% of alarm calls answered within 20 seconds"."""
    results = analyze_against_rfp(tmp_path, SURGE_RFP, SURGE_VENDORS)[1]
    judged = compliance(results, "surging", "SLA-1")
    assert judged["status"] == "compliant", judged
