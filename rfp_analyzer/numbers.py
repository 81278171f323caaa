"""Numbers as proposals and RFPs write them: digits ("3,180", "4.5"), words ("thirty", "one hundred twenty",
"three and one-half", "three-year"), or both ("two (2) years", "five percent (5%)").

Digits win when a text has them: "two (2)" is 2 whatever the words say. Words are read as one run, so
"one hundred twenty" is 120, not 1.
"""

from __future__ import annotations

import re
from itertools import takewhile

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_FRACTIONS = {"half": 0.5, "one-half": 0.5, "quarter": 0.25, "one-quarter": 0.25, "three-quarters": 0.75}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?(?:,\d+)?")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ANY_CASE_WORD = re.compile(_WORD.pattern, re.IGNORECASE)
_LAST_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*$")
_FIGURES_IN_BRACKETS = re.compile(r"^\(\d[\d,.]*\)")
# a figure at the end, a decimal comma read as a point ("1,5"): "(50", "+ 30", "2.5"
_TRAILING_FIGURES = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*$")


def number(text: str) -> float | None:
    """The first number in `text`, in digits or in words; None when there is none."""
    text = text.strip().casefold()
    match = _DIGITS.search(text)
    if match:
        return _figures(match.group(0))
    return _words_number(text)


def _figures(digits: str) -> float:
    """A number in figures, its separators read as European and other writers use them: a comma before three digits
    groups thousands ("3,180"), before one, two or four it is the decimal point ("12,5 %", "2,50"), and after a point
    it is the decimal point too ("1.234,56")."""
    whole, comma, last = digits.rpartition(",")
    if comma and "." not in last and (len(last) != 3 or "." in whole):
        return float(whole.replace(",", "").replace(".", "") + "." + last)
    return float(digits.replace(",", ""))


def trailing_number(text: str) -> tuple[float, int] | None:
    """The number `text` ends with, in figures ("up to +30", "fifty per cent (50") or in words ("forty"), and where it
    starts; None when it ends with none."""
    figures = _TRAILING_FIGURES.search(text)
    if figures:
        return float(figures.group(1).replace(",", ".")), figures.start(1)
    # (positions in `text` itself: folding case may change a string's length)
    tokens = list(_ANY_CASE_WORD.finditer(text))
    if not tokens or text[tokens[-1].end():].strip():
        return None
    run = list(takewhile(lambda token: _in_a_number(token.group(0).casefold()), reversed(tokens)))
    while run and run[-1].group(0).casefold() == "and":  # the run opens with a number, not "and"
        run.pop()
    if not run:
        return None
    start = run[-1].start()
    value = _words_number(text[start:].casefold())
    return (value, start) if value is not None else None


def _in_a_number(word: str) -> bool:
    """A word of a number in words: "forty", "seventy-five", or the "and" of "one hundred and twenty"."""
    return word == "and" or all(map(_is_number_word, word.split("-")))


def ends_in_number_word(text: str) -> bool:
    """Whether `text` ends with a number in words ("within thirty", "twenty-five"): the figures on the next line,
    "(30) days", are the same number written again."""
    last = _LAST_WORD.search(text.casefold())
    return bool(last) and all(_is_number_word(part) for part in last.group(0).split("-"))


def number_written_again(previous: str, line: str) -> bool:
    """Whether `line` opens with figures in brackets right after `previous` ends with a number in words ("retained
    for thirty-six" / "(36) months"): the same number written again, not a list item "(36)"."""
    return bool(_FIGURES_IN_BRACKETS.match(line)) and ends_in_number_word(previous)


def _is_number_word(word: str) -> bool:
    return word in _UNITS or word in _TENS or word in _SCALES or word in _FRACTIONS


def _words_number(text: str) -> float | None:
    total, current, fraction, seen = 0.0, 0.0, 0.0, False
    for word in _WORD.findall(text):
        if word in ("and", "a") and seen:  # "one hundred and twenty", "three and one-half", "nine and a half"
            continue
        parts = [word] if word in _FRACTIONS else word.split("-")
        numeric = list(takewhile(_is_number_word, parts))  # "three-year": the number part of a compound
        if not numeric:
            if seen:
                break
            continue
        for part in numeric:
            if part in _SCALES:
                current = max(current, 1.0) * _SCALES[part]
                if _SCALES[part] >= 1_000:
                    total, current = total + current, 0.0
            elif part in _FRACTIONS:
                fraction = _FRACTIONS[part]
            else:
                current += _UNITS.get(part, 0) + _TENS.get(part, 0)
            seen = True
        if len(numeric) < len(parts):  # ... ends the run
            break
    return total + current + fraction if seen else None
