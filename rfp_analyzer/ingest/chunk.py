"""Split proposal pages into sentences and page-aware chunks.

Sentences are the unit the judge reads and quotes; chunks (a few sentences of one section, counted in tiktoken
tokens) are the unit that is indexed and retrieved. Both keep the page of every part, so a sentence that runs
across a page break is cited on the page where its quoted part is, not where its chunk starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Chunk, Sentence, SourceFile, Span
from ..numbers import number_written_again
from ..text import ends_no_sentence
from ..tokens import count_tokens
from .layout import boilerplate_lines, strip_page_furniture

# Bump when sentence splitting or chunking changes: chunk ids include it, so old chunks are re-indexed.
CHUNKER_VERSION = 20
# all-MiniLM-L6-v2 truncates at 256 word pieces; 200 tiktoken tokens leaves room for the section heading
# that is embedded with the chunk and for word-piece counts that run higher than BPE on numbers and names.
TARGET_TOKENS = 160
MAX_TOKENS = 200
# A run of table cells or a list without punctuation is cut into pieces of at most this many words.
MAX_PIECE_WORDS = 40
# A "sentence" this short is a run-in heading or a list label ("17.3 Annual adjustment."): keep it with the next.
RUN_IN_WORDS = 4

# "4.2 Escalation", "C.7 Duration", "E. People and training", "IV. Pricing", "Annex B: Rates"; not an amount in a
# table cell ("0.00 (waived)", "12.50 (per hour)"): sections are not numbered from 0 or in cents
_HEADING_NUMBERED = re.compile(
    r"^(?!0[.\s]|\d{1,2}\.\d\d\s+\()(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]\.\d{1,2}|[A-Z]\.|[IVX]{1,4}\."
    r"|(?i:appendix|annex(?:ure)?|schedule|section|part)\s+[A-Z0-9]{1,3}[.:]?)"
    r"\s+[A-Z(][^.!?;]{2,90}$")
# A table-of-contents entry: a title, dot leaders and a page number. It names a topic without saying anything.
_TOC_LINE = re.compile(r"(?:\.\s?){6,}\s*\d{0,4}\s*$|\.{6,}")
# "4 April 2025", "12 Sept. 2024": a date line looks like a numbered heading but starts no section.
_DATE_LINE = re.compile(r"^\d{1,2}\.?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b")
# Bullet glyphs as pypdf returns them, including symbol-font bullets that come out as control characters, and
# the middle dot OCR reads round bullets as.
_BULLET_GLYPHS = "\u2022\u00b7\u25aa\u25a0\u25cf\u25e6\u2023\u2043\u00bb\u203a\u27a2\u25ba\uf0b7\uf0a7\uf076\uf0d8\x7f"
# "**" marks a second footnote; no list starts at 0 ("0. Included in hourly rates" is a price cell)
_LIST_MARKER = r"\(?(?!0[.)])\d{1,2}[.)]|\(?[a-z][.)]|\*{1,3}|[\u2013-]"
_BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|(?:{_LIST_MARKER})\s+)(?=\S)")
_MARKER_ONLY = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|{_LIST_MARKER})$")
# A sentence also ends before a bullet glyph that pypdf put on the same line ("... is on us. ■ Training ...").
_INLINE_ITEM = re.compile(r"\((?:[a-h]|[ivx]{1,4})\)\s")  # "... for term. (b) Hours outside ...": a lettered note
_SENTENCE_END = re.compile(rf"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9]|[{_BULLET_GLYPHS}]|{_INLINE_ITEM.pattern})")
_TERMINAL = re.compile(r"[.!?:;][\"')\]]*$")
# Table cells: a row's closing value, a unit, a row number, and the label that starts the next row.
_VALUE_CELL = re.compile(r"^(?:[A-Z]{3}\s?|[$\u20ac\u00a3\u00a5\u20a9\u0e3f]\s?)?\d[\d,]*(?:\.\d+)?\s?"
                         # "3% of Monthly Charges", "5% or less", "6% monthly fees", "95% within three (3) days"
                         r"(?:%(?:\s[A-Za-z][\w ()-]{0,30})?)?"
                         r"(?:\s?/\s?[a-z][\w -]{0,30})?"  # "USD 85/hour of analyst time"
                         # a duration: "90 days", "6 wks", "24 months"
                         r"(?:\s?(?:days?|weeks?|wks|months?|mos|years?|yrs|hours?|hrs|minutes|mins?|seconds|secs?))?"
                         r"(?:\s*\((?:included|waived|no charge|free)\))?\.?$"
                         r"|^(?:nil|included|no charge|waived|none|n/a|free|[-\u2013\u2014])\.?$", re.I)
_UNIT_CELL = re.compile(r"^(?:per|one[- ]?(?:time|off)|monthly|annual(?:ly)?|each|flat|FTE|productive)\b"
                        r"|^(?:\S+\s){0,2}per\s\S+$", re.I)
MAX_LABEL_WORDS = 10  # a row's label cell, wrapped or not: longer runs of short lines are a list, not a label
_ROW_NUMBER = re.compile(r"^(?:[A-Z]{1,2}[.-]?)?\d{1,2}\.?$")  # "8", "B1", "C-2"
# A row's code with its label on one line: "R-06 Transition", "B2 Postage and print"
_ROW_CODE_AND_LABEL = re.compile(r"^[A-Z]{1,3}[.-]?\d{1,2}\s+[A-Z][\w/&,'-]*(?:\s+\S+)*$")
_LABEL_START = re.compile(r"^[(\"']?[A-Z]")
# A line ending in a word no title ends with goes on in the next line: "2. The telephone lines are invoiced to" /
# "Woonhaven at cost plus 8%."
_UNFINISHED = re.compile(r"(?<![\w/-])(?:to|of|the|a|an|and|or|for|at|by|with|in|on|from|per|than|as|is|are|be|will|shall)$",
                         re.I)  # (not the "a" of "n/a")


@dataclass
class _Line:
    page: int
    text: str
    kind: str  # heading | bullet | short | prose | toc


def _classify(text: str) -> str:
    words = text.split()
    if _TOC_LINE.search(text):
        return "toc"
    if len(words) <= 14 and ((_HEADING_NUMBERED.match(text) and not _DATE_LINE.match(text)) or _is_caps_heading(text)):
        return "heading"
    if _BULLET.match(text) and len(words) > 2:
        return "bullet"
    if len(words) <= 5 and not _TERMINAL.search(text):
        return "short"
    return "prose"


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 10 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def file_sentences(source: SourceFile, vendor: str, start_index: int = 0) -> list[Sentence]:
    """The sentences of one file, in reading order, without running headers and footers."""
    lines = _content_lines(source)
    sentences: list[Sentence] = []
    section = ""
    block: list[_Line] = []

    def flush():
        for parts in _split_block(block, source.name):
            sentences.append(Sentence(vendor, start_index + len(sentences), parts, section))
        block.clear()

    for i, line in enumerate(lines):
        if line.kind == "toc":  # not content; the lines around it are not one sentence either
            flush()
            continue
        if line.kind == "heading":
            flush()
            section = line.text
            sentences.append(Sentence(vendor, start_index + len(sentences), (Span(source.name, line.page, line.text),),
                                      section))
            continue
        row = _numbered_row_label(block, line)
        if row:
            # The row's terms are prose: they go with its code and label, and the rows before it end here.
            kept = block[-row:]
            del block[-row:]
            flush()
            block.extend(kept)
        elif block and (_starts_new_block(block[-1], line) or _row_ends(block, lines[i:i + 2])):
            flush()
        block.append(line)
    flush()
    return sentences


def _content_lines(source: SourceFile) -> list[_Line]:
    """Lines in reading order, without running headers/footers; a list marker on its own line joins the next, and a
    numbered line that the next line continues (in lower case, or after a word no title ends with) is the first line
    of a clause, not a heading, and a number in figures after its words ("thirty" / "(30) days") is no list item."""
    skip = boilerplate_lines(source)
    lines: list[_Line] = []
    marker = None
    for page in source.pages:
        for text in strip_page_furniture(page.text.splitlines(), skip):
            if _MARKER_ONLY.match(text):
                marker = text
                continue
            kind = "bullet" if marker else _classify(text)
            written_again = bool(lines) and number_written_again(lines[-1].text, text)
            if kind == "bullet" and not marker and written_again:
                kind = "prose"
            if kind != "bullet" and lines and lines[-1].kind == "heading" and (
                    text[:1].islower() or _UNFINISHED.search(lines[-1].text) or written_again):
                # "4. On every invoice a contribution of 4% for programme" / "coordination ...", "17.2 ... renewed for
                # successive periods of twelve" / "(12) months each unless ..."
                lines[-1].kind = "prose"
            lines.append(_Line(page.number, _BULLET.sub("", text) if kind == "bullet" else text, kind))
            marker = None
    return lines


def _starts_new_block(prev: _Line, line: _Line) -> bool:
    if line.kind == "bullet":
        return True
    if (line.text[:1].islower() and not _TERMINAL.search(prev.text)) or _UNFINISHED.search(prev.text):
        # A cell's text wrapped in a narrow column goes on: "Agent warm" / "transfer under 60 s, ...", "(partner
        # named in" / "R-01)."
        return False
    if (prev.kind == "short") == (line.kind == "short"):
        return False  # table cells stay together, and so do the lines of a paragraph
    # A short line after an unfinished prose line is the end of a wrapped paragraph, not a table.
    return not (line.kind == "short" and not _TERMINAL.search(prev.text))


def _split_block(block: list[_Line], file: str) -> list[tuple[Span, ...]]:
    """Sentences of a block of lines, each as its per-page parts."""
    if not block:
        return []
    if all(line.kind == "short" for line in block):
        return _pieces_of_table(block, file)
    # Join lines, remembering where each page's text starts, then cut at sentence ends.
    text, page_starts = "", []
    for line in block:
        if not page_starts or page_starts[-1][1] != line.page:
            page_starts.append((len(text) + (1 if text else 0), line.page))
        text = f"{text} {line.text}" if text else line.text
    return [part for start, end in sentence_bounds(text) for part in _parts(text, start, end, page_starts, file)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of running text, cut only where a sentence ends (never at ';'): abbreviations
    end no sentence, and a run-in heading ("Annual adjustment.") belongs to what follows. `ask` quotes by these."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start:match.start()]
        run_in = len(piece.split()) <= RUN_IN_WORDS and not _INLINE_ITEM.match(text, match.end())
        if ends_no_sentence(piece, text, match.end()) or run_in:
            continue
        bounds.append((start, match.start()))
        start = match.end()
    return bounds + [(start, len(text))]


def _pieces_of_table(block: list[_Line], file: str) -> list[tuple[Span, ...]]:
    pieces, current, words = [], [], 0
    for line in block:
        n = len(line.text.split())
        if current and (words + n > MAX_PIECE_WORDS or line.page != current[-1].page):
            pieces.append(current)
            current, words = [], 0
        current.append(line)
        words += n
    if current:
        pieces.append(current)
    return [(Span(file, piece[0].page, " ".join(line.text for line in piece)),) for piece in pieces]


def _row_ends(block: list[_Line], following: list[_Line]) -> bool:
    """A table row ends with its value cell ("3,800,000", "nil", "0 (included)"), or with a unit cell after it ("USD
    3,950 | FTE per month"), and the next row begins with a label, perhaps after a row number: "Mobilisation Fee | one
    time | 3,800,000 | Retention Charge | per month | nil". Cut there, so that each row is read (and quoted) on its
    own and a waived row is not read with its neighbour's price. `following`: the next line and the one after it."""
    cells = [line.text for line in block[-2:] if line.kind == "short"]
    if len(block) < 2 or not cells or not (_VALUE_CELL.match(cells[-1]) or (
            len(cells) == 2 and _UNIT_CELL.search(cells[-1]) and _VALUE_CELL.match(cells[0]))):
        return False
    line = following[0].text
    if _ROW_NUMBER.match(line) and len(following) > 1:
        line = following[1].text
    return bool(_LABEL_START.match(line)) and not _VALUE_CELL.match(line) and not _UNIT_CELL.search(line)


def _numbered_row_label(block: list[_Line], line: _Line) -> int:
    """How many of the block's last lines are a numbered table row's code and label cells ("C3" | "Postage, print
    vendor, carrier" | "charges") whose terms cell `line` is written as prose ("Re-billed at cost + 12%."): 0 when
    they are not. pypdf gives each cell (and each wrapped line of a cell) a line of its own; read apart, the terms
    would lose the item they are about, and the label would run into the rows before it."""
    if line.kind != "prose" or not block or any(cell.kind != "short" for cell in block):
        return 0
    start = next((i for i in range(len(block) - 1, -1, -1) if _ROW_NUMBER.match(block[i].text)
                  or _ROW_CODE_AND_LABEL.match(block[i].text)), None)
    if start is None:
        return 0
    # A code alone ("C3") is followed by its label cells; a code with its label ("R-06 Transition") is one.
    code_alone = bool(_ROW_NUMBER.match(block[start].text))
    if code_alone and start == len(block) - 1:
        return 0
    label = block[start + 1:] if code_alone else block[start:]
    if sum(len(cell.text.split()) for cell in label) > MAX_LABEL_WORDS or any(_VALUE_CELL.match(c.text) for c in label):
        return 0
    return len(block) - start


def _parts(text: str, start: int, end: int, page_starts: list[tuple[int, int]], file: str) -> list[tuple[Span, ...]]:
    """The sentence text[start:end] as per-page spans, cut into pieces of at most MAX_PIECE_WORDS words."""
    sentence = text[start:end].strip()
    if not sentence:
        return []
    spans = []
    for i, (page_start, page) in enumerate(page_starts):
        page_end = page_starts[i + 1][0] if i + 1 < len(page_starts) else len(text)
        lo, hi = max(start, page_start), min(end, page_end)
        if lo < hi and text[lo:hi].strip():
            spans.append(Span(file, page, text[lo:hi].strip()))
    words = sentence.split()
    if len(words) <= 2 * MAX_PIECE_WORDS or len(spans) > 1:
        return [tuple(spans)]
    return [(Span(file, spans[0].page, " ".join(words[i:i + MAX_PIECE_WORDS])),)
            for i in range(0, len(words), MAX_PIECE_WORDS)]


def vendor_sentences(vendor: str, files: list[SourceFile]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for source in files:
        sentences.extend(file_sentences(source, vendor, len(sentences)))
    return sentences


def make_chunks(vendor: str, source: SourceFile, sentences: list[Sentence]) -> list[Chunk]:
    """Group a file's consecutive sentences into chunks of about TARGET_TOKENS, starting anew at each heading."""
    own = [s for s in sentences if s.parts[0].file == source.name]
    chunks: list[Chunk] = []
    group: list[Sentence] = []
    tokens = 0

    def flush():
        nonlocal tokens
        if group:
            chunks.append(_chunk(vendor, source, len(chunks), group))
        group.clear()
        tokens = 0

    for sentence in own:
        n = count_tokens(sentence.text)
        is_heading = len(sentence.parts) == 1 and sentence.text == sentence.section
        if group and (is_heading or tokens + n > TARGET_TOKENS or sentence.section != group[-1].section):
            flush()
        group.append(sentence)
        tokens += n
        if tokens >= MAX_TOKENS:
            flush()
    flush()
    return chunks


def _chunk(vendor: str, source: SourceFile, index: int, group: list[Sentence]) -> Chunk:
    """A chunk's text is its sentences, one per line (a sentence's parts on different pages joined by a space), so
    whoever quotes from a chunk (`ask`) can cut where the chunker's sentences end: after a heading with no full
    stop, or before a list item."""
    text, page_map = "", []
    for sentence in group:
        for n, part in enumerate(sentence.parts):
            offset = len(text) + (1 if text else 0)
            if not page_map or page_map[-1][1] != part.page:
                page_map.append((offset, part.page))
            text = f"{text}{' ' if n else chr(10)}{part.text}" if text else part.text
    return Chunk(
        id=f"{source.text_key[:20]}-v{CHUNKER_VERSION}-{index:05d}",
        vendor=vendor,
        file=source.name,
        file_sha256=source.text_key,
        index=index,
        text=text,
        section=group[0].section,
        page_map=tuple(page_map),
        sentence_range=(group[0].index, group[-1].index + 1),
        tokens=count_tokens(text),
    )
