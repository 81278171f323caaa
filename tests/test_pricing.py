"""Rate extraction and total cost of ownership on crafted proposals: real PDFs (reportlab tables, which pypdf
flattens to one cell per line), read back with pypdf, fee findings from the rules judge, quotes verified."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from rfp_analyzer.errors import ConfigError
from rfp_analyzer.ingest.chunk import vendor_sentences
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.judge.checklists import FeeChecklist, load_criteria, load_fees
from rfp_analyzer.judge.protocol import VendorEvidence
from rfp_analyzer.judge.rules import RulesJudge
from rfp_analyzer.pricing.rates import FEE_TREATMENTS, PricingVocab, RateExtractor, load_pricing
from rfp_analyzer.pricing.scenario import Scenario, VolumeLine, load_scenario, read_rfp_defaults, rfp_defaults, volumes_from_text
from rfp_analyzer.pricing.tco import Sensitivity, TCOModel
from rfp_analyzer.verify import CitationVerifier

VOCAB = load_pricing()
FEES = load_fees()


def write_proposal(path: Path, blocks: list) -> Path:
    """A PDF of paragraphs (str), tables (list of rows) and page breaks (None)."""
    style = getSampleStyleSheet()["Normal"]
    flow = [PageBreak() if b is None else Table(b) if isinstance(b, list) else Paragraph(b, style) for b in blocks]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def priced(tmp_path: Path, blocks: list, scenario: Scenario, name: str = "vendor.pdf", case: Sensitivity = Sensitivity(),
           fees: FeeChecklist = FEES, vocab: PricingVocab = VOCAB):
    """(rates, tco) of one crafted proposal under `scenario`."""
    source, _ = read_pdf(write_proposal(tmp_path / name, blocks), name)
    sentences = vendor_sentences("vendor", [source])
    verifier = CitationVerifier([source])
    rates = RateExtractor(vocab, fees).extract([source], sentences, verifier)
    evidence = VendorEvidence("vendor", sentences, retriever=None, verifier=verifier)
    findings = [verifier.verified(f) for f in RulesJudge(load_criteria(), fees).assess_fees(evidence, fees.fees)]
    return rates, TCOModel(vocab, fees, scenario, case).vendor_tco(rates, findings), verifier


def line(tco, kind: str, fee: str = ""):
    return next(x for x in tco.lines if x.kind == kind and x.fee == fee)


FTE_TABLE = [["Role", "Site", "Monthly rate per FTE (USD)", "FTE", "Monthly charge (USD)"],
             ["Agent, English", "Dublin", "4,000", "30", "120,000"],
             ["Agent, German", "Berlin", "5,500", "10", "55,000"],
             ["Total", "", "", "40", "175,000"]]


def test_flattened_rate_table_comes_out_as_rows_with_verified_quotes(tmp_path):
    rates, _, verifier = priced(tmp_path, ["Pricing is per FTE per month.", FTE_TABLE], Scenario(fte=40))
    assert [(r.amount, r.quantity, r.unit, r.currency) for r in rates] == [
        (4000.0, 30.0, "fte_month", "USD"), (5500.0, 10.0, "fte_month", "USD")]
    assert rates[0].item == "Agent, English Dublin" and rates[0].page == 1
    assert all(verifier.is_verbatim(r.evidence) for r in rates)
    assert all(r.binding for r in rates)


def test_quantity_column_before_rate_column_is_read_by_the_header(tmp_path):
    table = [["Role", "FTE", "Rate per FTE per month (USD)", "Monthly (USD)"],
             ["Agent, English", "12", "3,100", "37,200"], ["Team lead", "2", "6,000", "12,000"]]
    rates, _, _ = priced(tmp_path, [table], Scenario(fte=14))
    assert [(r.amount, r.quantity) for r in rates] == [(3100.0, 12.0), (6000.0, 2.0)]


def test_per_fte_total_blends_the_vendor_mix_over_the_scenario_fte(tmp_path):
    _, tco, _ = priced(tmp_path, [FTE_TABLE], Scenario(fte=40, term_months=24))
    service = line(tco, "service")
    assert tco.model == "fte_month"
    assert service.unit_price[0] == pytest.approx(175_000 / 40)
    assert service.quantity == [480, 480]  # 40 FTE x 12 months
    assert tco.total == pytest.approx(175_000 * 24)


def test_per_hour_pricing_uses_productive_hours_and_growth(tmp_path):
    table = [["Language", "Rate per productive hour (USD)", "Hours per month", "Monthly (USD)"],
             ["English", "30.00", "1,000", "30,000.00"], ["French", "40.00", "1,000", "40,000.00"]]
    scenario = Scenario(fte=10, productive_hours_per_fte=100, term_months=24, growth_per_year=0.1)
    _, tco, _ = priced(tmp_path, [table], scenario)
    service = line(tco, "service")
    assert tco.model == "hour" and service.unit_price[0] == pytest.approx(35.0)
    assert service.quantity == pytest.approx([12_000, 13_200])  # 10 FTE x 100 h x 12, then +10%


def test_per_contact_rates_match_channel_and_language_and_unpriced_volume_is_a_risk(tmp_path):
    table = [["Channel", "Language", "Billing unit", "Rate (USD)"],
             ["Voice", "English", "Per handled call", "3.00"], ["Voice", "German", "Per handled call", "5.00"],
             ["Chat", "English", "Per chat session", "2.00"]]
    scenario = Scenario(term_months=12, volumes=[
        VolumeLine(channel="phone", contacts=1000, languages={"english": 0.6, "german": 0.4}),
        VolumeLine(channel="chat", contacts=500, languages={"english": 0.8, "japanese": 0.2})])
    _, tco, _ = priced(tmp_path, [table], scenario)
    totals = {x.label: x.total for x in tco.lines}
    assert totals == pytest.approx({"Voice English Per handled call": 3 * 600 * 12,
                                    "Voice German Per handled call": 5 * 400 * 12,
                                    "Chat English Per chat session": 2 * 400 * 12})
    risk = next(r for r in tco.risks if "Japanese" in r.reason)
    assert "100 contacts a month" in risk.reason and risk.question.startswith("Please quote a rate for chat in Japanese")


def test_monthly_fee_with_included_contacts_bills_the_overage_in_peak_months(tmp_path):
    text = ("The Team Fee is USD 200,000 per month and includes up to 10,000 handled contacts; "
            "each handled contact above 10,000 in a month is billed at USD 4.00.")
    scenario = Scenario(term_months=12, start_month=1, seasonality={1: 1.5},
                        volumes=[VolumeLine(channel="phone", contacts=10_000)])
    rates, tco, _ = priced(tmp_path, [text], scenario)
    assert tco.model == "month"
    fee = next(r for r in rates if r.unit == "month")
    assert fee.included == 10_000
    overage = next(x for x in tco.lines if x.unit == "contact")
    assert overage.quantity == [5_000]  # only January is above the included 10,000
    assert tco.total == pytest.approx(200_000 * 12 + 4.0 * 5_000)


def test_minimum_commitment_shortfall_in_low_months(tmp_path):
    blocks = [[["Service", "Unit", "Price (USD)"], ["Voice call", "per handled call", "2.00"],
               ["Chat session", "per handled chat", "1.00"]],
              "The client commits to a monthly minimum charge of USD 20,000; where charges for a month fall below "
              "this amount, the difference is invoiced as a shortfall charge."]
    scenario = Scenario(term_months=12, start_month=1, seasonality={7: 0.5, 8: 0.5},
                        volumes=[VolumeLine(channel="phone", contacts=10_000)])
    _, tco, _ = priced(tmp_path, blocks, scenario)
    shortfall = line(tco, "fee", "minimum_commitment")
    assert shortfall.total == pytest.approx(2 * (20_000 - 10_000))  # two half-volume months at USD 10,000
    assert "2 of 12 months" in shortfall.basis
    assert shortfall.evidence[0].page == 1


def test_escalation_compounds_and_sensitivity_uses_floor_and_cap(tmp_path):
    blocks = [FTE_TABLE, "All FTE rates will increase by 5% on each anniversary of the go-live date."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(fte=40))
    escalation = line(tco, "escalation", "price_escalation")
    assert escalation.unit_price == pytest.approx([0.0, 0.05, 0.1025])
    assert tco.yearly == pytest.approx([175_000 * 12 * f for f in (1, 1.05, 1.1025)])
    capped = [FTE_TABLE, "On each anniversary, rates are adjusted by the change in the consumer price index, capped at 4%."]
    for case, rise in (("expected", 0.03), ("low", 0.0), ("high", 0.04)):
        _, tco, _ = priced(tmp_path, capped, Scenario(fte=40), name=f"{case}.pdf", case=Sensitivity(escalation_case=case))
        assert line(tco, "escalation", "price_escalation").unit_price[1] == pytest.approx(rise)


def test_the_treatment_not_the_fee_id_decides_how_a_fee_is_costed(tmp_path):
    """A team that renames the escalation fee keeps escalation in every total, and every treatment has a handler."""
    renamed = FeeChecklist.model_validate({**FEES.model_dump(), "fees": [
        {**f.model_dump(), "id": "yearly_uplift" if f.id == "price_escalation" else f.id} for f in FEES.fees]})
    treatments = {("yearly_uplift" if fee == "price_escalation" else fee): how for fee, how in VOCAB.fee_treatment.items()}
    vocab = VOCAB.model_copy(update={"fee_treatment": treatments})
    blocks = [FTE_TABLE, "All FTE rates will increase by 5% on each anniversary of the go-live date."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(fte=40), fees=renamed, vocab=vocab)
    assert line(tco, "escalation", "yearly_uplift").unit_price == pytest.approx([0.0, 0.05, 0.1025])
    assert set(TCOModel(VOCAB, FEES, Scenario()).handlers) | {"escalation"} == set(FEE_TREATMENTS)


def test_an_unknown_fee_treatment_is_a_config_error_naming_the_fee(tmp_path):
    text = (Path(__file__).parent.parent / "criteria" / "pricing.yaml").read_text()
    bad = tmp_path / "pricing.yaml"
    bad.write_text(text.replace("setup_fee: one_time", "setup_fee: once_only"))
    with pytest.raises(ConfigError, match="setup_fee: unknown treatment 'once_only'"):
        load_pricing(bad)


def test_fee_waived_in_year_one_only_is_charged_from_month_13(tmp_path):
    blocks = [FTE_TABLE, "A governance fee equal to 4% of monthly service charges applies; it is waived in the "
              "first contract year."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(fte=40, term_months=36))
    fee = line(tco, "fee", "management_fee")
    assert fee.unit_price[0] == pytest.approx(0.04)
    assert fee.yearly == pytest.approx([0.0, 0.04 * 175_000 * 12, 0.04 * 175_000 * 12])


def test_one_time_fee_seats_and_training_are_priced_from_their_quotes(tmp_path):
    blocks = [FTE_TABLE, "A one-time transition fee of USD 50,000 is invoiced on signature.",
              "Telephony licences are passed through at USD 100 per agent seat per month.",
              "Training of replacement agents is billed at USD 1,000 per agent trained."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(fte=40, term_months=12, attrition_per_year=0.5))
    assert line(tco, "fee", "setup_fee").total == 50_000
    assert line(tco, "fee", "technology_passthrough").total == pytest.approx(100 * 40 * 12)
    assert line(tco, "fee", "training_fee").total == pytest.approx(1_000 * 40 * 0.5)


def test_fee_without_amount_is_an_unpriced_risk_not_a_guess(tmp_path):
    blocks = [FTE_TABLE, "Custom reports are billed separately.", "Travel is billed at actual cost."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(fte=40))
    risks = {r.fee: r for r in tco.risks}
    assert {"reporting_fee", "travel_expenses"} <= set(risks)
    assert not any(x.fee in ("reporting_fee", "travel_expenses") for x in tco.lines)
    assert risks["reporting_fee"].evidence[0].quote == "Custom reports are billed separately."


def test_indicative_prices_are_marked_non_binding(tmp_path):
    blocks = [FTE_TABLE, "All prices in this proposal are indicative and will be confirmed after discovery."]
    rates, tco, _ = priced(tmp_path, blocks, Scenario(fte=40))
    assert rates and not any(r.binding for r in rates)
    assert "indicative" in rates[0].nonbinding.quote
    assert not tco.binding


def test_scenario_errors_name_the_file_and_key(tmp_path):
    bad = tmp_path / "scenario.yaml"
    bad.write_text("volumes:\n  - channel: phone\n    contacts: 10\n    languages: {english: 0.5}\n")
    with pytest.raises(ConfigError, match=r"scenario.yaml: volumes.0.languages: .*add up to 1"):
        load_scenario(bad)


def test_scenario_defaults_come_from_the_rfp_and_the_file_wins(tmp_path):
    rfp = write_proposal(tmp_path / "rfp.pdf", [
        "The agreement will have an initial term of 24 months. We expect approximately 25 full-time equivalent "
        "agents. Volume grows about 8% per year and peaks in March and October. Go-live on 1 April 2026. "
        "Pricing must be submitted in US dollars."])
    defaults = read_rfp_defaults(rfp, VOCAB)
    assert defaults == {"term_months": 24, "fte": 25.0, "growth_per_year": 0.08, "currency": "USD",
                        "seasonality": {3: VOCAB.rfp.peak_factor, 10: VOCAB.rfp.peak_factor}, "start_month": 4}
    override = tmp_path / "scenario.yaml"
    override.write_text("fte: 30\n")
    scenario = load_scenario(override, defaults)
    assert (scenario.fte, scenario.term_months) == (30, 24)


@pytest.mark.parametrize(("stated", "months"), [
    ("The initial contract term is three (3) years, a three-year term from commencement.", 36),
    ("This is a two-year term, renewable once.", 24),
    ("The agreement has an initial term of thirty-six months.", 36),
])
def test_an_rfp_term_written_in_words_is_read(stated, months):
    assert rfp_defaults(stated, VOCAB)["term_months"] == months


def test_an_rfp_value_that_cannot_be_read_is_a_warning_naming_the_file_not_a_crash(caplog):
    """A team's own pattern may capture wording that is no number: the run goes on with the scenario's value."""
    patterns = {**VOCAB.rfp.patterns, "term_months": [r"\binitial term of (\w+) months\b"]}
    vocab = VOCAB.model_copy(update={"rfp": type(VOCAB.rfp).model_validate({**VOCAB.rfp.model_dump(),
                                                                            "patterns": patterns})})
    assert "term_months" not in rfp_defaults("It has an initial term of several months.", vocab, "rfp.pdf")
    assert "rfp.pdf: term_months is stated as 'several'" in caplog.text


def test_sample_scenario_file_is_valid():
    scenario = load_scenario(Path(__file__).resolve().parents[1] / "sample_rfps" / "scenario.yaml")
    assert scenario.term_months == 24 and scenario.fte == 40 and scenario.volumes


# ---- units from their own row, column or header; scenario volumes from the RFP; sanity checks ----------------------
HOURLY_CARD = [["Queue (per productive hour)", "Year 1", "Year 2"],
               ["Retail banking - English", "$38.00", "$39.50"],
               ["Retail banking - Polish", "$52.00", "$54.00"]]
ESTIMATE_LEAD = "Our estimate for the volumes stated in the RFP is as follows."
HOURLY_ESTIMATE = [["Queue", "Billable hours per month", "Rate (Year 1)", "Monthly amount"],
                   ["Retail banking - English", "6,000", "$38.00", "$228,000.00"],
                   ["Retail banking - Polish", "1,500", "$52.00", "$78,000.00"],
                   ["Estimated monthly charge", "7,500", "$306,000.00"]]


def test_a_rate_takes_its_unit_from_its_header_and_a_sum_row_is_no_price(tmp_path):
    """Year columns written as money are prices per year, not a rate and a quantity; "hours per month" is what the
    quantity column counts, so the rate beside it is per hour; the row that sums the others is a total."""
    rates, _, _ = priced(tmp_path, [HOURLY_CARD, ESTIMATE_LEAD, HOURLY_ESTIMATE],
                         Scenario(fte=50))
    assert [(r.amount, r.unit, r.quantity) for r in rates] == [(38.0, "hour", 6000.0), (52.0, "hour", 1500.0)]


def test_unit_column_names_what_the_price_is_per(tmp_path):
    table = [["Item", "Description", "Unit", "Unit price", "Extended"],
             ["0101", "Claims intake, all lines", "Handled contact", "$4.10", "$98,400"],
             ["0102", "Governance office", "Month", "$18,000.00", "$432,000"]]
    rates, _, _ = priced(tmp_path, [table], Scenario())
    assert [(r.amount, r.unit) for r in rates] == [(4.10, "contact"), (18000.0, "month")]
    assert rates[1].item.startswith("0102 Governance office")


def test_rfp_volume_table_and_language_mix_give_hours_to_price_per_hour(tmp_path):
    rfp = write_proposal(tmp_path / "rfp.pdf", [
        "2. Volumes",
        [["Service line", "Monthly volume", "Average handle time", "Channel"],
         ["Card servicing", "20,000", "6.0 minutes", "Inbound voice"],
         ["Loan enquiries", "4,000", "9 min 30 s", "Web chat"],
         ["Total", "24,000", "", ""]],
        "Languages. English (about 80% of contacts) and Polish (20%).",
        "3. Term. The contract has a base period of three (3) years from go-live."])
    defaults = read_rfp_defaults(rfp, VOCAB)
    assert defaults["term_months"] == 36
    assert defaults["volumes"] == [
        {"name": "Card servicing", "channel": "phone", "contacts": 20000.0, "handle_minutes": 6.0,
         "languages": {"english": 0.8, "polish": 0.2}},
        {"name": "Loan enquiries", "channel": "chat", "contacts": 4000.0, "handle_minutes": 9.5,
         "languages": {"english": 0.8, "polish": 0.2}}]
    scenario = load_scenario(None, defaults)
    workload = (20000 * 6.0 + 4000 * 9.5) / 60
    assert scenario.workload_hours == pytest.approx(workload)
    _, tco, _ = priced(tmp_path, [HOURLY_CARD, ESTIMATE_LEAD, HOURLY_ESTIMATE], scenario)
    service = line(tco, "service")
    assert tco.model == "hour" and not tco.checks
    hours = workload / scenario.occupancy
    assert service.quantity == [pytest.approx(hours * 12)] * 3
    # the vendor's own hours weight its rates: (38 x 6,000 + 52 x 1,500) / 7,500
    assert service.unit_price[0] == pytest.approx(306_000 / 7_500)
    assert "derived from the volumes" in service.basis


def test_rfp_volumes_stated_in_sentences_leave_out_their_total():
    text = ("The service desk receives about 9,000 tickets per month. The mix is phone 50% (about 4,500 calls), "
            "chat 30% (about 2,700 sessions) and e-mail 20% (about 1,800 e-mails).")
    volumes = volumes_from_text(text, VOCAB)
    assert [(v["channel"], v["contacts"]) for v in volumes] == [("phone", 4500), ("chat", 2700), ("email", 1800)]


def test_a_total_without_a_priced_service_charge_is_not_ranked(tmp_path):
    _, tco, _ = priced(tmp_path, [HOURLY_CARD], Scenario())  # per hour, but no FTE, hours or handle times
    assert tco.model == "hour" and not [x for x in tco.lines if x.kind == "service"]
    assert tco.risks[0].title == "Service charge" and "not priced" in tco.risks[0].reason
    assert not tco.ranked and "fees only" in tco.checks[0]


def test_a_monthly_amount_larger_than_the_whole_total_is_flagged(tmp_path):
    blocks = [[["Item", "Unit", "Price (USD)"], ["Per-call handling", "per call", "0.50"]],
              "Our fixed operations fee is USD 90,000 per month, payable in advance."]
    _, tco, _ = priced(tmp_path, blocks, Scenario(term_months=12, volumes=[VolumeLine(channel="phone",
                                                                                      contacts=1000)]))
    assert tco.total < 90_000
    assert not tco.ranked and any("implausible" in c for c in tco.checks)


def test_a_price_in_a_currency_without_an_exchange_rate_is_a_risk_not_nan(tmp_path):
    blocks = [[["Item", "Unit", "Price (EUR)"], ["Case review", "per case", "3.20"]]]
    _, tco, _ = priced(tmp_path, blocks, Scenario(currency="USD", volumes=[VolumeLine(channel="back_office",
                                                                                       contacts=500)]))
    assert tco.total == 0 and any("no exchange rate" in r.reason for r in tco.risks)


def test_a_rate_card_line_for_one_language_is_the_service_charge_even_if_its_label_names_a_fee(tmp_path):
    """'Travel' names the travel-expenses fee, but a price per hour for one language is a line of the rate card; a
    footnote mark after a price ('27.00 (*)') keeps it a price; 'each processed item' is a unit of work."""
    table = [["Ref.", "Service", "Unit", "Price (EUR)"],
             ["A1", "Hotel and travel bookings - Italian", "productive hour", "27.00 (*)"],
             ["A2", "Hotel and travel bookings - Dutch", "productive hour", "29.50"],
             ["A3", "Receipt checking", "each processed item", "0.85"]]
    rates, _, _ = priced(tmp_path, [table], Scenario(currency="EUR"))
    assert [(r.amount, r.unit, r.fee) for r in rates] == [(27.0, "hour", ""), (29.5, "hour", ""),
                                                          (0.85, "contact", "")]


def test_note_cells_in_later_year_columns_stay_out_of_the_next_rows_label(tmp_path):
    table = [["Queue (per productive hour)", "Year 1", "Year 2", "Year 3"],
             ["Mortgage servicing", "$40.00", "$41.00", "see note 2"],
             ["Collections", "$44.00", "$45.00", "see note 2"],
             ["Fraud desk", "$47.50", "$48.00", "see note 2"]]
    rates, _, verifier = priced(tmp_path, [table], Scenario(fte=10))
    assert [(r.item, r.amount, r.unit) for r in rates] == [
        ("Mortgage servicing", 40.0, "hour"), ("Collections", 44.0, "hour"), ("Fraud desk", 47.5, "hour")]
    assert all(verifier.is_verbatim(r.evidence) for r in rates)


def test_a_unit_written_just_before_the_amount_is_read(tmp_path):
    """A rate card OCR returns as one long line per row: the unit comes before the amount ('per ticket USD 12.40')."""
    text = ("Password resets and account unlocks handled by the day team in Denver per ticket USD 12.40 "
            "Password resets and account unlocks handled by the night team in Lisbon per ticket USD 14.10")
    rates, _, verifier = priced(tmp_path, [text], Scenario())
    assert [(r.amount, r.unit) for r in rates] == [(12.40, "contact"), (14.10, "contact")]
    assert all(verifier.is_verbatim(r.evidence) for r in rates)


def test_a_volume_takes_a_rate_of_its_own_service_line_or_its_language_never_another_lines(tmp_path):
    table = [["Line", "Description", "Unit", "Unit price"],
             ["0101", "Card servicing enquiries, English and Spanish", "Handled contact", "$5.00"],
             ["0102", "Fraud callbacks", "Completed callback", "$8.00"],
             ["0103", "Polish - all contact types", "Handled contact", "$9.00"]]
    volumes = [VolumeLine(name="Card servicing enquiries", channel="phone", contacts=1000,
                          languages={"english": 0.5, "polish": 0.3, "french": 0.2}),
               VolumeLine(name="Fraud callbacks", channel="phone", contacts=100)]
    _, tco, _ = priced(tmp_path, [table], Scenario(term_months=12, volumes=volumes))
    by_price = {line.unit_price[0]: line.quantity[0] for line in tco.lines if line.kind == "service"}
    assert by_price == {5.0: 500 * 12, 8.0: 100 * 12, 9.0: 300 * 12}
    assert any("Card servicing enquiries in French" in r.reason for r in tco.risks)  # no French rate: not priced
