"""An RFP page as blocks a reader sees: headings, paragraphs, list items and table rows.

pypdf's plain text puts one table cell per line, so a row cannot be told from a paragraph. Its layout mode keeps
each row on one line with the columns aligned, which is how a reader sees an SLA table or a weighted criteria
table. So the RFP is read twice: the layout text finds the structure (headings, rows and their cells), and the
plain page text (what citation verification reads) checks every quote. A page read by OCR has no layout text: its
lines are read as paragraphs.

Nothing here knows a word of English; the wording is in criteria/requirements.yaml (see ledger.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..ingest.layout import line_key
from ..numbers import number_written_again
from ..text import collapse, ends_no_sentence

# Two or more spaces in a layout line separate cells (pypdf pads columns with spaces).
_CELL = re.compile(r"\S+(?:[ \t]{1,2}\S+)*")
_BULLET = re.compile("^(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u203a\u27a2\uf0b7\uf0a7\uf076\uf0d8\x7f*\u2013-]"
                     r"|(?P<marker>\(?(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})[.)]))\s+(?=\S)")
# A bullet drawn from a symbol font comes out as a private-use character or DEL, followed by padding.
_LEADING_GLYPH = re.compile("^(\\s*)[\uf000-\uf0ff\x7f\u2022\u25aa\u25cf]\\s+")
_HEADING = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?|(?P<sec>(?i:section|part)\s+[A-Z0-9]{1,2})\b\s*[-\u2013\u2014:.]?"
    r"|(?P<let>[A-Z]\.\d{1,2}(?:\.\d{1,2})*)\.?)\s+(?P<title>[A-Z\u201c\"(][^!?]{1,100})$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_CAPTION = re.compile(r"^(?:table|figure|exhibit|section|attachment)\s+[\w.-]{1,6}\.$", re.IGNORECASE)
MAX_HEADING_WORDS = 14
# A run-in heading and the sentence it opens ("Indexation. Prices remain fixed for the first ..."): a paragraph's
# first line, not a heading.
_RUN_IN_SENTENCE = re.compile(r"^[^.]{2,40}\.\s+[A-Z][\w'-]*(?:\s+\S+){3,}")
_TOC_LINE = re.compile(r"(?:\.\s?){6,}\s*\d{0,4}\s*$|\.{6,}")


@dataclass
class Block:
    kind: str  # heading | text | item | row
    page: int
    lines: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # a row's cells, left to right
    level: int = 1  # a heading's depth (1 = "4", 2 = "4.1" or "C.1")
    indent: int = 0  # the column the block starts at
    marker: str = ""  # a list item's letter or number ("A.", "(2)"): evaluation factors are listed so

    @property
    def text(self) -> str:
        return collapse(" ".join(self.cells) if self.kind == "row" else " ".join(self.lines))


@dataclass
class _Cells:
    starts: list[int]
    texts: list[str]


def cells_of(line: str) -> _Cells:
    found = list(_CELL.finditer(line))
    return _Cells([m.start() for m in found], [m.group(0) for m in found])


def furniture(pages: list[list[str]]) -> set[str]:
    """Running headers and footers: lines (digits ignored) on at least 3 pages and 40% of them."""
    if len(pages) < 3:
        return set()
    seen = Counter(key for lines in pages for key in {line_key(collapse(line)) for line in lines if line.strip()})
    threshold = max(3, int(0.4 * len(pages)))
    return {key for key, n in seen.items() if n >= threshold}


def heading_level(text: str) -> int | None:
    """The depth of a numbered or lettered heading ("4" 1, "4.1" 2, "SECTION C" 1, "C.1" 2), or None."""
    match = _HEADING.match(text)
    if not match or len(text.split()) > MAX_HEADING_WORDS or text.rstrip().endswith((",", ";")):
        return None
    title = match.group("title")
    if match.group("num") and (title.endswith(".") and len(title.split()) > 6 or re.match(r"\d", title)):
        return None
    if _RUN_IN_SENTENCE.search(title):
        return None  # "G.3 Indexation. Prices remain fixed for the first twenty-four (24) months of service. Thereafter"
    if match.group("num"):
        return match.group("num").count(".") + 1
    if match.group("sec"):
        return 1
    return match.group("let").count(".") + 1


def _caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8
            and len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ",")))


def _title_like(text: str) -> bool:
    """A heading's title: capitals, or a few capitalized words without a sentence's end ("Special Clauses")."""
    return _caps_heading(text) or (text[:1].isupper() and len(text.split()) <= 10
                                   and not text.rstrip().endswith((".", ",", ";", ":")))


def page_blocks(page: int, lines: list[str], skip: set[str]) -> list[Block]:
    """The blocks of one page's layout lines (furniture in `skip` dropped)."""
    blocks: list[Block] = []
    table: list[int] | None = None  # the column starts of the table being read
    spaced = False  # a blank line since the last line read
    for position, raw in enumerate(lines):
        line = _LEADING_GLYPH.sub(lambda m: f"{m.group(1)}\u2022 ", raw.rstrip())
        if not line.strip():
            if blocks and blocks[-1].kind in ("text", "item"):
                blocks.append(Block("gap", page))
            spaced = True
            continue
        after_blank, spaced = spaced, False
        if line_key(collapse(line)) in skip:
            continue
        if _TOC_LINE.search(line):
            continue  # a table-of-contents entry names a section, it says nothing
        cells = cells_of(line)
        text = collapse(line)
        # "F.1    CLAUSES INCORPORATED BY REFERENCE": a number and a title spaced apart are a heading, not a row.
        level = heading_level(text) if len(cells.texts) == 1 or (
            len(cells.texts) == 2 and re.fullmatch(r"[A-Z]?\.?\d{1,2}(?:\.\d{1,2})*\.?", cells.texts[0])
            and _title_like(cells.texts[1])) else None
        if level is not None and _runs_on(cells, lines[position + 1:], _next_item(text, blocks)):
            level = None  # "5. Integration with Salesforce ... through the" / "   Citrix environment.": a list item
        if level is not None or (len(cells.texts) == 1 and _caps_heading(text) and cells.starts[0] < 8):
            blocks.append(Block("heading", page, [text], level=level or 1))
            table = None
            continue
        if len(cells.texts) >= 2:
            if table is not None and _continues(cells, table, blocks, after_blank):
                _extend_row(blocks[-1], cells, table)
            else:
                table = cells.starts if table is None or len(cells.starts) > len(table) else table
                row = Block("row", page, cells=[""] * len(table))
                _extend_row(row, cells, table)
                blocks.append(row)
            continue
        if table is not None and blocks and blocks[-1].kind == "row" and (
                cells.starts[0] > table[0] + 2 or re.match(r"[a-z(]", text)
                or (not after_blank and _wrapped_first_cell(cells, lines[position - 1], table))):
            # Indented under a later column, in the first column mid-sentence ("Breakdown calls answered within
            # 20" / "seconds"), or after a first cell that filled its column: a cell wrapped onto the next line.
            _extend_row(blocks[-1], cells, table)
            continue
        table = None
        bullet = _BULLET.match(text)
        if bullet and position and number_written_again(lines[position - 1].rstrip(), text):
            bullet = None  # "retained for thirty-six" / "(36) months": the number written again, no list item
        previous = blocks[-1] if blocks else None
        if bullet or previous is None or previous.kind not in ("text", "item"):
            blocks.append(Block("item" if bullet else "text", page, [text[bullet.end():] if bullet else text],
                                marker=(bullet.group("marker") or "") if bullet else "", indent=cells.starts[0]))
        elif previous.kind == "item" and cells.starts[0] <= 3 and _ends_sentence(previous.lines[-1]):
            blocks.append(Block("item", page, [text]))  # a list item whose bullet glyph was lost
        elif previous.kind == "item" and previous.marker and cells.starts[0] <= previous.indent:
            blocks.append(Block("text", page, [text], indent=cells.starts[0]))  # not indented under the item
        else:
            previous.lines.append(text)
    return [b for b in blocks if b.kind != "gap"]


