"""A cited page, rendered on the server with pypdfium2, and where the quote is on it.

The quote is found in PDFium's own text of the page (its characters, each with its box), in the same comparison form
the citation verifier uses (`text.canonical`: case, quote marks, dashes, ligatures folded), with whitespace left
out on both sides, since PDFium and pypdf place spaces and line breaks differently. A quote abridged with "..." is
found piece by piece, in order. The boxes of the matched characters are merged into one rectangle per line and
returned as fractions of the page, so the browser draws them over the image at any size.

A page read by OCR has no characters of its own: the page image is read again by OCR (RapidOCR, as at analysis
time, when installed) and the boxes of the lines the quote is made of are highlighted; the reviewer is told that
the words were read by OCR and should be compared with the image. Nothing here reads a file the results document
does not name (see app.py).
"""

from __future__ import annotations

import io
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..text import INVISIBLE, TYPOGRAPHIC, canonical
from ..verify import ELLIPSIS

RENDER_SCALE = 2.0  # 144 dpi: sharp on a laptop, a phone zooms the image
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe
MIN_OCR_LINE_SHARE = 0.6  # share of an OCR line's words that must be in the quote for the line to be highlighted


@dataclass
class Box:
    left: float  # fractions of the page's width and height, from the top left corner
    top: float
    width: float
    height: float


@dataclass
class PageMatch:
    pages: int  # pages in the file
    boxes: list[Box] = field(default_factory=list)
    method: str = "text"  # text | ocr | none
    note: str = ""
    aspect: float = 1.294  # the page's height / width (A4 by default)

    def close_up(self, margin: float = 0.03) -> tuple[float, float, float, float] | None:
        """(left, top, width, height) of the part of the page holding the highlights, as fractions of the page:
        what is shown enlarged above the whole page (on a phone the whole page is too small to read)."""
        if not self.boxes:
            return None
        left = max(0.0, min(b.left for b in self.boxes) - margin)
        right = min(1.0, max(b.left + b.width for b in self.boxes) + margin)
        top = max(0.0, min(b.top for b in self.boxes) - margin)
        bottom = min(1.0, max(b.top + b.height for b in self.boxes) + margin)
        return left, top, right - left, bottom - top


def _fold(char: str) -> str:
    return unicodedata.normalize("NFKC", char).translate(INVISIBLE).translate(TYPOGRAPHIC).casefold()


def _folded(chars: str) -> tuple[str, list[int]]:
    """The page's characters in comparison form without whitespace, and for each folded character the index of
    the character it came from (a ligature folds to several)."""
    out, origin = [], []
    for index, char in enumerate(chars):
        for folded in _fold(char):
            if not folded.isspace():
                out.append(folded)
                origin.append(index)
    return "".join(out), origin


def quote_spans(page_text: str, quote: str) -> list[tuple[int, int]]:
    """(first, last) character indices of each piece of the quote on the page, or [] if a piece is not there."""
    folded, origin = _folded(page_text)
    spans, at = [], 0
    for piece in filter(None, (canonical(p) for p in ELLIPSIS.split(quote))):
        needle = "".join(piece.split())
        found = folded.find(needle, at)
        if found < 0 or not needle:
            return []
        spans.append((origin[found], origin[found + len(needle) - 1]))
        at = found + len(needle)
    return spans


def _line_boxes(char_boxes: list[tuple[float, float, float, float]], width: float, height: float) -> list[Box]:
    """Character boxes (left, bottom, right, top in PDF points) merged into one box per line of text."""
    lines: list[list[float]] = []
    for left, bottom, right, top in char_boxes:
        if right <= left or top <= bottom:
            continue  # a space or a generated character: no ink
        last = lines[-1] if lines else None
        if last and abs((bottom + top) / 2 - (last[1] + last[3]) / 2) < 0.6 * max(top - bottom, last[3] - last[1]) \
                and left >= last[0] - 1:
            last[0], last[1], last[2], last[3] = min(last[0], left), min(last[1], bottom), max(last[2], right), \
                max(last[3], top)
        else:
            lines.append([left, bottom, right, top])
    pad = 1.5
    return [Box((left - pad) / width, (height - top - pad) / height, (right - left + 2 * pad) / width,
                (top - bottom + 2 * pad) / height) for left, bottom, right, top in lines]


def render_png(path: Path, page: int, scale: float = RENDER_SCALE) -> bytes:
    stat = path.stat()
    return _render_png(str(path), stat.st_mtime_ns, stat.st_size, page, scale)


@lru_cache(maxsize=64)
def _render_png(path: str, _mtime: int, _size: int, page: int, scale: float) -> bytes:
    import pypdfium2

    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(path)
        try:
            if not 1 <= page <= len(document):
                raise IndexError(f"the file has {len(document)} pages, not {page}")
            image = document[page - 1].render(scale=scale).to_pil()
        finally:
            document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def page_count(path: Path) -> int:
    import pypdfium2

    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()


def find_quote(path: Path, page: int, quote: str, ocr: bool = False) -> PageMatch:
    """Where `quote` is on page `page` (1-based) of the PDF at `path`."""
    import pypdfium2

    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(str(path))
        try:
            pages = len(document)
            if not 1 <= page <= pages:
                return PageMatch(pages, method="none", note=f"the file has {pages} pages, not {page}")
            pdf_page = document[page - 1]
            width, height = pdf_page.get_size()
            text_page = pdf_page.get_textpage()
            count = text_page.count_chars()
            text = text_page.get_text_range(0, count) if count else ""
            spans = quote_spans(text, quote) if quote and len(text) == count else []
            boxes = [text_page.get_charbox(i) for first, last in spans for i in range(first, last + 1)]
        finally:
            document.close()
    aspect = height / width if width else 1.294
    if boxes:
        return PageMatch(pages, _line_boxes(boxes, width, height), aspect=aspect)
    if ocr or not count:
        match = _ocr_match(path, page, quote, pages)
        match.aspect = aspect
        return match
    return PageMatch(pages, method="none", note="the quote was not located in this page's text layer; read the page",
                     aspect=aspect)


def _ocr_match(path: Path, page: int, quote: str, pages: int) -> PageMatch:
    """The page image read by OCR again, and the boxes of the lines whose words are in the quote."""
    try:
        from ..ingest.ocr import render_page, shared_engine

        engine = shared_engine()
    except ImportError:
        return PageMatch(pages, method="none", note="read by OCR at analysis time; OCR is not installed here, so "
                         "compare the quote with the page image")
    image = render_page(path, page)
    found, _ = engine(image)
    image_height, image_width = image.shape[:2]
    wanted = set(canonical(quote).split())
    boxes = []
    for corners, text, _score in found or []:
        words = canonical(text).split()
        if words and sum(w in wanted for w in words) / len(words) >= MIN_OCR_LINE_SHARE:
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            boxes.append(Box(min(xs) / image_width, min(ys) / image_height, (max(xs) - min(xs)) / image_width,
                             (max(ys) - min(ys)) / image_height))
    return PageMatch(pages, boxes, "ocr", "this page has no text layer: its words were read by OCR, the highlighted "
                     "lines are where OCR read the quote; compare with the image")
