"""Read proposal PDFs page by page with pypdf, and find the vendors in a proposals folder.

A file that cannot be read raises `UnreadableFile` with a reason a reviewer understands; pages without text
(scanned images, vector outlines) become `no_text` warnings so nobody assumes they were analyzed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from ..models import Issue, Page, SourceFile, Vendor
from ..text import normalize_page
from .layout import boilerplate_lines, strip_page_furniture
from .ocr import PageOcr

log = logging.getLogger(__name__)

# A page with fewer visible characters than this is treated as having no text layer (scan, outlines, blank).
MIN_PAGE_CHARS = 20
# Legal-entity suffixes used to find the vendor's name on its first pages.
# A legal-entity name: capitalized words ending in a company suffix ("Acme Support Ltd.", "Atlantiq Partners, Lda.").
_ENTITY_NAME = (r"((?:[A-Z][\w&'-]*,?\s){1,6}(?:Inc\.|Ltd\.|Limited|LLC|Lda\.|GmbH|S\.A\.|B\.V\.|plc|PLC|Corp\.|"
                r"Corporation|Pvt\. Ltd\.|LLP|S\. de R\.L\. de C\.V\.|S\.A\. de C\.V\.))")
_ENTITY = re.compile(rf"^{_ENTITY_NAME}(?=$|[\s|,])")
_ENTITY_ANYWHERE = re.compile(rf"\b{_ENTITY_NAME}")
_FOR_BUYER = re.compile(r"\b(for|to|prepared for|submitted to)\s*$", re.I)
_OWNER = re.compile(r"(trademarks? of|property of|copyright|\u00a9|\(c\))\s*(\d{4}\s*)?$", re.I)
_ADDRESSEE = re.compile(r"^(prepared|submitted|presented|proposal|response|for|to|attn|attention)\b", re.I)


class UnreadableFile(Exception):
    """The whole file cannot be analyzed; `kind` is a short code, the message says why and what to do."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class VendorSource:
    slug: str
    folder: Path  # citations name files relative to this folder
    paths: list[Path] = field(default_factory=list)


def discover_vendors(proposals_dir: Path) -> list[VendorSource]:
    """Each PDF at the top level is a vendor (named by its stem); each sub-folder is a vendor with several files."""
    vendors = []
    for entry in sorted(proposals_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            paths = sorted(p for p in entry.rglob("*") if p.is_file() and _is_pdf_name(p))
            if paths:
                vendors.append(VendorSource(entry.name, entry, paths))
        elif entry.is_file() and _is_pdf_name(entry):
            vendors.append(VendorSource(entry.stem, proposals_dir, [entry]))
    return vendors


def _is_pdf_name(path: Path) -> bool:
    return path.suffix.lower() == ".pdf" and not path.name.startswith(".")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_pdf(path: Path, name: str, password: str | None = None,
             ocr: PageOcr | None = None) -> tuple[SourceFile, list[Issue]]:
    """Read every page of one PDF, with OCR for pages without text when `ocr` is given.
    Raises UnreadableFile when nothing of it can be analyzed."""
    reader = _open(path, password)
    pages: list[Page] = []
    issues: list[Issue] = []
    for number, pdf_page in enumerate(reader.pages, start=1):
        failed = False
        hidden = _HiddenTextCollector()
        try:
            raw = pdf_page.extract_text(visitor_operand_before=hidden.operator, visitor_text=hidden.text) or ""
        except Exception as exc:  # pypdf raises many types on damaged content streams
            log.debug("page %s of %s failed", number, path, exc_info=True)
            issues.append(Issue(name, "page_error", f"page {number} could not be read ({exc.__class__.__name__}); "
                                "it is not analyzed", number))
            raw, failed = "", True
        page = Page(number, raw, normalize_page(raw), normalize_page(hidden.collected()))
        pages.append(page)
        if not failed and not _has_text(page):
            issues.append(Issue(name, "no_text", f"page {number} has no text layer (scanned image or drawing); "
                                "its content is not analyzed", number))
    if not pages:
        raise UnreadableFile("no_pages", f"{name}: the PDF has no pages")
    issues += _furniture_only_pages(name, pages, {i.page for i in issues})
    sha256 = sha256_of(path)
    if ocr:
        pages, issues = ocr.apply(path, name, sha256, pages, issues, password, MIN_PAGE_CHARS)
    if not any(_has_text(p) for p in pages):
        hint = "OCR found no text either" if ocr else "it needs OCR (on unless --no-ocr) or a text PDF from the vendor"
        raise UnreadableFile("no_text", f"{name}: no page has extractable text (a scanned document?); {hint}")
    return SourceFile(path=path, name=name, sha256=sha256, pages=pages), issues


class _HiddenTextCollector:
    """Text a reader cannot see: drawn in white (fill colour) or in a font under 2 points.

    Vendors can hide instructions for AI evaluators this way; pypdf extracts such text like any other, so the
    injection detector sees it either way, and this tells the reviewer it was invisible on the page.
    White text on a dark table header is legitimate, which is why hidden text alone is not a warning.
    """

    MIN_VISIBLE_POINTS = 2.0

    def __init__(self) -> None:
        self.white = False
        self.parts: list[str] = []

    def operator(self, op: bytes, args: list, cm: list, tm: list) -> None:
        if op in (b"rg", b"g", b"k", b"sc", b"scn"):
            values = [float(a) for a in args if isinstance(a, (int, float))]
            if values:
                self.white = all(v <= 0.05 for v in values) if op == b"k" else all(v >= 0.95 for v in values)

    def text(self, text: str, cm: list, tm: list, font_dict, font_size: float) -> None:
        if not text.strip():
            return
        scale = abs(tm[3] or tm[0]) * abs(cm[3] or cm[0]) if tm and cm else 1.0
        if self.white or 0 < font_size * scale < self.MIN_VISIBLE_POINTS:
            self.parts.append(text)

    def collected(self) -> str:
        return "".join(self.parts)


def _furniture_only_pages(name: str, pages: list[Page], flagged: set[int]) -> list[Issue]:
    """Pages whose only text is the running header/footer: a scan inside a born-digital document."""
    source = SourceFile(path=Path(name), name=name, sha256="", pages=pages)
    skip = boilerplate_lines(source)
    issues = []
    for page in pages:
        content = "".join(strip_page_furniture(page.text.splitlines(), skip))
        if skip and page.number not in flagged and _has_text(page) and len(content) < MIN_PAGE_CHARS:
            issues.append(Issue(name, "no_text", f"page {page.number} has no text besides its header and footer "
                                "(scanned image or drawing); its content is not analyzed", page.number))
    return issues


def _has_text(page: Page) -> bool:
    return len(page.text.replace("\n", "")) >= MIN_PAGE_CHARS


def _open(path: Path, password: str | None) -> PdfReader:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile("unreadable", f"{path.name}: cannot open the file ({exc.strerror})") from exc
    if size == 0:
        raise UnreadableFile("empty", f"{path.name}: the file is empty (0 bytes)")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise UnreadableFile("not_pdf", f"{path.name}: not a PDF (no PDF header); export it to PDF and run again")
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, path, password)
        len(reader.pages)  # forces the page tree to load, where damage usually shows
    except UnreadableFile:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadableFile("encrypted", f"{path.name}: encrypted; pass --password") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise UnreadableFile("corrupt", f"{path.name}: damaged or truncated PDF ({_short(exc)}); "
                             "ask the vendor for a new copy") from exc
    return reader