WRAPPED_SHARE = 0.6  # a row's first cell that fills this share of its column's width may wrap onto the next line


def _wrapped_first_cell(cells: _Cells, previous: str, columns: list[int]) -> bool:
    """One cell in the first column, within its width, under a line whose first cell filled that column: the cell
    wrapped ("Web, app and SMS submissions entered as" / "CRM cases within two (2) hours during"), whatever case
    its next word takes. A paragraph after a table runs past the first column."""
    if len(columns) < 2 or len(cells.texts) != 1:
        return False
    width = columns[1] - columns[0]
    above = cells_of(previous)
    return (cells.starts[0] + len(cells.texts[0]) < columns[1] and bool(above.texts)
            and above.starts[0] <= columns[0] + 2 and len(above.texts[0]) >= WRAPPED_SHARE * width)


def _runs_on(cells: _Cells, following: list[str], next_item: bool) -> bool:
    """The line's text goes on in the next one, indented under its text (a hanging indent) and no item of its own,
    mid-sentence (a lower-case word or a parenthesis) or after the list item numbered one less: a numbered list
    item wrapped onto two lines ("4. ..." then "5. Integration with ... through the" / "   Citrix environment."),
    not a heading. A heading followed by an indented paragraph stays one."""
    after = next((line for line in following if line.strip()), "")
    if not after.strip() or cells_of(after).starts[0] <= cells.starts[0] + 1:
        return False
    if _BULLET.match(after.strip()) or heading_level(collapse(after)) is not None:
        return False
    return next_item or bool(re.match(r"[a-z(]", after.strip()))


