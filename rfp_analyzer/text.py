"""Text normalization shared by reading, chunking and citation verification.

Two levels, on purpose:
- `normalize_page` makes extracted text readable (drops invisible characters, folds ligatures) but keeps lines;
- `canonical` is the comparison form for quote verification: it also folds whitespace, quote marks, dashes
  and case, and nothing more, so a verified quote is the page's text as a reader sees it.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that render as nothing but break substring matching: zero-width spaces/joiners, BOM, soft hyphen.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_SPACES = re.compile(r"[ \t\f\v]+")
_ALL_WS = re.compile(r"\s+")


def normalize_page(raw: str) -> str:
    """Readable page text: NFKC (ligatures, full-width forms), no invisible characters, tidy spaces per line."""
    text = unicodedata.normalize("NFKC", raw or "").translate(INVISIBLE)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def canonical(text: str) -> str:
    """Comparison form: normalized, typographic quotes/dashes folded, whitespace collapsed, case folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(INVISIBLE).translate(TYPOGRAPHIC)
    return _ALL_WS.sub(" ", text).strip().casefold()


def collapse(text: str) -> str:
    """One line of display text."""
    return _ALL_WS.sub(" ", text or "").strip()
