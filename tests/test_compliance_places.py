"""Where an RFP keeps data or a person, and a proposal that puts them elsewhere, by a country or only by a city. The
places are data (criteria/places.yaml); end to end on real PDFs."""

from __future__ import annotations

import pytest

from rfp_analyzer.places import load_places

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("D1", "All member personal information must be stored, processed and accessed only in Canada"),
    ("D2", "A named account director based in Canada, with a monthly service review"),
    ("D3", "Cardholder data stored only within the EEA or a country with an EU adequacy decision"),
]]
VENDORS = {
    "alder": ["Alder Ltd\nProposal",
              "1. Hosting\nMember data is stored in Azure Canada Central.\n"
              "US-based Tier 3 support staff may access production under ticket for incident resolution.\n"
              "Cardholder data is stored in our London data centre.\n"
              "Our operations director in Manila runs the night shift.\n"
              "Account director: Claire Roy, Toronto; monthly service reviews.\n"],
    "birch": ["Birch Ltd\nProposal",
              "1. Hosting\nMember data is stored in Azure Canada Central, and no data is accessed from India.\n"
              "Our account director, Anne Roy, is based in Montreal and chairs the monthly service review.\n"],
    "cedar": ["Cedar Ltd\nProposal",
              "1. Hosting\nData storage will be in our Chennai data centre, as our delivery model is fully offshore.\n"
              "Account director: Ravi Kumar (Pune), who chairs the monthly service review.\n"],
    "dogwood": ["Dogwood Ops sp. z o.o.\nProposal",
                "1. Matrix\nD1 C Azure regions Canada Central and Canada East. No access from outside Canada.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("places"), RFP, VENDORS)[1]


def test_data_or_a_manager_put_in_another_country_refuse_the_requirement(run):
    accessed = compliance(run, "alder", "D1")
    assert accessed["status"] == "non_compliant" and "US-based" in accessed["evidence"][0]["quote"]
    stored = compliance(run, "cedar", "D1")
    assert stored["status"] == "non_compliant" and "Chennai data centre" in stored["evidence"][0]["quote"]
    manager = compliance(run, "cedar", "D2")
    assert manager["status"] == "non_compliant" and "(Pune)" in manager["evidence"][0]["quote"]


def test_a_place_asked_a_negation_another_role_or_an_open_requirement_put_nothing_elsewhere(run):
    assert compliance(run, "birch", "D1")["status"] == "compliant"  # "no data is accessed from India"
    assert compliance(run, "birch", "D2")["status"] == "compliant"
    # an operations director elsewhere is not the account director asked for
    assert compliance(run, "alder", "D2")["status"] == "compliant"
    # "or a country with an EU adequacy decision" allows London
    assert compliance(run, "alder", "D3")["status"] != "non_compliant"


def test_a_terse_answer_keeping_data_inside_the_place_asked_answers_it(run):
    kept = compliance(run, "dogwood", "D1")
    assert kept["status"] == "compliant" and "No access from outside Canada" in kept["evidence"][0]["quote"]


def test_places_read_regions_cities_and_names_as_written():
    places = load_places()
    [eea, uk] = places.in_text("stored only within the EEA or the United Kingdom")
    assert {"Norway", "Poland", "Ireland"} <= eea.countries and "United Kingdom" not in eea.countries
    assert uk.countries == {"United Kingdom"}
    assert [p.name for p in places.in_text("Northern Ireland and New South Wales")] == ["Northern Ireland",
                                                                                       "New South Wales"]
    assert places.in_text("Service Manager (Leeds), US-based")[0].countries == {"United Kingdom"}
    assert [p.name for p in places.in_text("tell us about USD prices")] == []