def _next_item(text: str, blocks: list[Block]) -> bool:
    """The line is numbered one more than the list item before it ("4." then "5. Integration ...")."""
    previous = next((b for b in reversed(blocks) if b.kind != "gap"), None)
    number = re.match(r"(\d{1,2})[.)]?\s", text)
    marker = re.fullmatch(r"\(?(\d{1,2})[.)]", previous.marker) if previous and previous.kind == "item" else None
    return bool(number and marker and int(number.group(1)) == int(marker.group(1)) + 1)


def _continues(cells: _Cells, columns: list[int], blocks: list[Block], after_blank: bool) -> bool:
    """A line that leaves the first column empty continues the row above: its cells wrapped onto two lines. So does
    one that leaves the last column of a table of three or more columns empty, unless it is set apart by a blank line
    and opens with a capital: that is a row with nothing to note ("Chat accepted within 45 seconds | 85% |")."""
    if not blocks or blocks[-1].kind != "row":
        return False
    used = {_column(columns, start) for start in cells.starts}
    last_missing = len(columns) >= 3 and len(columns) - 1 not in used and len(cells.starts) < len(columns)
    goes_on = not (after_blank and cells.texts[0][:1].isupper())
    return 0 not in used or (last_missing and goes_on)


def _column(columns: list[int], start: int) -> int:
    return min(range(len(columns)), key=lambda i: abs(columns[i] - start))


def _extend_row(row: Block, cells: _Cells, columns: list[int]) -> None:
    while len(row.cells) < len(columns):
        row.cells.append("")
    for start, text in zip(cells.starts, cells.texts):
        column = _column(columns, start)
        if column < len(row.cells):
            row.cells[column] = f"{row.cells[column]} {text}".strip()


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ";", ":"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each of a paragraph's sentences starts and ends in it, surrounding spaces left out (abbreviations such
    as "e.g." and "U.S." do not end one)."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start:match.start()].strip()
        if ends_no_sentence(piece, text, match.end()) or _CAPTION.match(piece):
            continue
        out.append(_stripped(text, start, match.start()))
        start = match.end()
    out.append(_stripped(text, start, len(text)))
    return [(a, b) for a, b in out if b > a]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(piece.strip())