def _decrypt(reader: PdfReader, path: Path, password: str | None) -> None:
    # Many "encrypted" proposals only restrict printing/copying and open with the empty user password.
    for candidate in ("", password) if password else ("",):
        try:
            if reader.decrypt(candidate):
                return
        except (NotImplementedError, ImportError, DependencyError) as exc:  # AES needs `cryptography`
            raise UnreadableFile("encrypted", f"{path.name}: encrypted with an unsupported method ({exc})") from exc
    hint = "the password given does not open it" if password else "pass the password with --password"
    raise UnreadableFile("encrypted", f"{path.name}: encrypted and {hint}")


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text[:120]


def guess_vendor_name(sources: list[SourceFile], fallback: str) -> str:
    """The first legal-entity name on the first pages of any file (e.g. 'Acme Support Ltd.'), else a readable slug."""
    for page in (page for source in sources for page in source.pages[:3]):
        for line in page.text.splitlines():
            for piece in line.split("|"):
                if _ADDRESSEE.match(piece.strip()):
                    continue  # the buyer's name, not the vendor's
                match = _ENTITY.match(piece.strip())
                if match and len(match.group(1).split()) <= 8:
                    return match.group(1).strip()
    return _entity_in_text(sources) or _readable_stem(fallback) or fallback


def make_names_unique(vendors: list[Vendor]) -> None:
    """Display names differ between vendors: two proposals may name the same company (one copied a competitor's
    cover page); each of them keeps the name followed by its file or folder name, so no report merges them."""
    claimed = Counter(v.name.casefold() for v in vendors)
    taken: set[str] = set()
    for vendor in vendors:
        name = vendor.name if claimed[vendor.name.casefold()] == 1 else f"{vendor.name} ({vendor.slug})"
        candidate, n = name, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{name} #{n}"
        vendor.name = candidate
        taken.add(candidate.casefold())


def _entity_in_text(sources: list[SourceFile]) -> str | None:
    """The legal-entity name the text keeps coming back to, or that it says owns the document ("... are
    trademarks of Acme Ltd."). A name on one page only, in passing, is someone else: the incumbent or the evaluation
    advisor an RFP names, a company a contract clause bans; names right after 'for' or 'to' are the buyer's."""
    pages: dict[str, set[int]] = {}
    owned: set[str] = set()
    for n, page in enumerate((page for source in sources for page in source.pages)):
        text = " ".join(page.text.split())
        for match in _ENTITY_ANYWHERE.finditer(text):
            before = text[max(0, match.start() - 30):match.start()]
            if _FOR_BUYER.search(before):
                continue
            pages.setdefault(match.group(1), set()).add(n)
            if _OWNER.search(before):
                owned.add(match.group(1))
    candidates = [name for name, seen in pages.items() if len(seen) >= 2 or name in owned]
    return max(candidates, key=lambda name: (name in owned, len(pages[name]))) if candidates else None


def _readable_stem(stem: str) -> str:
    """'acme-support' -> 'Acme Support'; a stem with capitals keeps them ('02_DOC_IT_PWS' -> '02 DOC IT PWS')."""
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words if words != words.lower() else words.title()
