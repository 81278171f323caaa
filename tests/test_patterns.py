"""Pattern lists answer as if each pattern were tried in order, whether or not they can be joined into one scan."""

import pytest

from rfp_analyzer.patterns import clauses, compile_patterns, count_matching, every_match, first_affirmed, first_match, negated_at

PATTERNS = [r"\bset-?up fee\b", r"\bnil\s*$", r"\bfee\b", r"\b{N} ?{PCT}"]
TEXTS = [
    "A set-up fee of EUR 4,000 applies; the fee is due at signature.",
    "Retention charge per month nil",
    "nil charge for retention",
    "An uplift of twelve per cent (12%) on every invoice, not a fee.",
    "The rates include everything.",
    "",
]


def one_by_one(patterns, text):
    return next((m for p in patterns for m in [p.search(text)] if m), None)


@pytest.mark.parametrize("text", TEXTS)
def test_the_joined_list_answers_as_each_pattern_in_order(text):
    patterns = compile_patterns(PATTERNS)
    assert patterns.union is not None
    expected = one_by_one(patterns, text)
    found = first_match(patterns, text)
    assert (found and (found.re, found.span())) == (expected and (expected.re, expected.span()))
    assert count_matching(patterns, text) == sum(1 for p in patterns if p.search(text))
    assert every_match(patterns, text) == list(dict.fromkeys(m.group(0) for p in patterns for m in p.finditer(text)))


# Patterns whose match may start at an optional part, after a look-behind, in a class, a digit or a branch: the joined
# scan looks ahead for the characters a match can start with, and must still find every match that each pattern finds.
STARTS = [r"(?<!not )\bincluded\b", r"(one-?)?time charge", r"[€$£] ?\d+", r"\d+ ?% uplift", r"(?:at|for) cost\b",
          r"\s+thereafter", r"(a|an)? ?extra (fee|charge)", r"\bQ[1-4]\b"]


@pytest.mark.parametrize("text", ["It is included.", "A time charge applies.", "£40 a month", "a 3% uplift",
                                  "billed at cost", "free; thereafter billed", "an extra fee", "extra charge", "in Q3",
                                  "INCLUDED", "nothing here", "one-time charge"])
def test_the_joined_list_looks_ahead_without_missing_a_match(text):
    patterns = compile_patterns(STARTS)
    assert patterns.union is not None
    assert (first_match(patterns, text) is None) == (one_by_one(patterns, text) is None)


def test_a_list_that_cannot_be_joined_is_tried_pattern_by_pattern():
    patterns = compile_patterns([r"\b(\w+) and \1\b", r"(?P<cur>EUR) \d+", r"(?P<cur>USD) \d+"])
    assert patterns.union is None
    assert first_match(patterns, "again and again").group(0) == "again and again"
    assert first_match(patterns, "USD 40").group(0) == "USD 40"
    assert count_matching(patterns, "EUR 5 or USD 6") == 2


def test_a_negated_match_is_skipped_for_a_later_one():
    patterns = compile_patterns([r"\bincluded\b"])
    assert first_affirmed(patterns, "Reporting is not included; storage is included at no cost.") == "included"
    assert first_affirmed(patterns, "Reporting is not included.") is None


def test_a_denial_after_a_negation_is_concord_unless_a_statement_is_denied():
    waiver = compile_patterns([r"\bno (\w+ ){0,2}costs?\b"])
    assert first_affirmed(waiver, "We are not charging no training costs to the client.") == "no training costs"
    assert first_affirmed(waiver, "It is not true that no costs apply.") is None


def test_a_floor_is_no_negation():
    assert not negated_at("the invoice will not be lower than 85% of forecast", len("the invoice will not be lower than "))


def test_a_full_stop_closing_an_abbreviation_ends_no_clause():
    assert clauses("Onboarding (one-off), incl. pilot and initial induction USD 18,000") == (
        "Onboarding (one-off), incl. pilot and initial induction USD 18,000",)
    assert clauses("Rates fixed for the term. No indexation.") == ("Rates fixed for the term", "No indexation.")
