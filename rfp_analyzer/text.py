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
# Control characters other than tab and line breaks: ESC starts terminal escape sequences, BEL rings, CR overwrites a
# terminal line, and XML (so xlsx) forbids most of them. They carry no meaning in proposal text, so reading drops
# them; file names keep them (they name the file), and every output escapes or strips them (see `printable`).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates reorder what a terminal shows; escaped for the terminal like controls.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\f\v]+")
_ALL_WS = re.compile(r"\s+")


SYMBOL_BULLET = "\x7f"  # what pypdf returns for a symbol-font bullet: a list item starts there


# NFKC spells the trade and service marks out and glues them to the name ("FreshStart AcademyTM"): the name would no
# longer be the word a reader and a pattern know ("academy"). They are kept as marks.
_MARKS = {"\u2122": "\ue000", "\u2120": "\ue001"}
_HIDE_MARKS = str.maketrans(_MARKS)
_SHOW_MARKS = str.maketrans({hidden: mark for mark, hidden in _MARKS.items()})


def normalize_page(raw: str) -> str:
    """Readable page text: NFKC (ligatures, full-width forms; the trade marks kept), no invisible or control
    characters, tidy spaces per line. A symbol-font bullet becomes a bullet, so the list item it starts stays an item
    of its own (and no quote runs across it)."""
    text = unicodedata.normalize("NFKC", (raw or "").translate(_HIDE_MARKS)).translate(_SHOW_MARKS)
    text = text.translate(INVISIBLE).replace(SYMBOL_BULLET, "\u2022")
    text = CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def canonical(text: str) -> str:
    """Comparison form: normalized, typographic quotes/dashes folded, whitespace collapsed, case folded."""
    text = CONTROL.sub("", unicodedata.normalize("NFKC", text or "").translate(INVISIBLE).translate(TYPOGRAPHIC))
    return _ALL_WS.sub(" ", text).strip().casefold()


def collapse(text: str) -> str:
    """One line of display text."""
    return _ALL_WS.sub(" ", text or "").strip()


def strip_controls(text: str) -> str:
    """Text without control characters (tab and line breaks kept): what a spreadsheet cell or XML can hold."""
    return CONTROL.sub("", text or "")


def printable(text) -> str:
    """Untrusted text for a terminal: control characters and bidi overrides shown as visible escapes (\\x1b), so
    a file name or a passage can neither move the cursor, clear the screen, set a link nor reorder the line."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                else f"\\u{ord(m.group()):04x}", str(text if text is not None else ""))


# A reference that opens a heading: "Section C-4.", "Article 13.", "12.", "B.2", "Question 19 -", "Item 4:"
_HEADING_REFERENCE = re.compile(r"^(?:(?:section|article|clause|schedule|annex|appendix|exhibit|part|question|item)\s+)?"
                                r"(?:[A-Z]-?)?\d+(?:[.-]\d+)*[.:]?\s+(?:[-\u2013\u2014:]\s+)?", re.IGNORECASE)


def is_title(text: str, max_words: int) -> bool:
    """A title line: at most max_words words after its reference ("Section C-4. Rate Adjustment", "References",
    "People who know us"), opening with a capital, with no figure and no closing punctuation. It states nothing: the
    layout may not mark it as a heading, but it is one."""
    text = text.strip()
    rest = _HEADING_REFERENCE.sub("", text, count=1)
    return (0 < len(rest.split()) <= max_words and rest[:1].isupper() and not text.endswith((".", ";", ",", ":", "?"))
            and not any(c.isdigit() for c in rest))


# The courtesy titles of the languages proposals are written in, as regular expressions: they end no sentence
# ("Sig. Davide Perruchon", "Lic. Ernesto Garza"), and they open a name ({HONORIFIC} and {NAME} in patterns.py).
COURTESY_TITLES = (r"Mr", r"Mrs", r"Ms", r"Messrs", r"Dr", r"Prof", r"Mme", r"Mlle", r"Sig\.ra", r"Sig", r"Sra",
                   r"Srta", r"Sr", r"Dott\.ssa", r"Dott", r"Ing", r"Eng", r"Lic", r"Dra", r"Drs", r"Mgr", r"Mag")
# Words that end with a full stop inside a sentence: abbreviations, courtesy titles (and "Sigg.", "Hr."), and
# initials, so that a named person is never cut from the sentence that names them.
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|approx|incl|no|nos|vs|fig|ref|regd|p|pp|u\.s|art|sec|cl|min|max|inc|ltd|co|corp|pvt|lda|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|0|"
    rf"{'|'.join(COURTESY_TITLES)}|sigg|hr)"
    # an initial after a first name ("Daniel R."), a letter of a dotted acronym ("U.S.C."), French "M." before a name;
    # not a one-letter cell ("07:00-23:00 daily Y. DE/EN on phone")
    r"|(?-i:\b[A-Z][a-z]+ [A-Z]|(?<=\.)[A-Z]|(?<![^\s(])M))\.$",
    re.IGNORECASE)
# "7:00 p.m. Central Time": a time followed by its zone ends no sentence.
_CLOCK_END = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.$", re.I)
_TIME_ZONE = re.compile(r"(?:Central|Eastern|Pacific|Mountain|Atlantic|Alaska|Hawaii|Greenwich|Coordinated|[A-Z]{1,4}T|UTC|GMT)"
                        r"\b")


def ends_no_sentence(piece: str, text: str, after: int) -> bool:
    """Whether the full stop that ends `piece`, followed in `text` at `after` by a capital or a digit, ends no
    sentence: it closes an abbreviation (see _ABBREVIATION), closing quotes and brackets aside, or a clock time
    whose zone follows."""
    return bool(_ABBREVIATION.search(piece.rstrip("\"')]"))
                or (_CLOCK_END.search(piece) and _TIME_ZONE.match(text, after)))
