"""Numbers in digits, in words, or both, as vendors and buyers write them."""

import pytest

from rfp_analyzer.numbers import ends_in_number_word, number


@pytest.mark.parametrize(("text", "value"), [
    ("3,180", 3180.0), ("4.5%", 4.5), ("thirty", 30.0), ("twenty-four", 24.0), ("one hundred twenty", 120.0),
    ("one hundred and twenty", 120.0), ("one thousand two hundred", 1200.0), ("three and one-half", 3.5),
    ("nine and a half percent", 9.5),
    ("two (2) years", 2.0), ("not less than five percent (5%)", 5.0), ("three-year", 3.0), ("ninety days", 90.0),
    ("the year", None), ("", None), ("and", None),
])
def test_number_reads_digits_words_and_both(text, value):
    assert number(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("12,5 %", 12.5), ("twelve and a half percent (12,5 %)", 12.5), ("2,50", 2.5), ("1.234,56", 1234.56),
    ("1,234.56", 1234.56), ("10,000", 10000.0), ("1,234,567", 1234567.0),
])
def test_a_decimal_comma_is_a_point_and_a_comma_before_three_digits_groups_thousands(text, value):
    assert number(text) == value


def test_digits_win_over_words_and_a_run_of_words_is_one_number():
    assert number("twelve (12) months") == 12.0 and number("fifteen months, then two more") == 15.0


def test_a_percentage_pattern_reads_the_sign_and_the_words():
    from rfp_analyzer.patterns import compile_pattern

    pattern = compile_pattern(r"\b{N} ?{PCT}")
    for text in ("85%", "12.5 %", "twelve per cent (12%)", "5 percent", "ten percent"):
        assert pattern.fullmatch(text), text
    assert not pattern.search("per centre")


def test_a_line_ending_in_a_number_in_words():
    assert ends_in_number_word("additional agents within thirty")
    assert ends_in_number_word("for twenty-five")
    assert not ends_in_number_word("within thirty.")
    assert not ends_in_number_word("meals in the canteen")
