from dataclasses import replace

from rfp_analyzer.models import Evidence, Finding
from rfp_analyzer.verify import CitationVerifier

from .conftest import source_from_pages


def _verifier():
    pages = ["Intro page with nothing of note on it.",
             "Transition services are invoiced\nseparately as a one\u2011time fee of USD 185,000.\n"
             "We call this the \u201cstart-up package\u201d.",
             "Rates are firm."]
    return CitationVerifier([source_from_pages("v.pdf", pages)])


def test_quote_is_found_modulo_whitespace_quotes_and_case():
    verifier = _verifier()
    assert verifier.is_verbatim(Evidence("v.pdf", 2, "TRANSITION services are invoiced separately as a one-time fee"))
    assert verifier.is_verbatim(Evidence("v.pdf", 2, 'we call this the "start-up package".'))


def test_wrong_page_wrong_file_paraphrase_and_empty_fail():
    verifier = _verifier()
    assert not verifier.is_verbatim(Evidence("v.pdf", 1, "Transition services are invoiced separately"))
    assert not verifier.is_verbatim(Evidence("other.pdf", 2, "Transition services are invoiced separately"))
    assert not verifier.is_verbatim(Evidence("v.pdf", 9, "Rates are firm."))
    assert not verifier.is_verbatim(Evidence("v.pdf", 2, "Transition services are billed separately"))
    assert not verifier.is_verbatim(Evidence("v.pdf", 2, "   "))


def test_unverified_quotes_are_dropped_and_counted():
    verifier = _verifier()
    finding = Finding("setup_fee", "fee", "present", 0.8, "gap", "question",
                      [Evidence("v.pdf", 2, "one-time fee of USD 185,000"), Evidence("v.pdf", 3, "fee of USD 999")])
    checked = verifier.verified(finding)
    assert [e.quote for e in checked.evidence] == ["one-time fee of USD 185,000"]
    assert checked.unverified_quotes == 1 and verifier.dropped == 1
    assert verifier.verified(replace(finding, evidence=[])).evidence == []
