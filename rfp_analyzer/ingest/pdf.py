"""Read proposal PDFs page by page with pypdf, and find the vendors in a proposals folder.

A file that cannot be read raises `UnreadableFile` with a reason a reviewer understands; pages without text
(scanned images, vector outlines) become `no_text` warnings so nobody assumes they were analyzed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

from ..config import Settings
from ..models import Issue, Page, SourceFile, Vendor
from ..text import normalize_page
from .hidden import HiddenTextCollector
from .layout import boilerplate_lines, strip_page_furniture
from .ocr import TIME_LIMIT_NOTE, PageOcr

log = logging.getLogger(__name__)

# pypdf's own limit on the bytes it inflates from one stream (LimitReachedError past it).
PYPDF_INFLATE_CAP = 75_000_000
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


def skipped_entries(proposals_dir: Path) -> list[str]:
    """What discover_vendors leaves out although it holds PDFs: names starting with '.' (hidden on macOS and Linux,
    and '..x/' looks like a parent folder), each said in one line so nothing is skipped without a word."""
    notes = []
    for entry in sorted(proposals_dir.iterdir()):
        if not entry.name.startswith("."):
            continue
        count = sum(1 for p in entry.rglob("*") if p.suffix.lower() == ".pdf") if entry.is_dir() else \
            int(entry.suffix.lower() == ".pdf")
        if count:
            what = f"folder {entry.name}/ ({count} PDF{'s' if count > 1 else ''})" if entry.is_dir() else entry.name
            notes.append(f"skipped {what}: names starting with '.' are hidden files and are not analyzed; "
                         "rename it to include it")
    return notes


def _is_pdf_name(path: Path) -> bool:
    return path.suffix.lower() == ".pdf" and not path.name.startswith(".")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class FileLimits:
    """What one file may cost: pages read, seconds of reading and OCR, decompressed page content parsed, and pixels
    of an image rendered for OCR. A file past a limit is cut there (the pages before it are analyzed) with a
    `limit` warning naming the setting; a file cut before any text was read is unreadable for that reason."""

    max_pages: int
    max_seconds: float
    max_content_bytes: int
    max_image_pixels: int

    @classmethod
    def from_settings(cls, settings: Settings) -> FileLimits:
        return cls(settings.max_pages, settings.max_seconds_per_file, int(settings.max_decompressed_mb * 2**20),
                   int(settings.max_image_megapixels * 1_000_000))


def read_pdf(path: Path, name: str, password: str | None = None, ocr: PageOcr | None = None,
             limits: FileLimits | None = None) -> tuple[SourceFile, list[Issue]]:
    """Read the pages of one PDF, with OCR for pages without text when `ocr` is given, within `limits`
    (default: the settings' defaults). Raises UnreadableFile when nothing of it can be analyzed, with the reason."""
    limits = limits or FileLimits.from_settings(Settings())
    started = time.monotonic()
    reader = _open(path, password)
    pages: list[Page] = []
    issues: list[Issue] = []
    parsed = 0  # decompressed bytes of page content parsed so far
    for number, pdf_page in enumerate(reader.pages, start=1):
        try:
            size = _content_size(pdf_page)
        except Exception as exc:  # noqa: BLE001 - pypdf's decompression limit, a damaged stream: that page only
            pages.append(Page(number, "", ""))
            issues.append(_page_error(name, number, exc))
            # pypdf inflated up to its cap before giving up, and would again for every page sharing the stream.
            parsed += PYPDF_INFLATE_CAP if isinstance(exc, LimitReachedError) else 0
            continue
        reason = _limit_reached(limits, number, time.monotonic() - started, parsed + size)
        if reason:
            total = len(reader.pages)
            cut = f"page {number}" if number == total else f"pages {number}-{total}"
            issues.append(Issue(name, "limit", f"{cut} of {total} not analyzed: {reason}", number))
            break
        parsed += size
        page, issue = _read_page(pdf_page, number, name)
        pages.append(page)
        if issue:
            issues.append(issue)
    if not pages:
        raise UnreadableFile(*_nothing_read(name, issues))
    furniture = _furniture_only_pages(name, pages, {i.page for i in issues})
    sha256 = sha256_of(path)
    targets, issues = _ocr_targets(reader, pages, issues + furniture, {i.page for i in furniture}, name, limits)
    if ocr and targets:
        pages, issues = ocr.apply(path, name, sha256, pages, issues, password, MIN_PAGE_CHARS, targets,
                                  deadline=started + limits.max_seconds)
    if not any(_has_text(p) for p in pages):
        raise UnreadableFile(*_no_text(name, issues, ocr is not None, ocr is not None and bool(targets)))
    return SourceFile(path=path, name=name, sha256=sha256, pages=pages, metadata=_metadata(reader)), issues


def cut_by_time(issues: list[Issue]) -> bool:
    """True when the per-file time limit left pages of the file unread or not OCR'd. That says how busy the machine
    was, not what the file holds, so such a reading is not kept as the file's final one: the next run reads again."""
    return any(issue.kind in ("limit", "no_text") and TIME_LIMIT_NOTE in issue.message for issue in issues)


def _read_page(pdf_page, number: int, name: str) -> tuple[Page, Issue | None]:
    hidden = HiddenTextCollector(_box(pdf_page))
    try:
        with _PypdfProblems() as problems:
            raw = pdf_page.extract_text(visitor_operand_before=hidden.operator, visitor_text=hidden.text) or ""
    except Exception as exc:  # pypdf raises many types on damaged content streams (and RecursionError, limits)
        return Page(number, "", ""), _page_error(name, number, exc)
    visible = hidden.visible(raw)
    page = Page(number, visible, normalize_page(visible), normalize_page(hidden.collected()),
                annotations=normalize_page(_annotations(pdf_page)))
    if not _has_text(page) and problems.failures:
        # pypdf gave up on part of the page (a recursion or decompression limit) and only logged it: that is the
        # reason the page has no text, not a missing text layer, and OCR of the same drawing would not help.
        return page, Issue(name, "page_error", f"page {number} could not be read ({_short_text(problems.failures[0])}); "
                           "it is not analyzed", number)
    if not _has_text(page):
        return page, Issue(name, "no_text", f"page {number} has no text layer (scanned image or drawing); its content "
                           "is not analyzed", number)
    return page, None


def _page_error(name: str, number: int, exc: Exception) -> Issue:
    log.debug("page %s of %s failed", number, name, exc_info=exc)
    return Issue(name, "page_error", f"page {number} could not be read ({exc.__class__.__name__}: {_short(exc)}); "
                 "it is not analyzed", number)


def _box(pdf_page) -> tuple[float, float, float, float]:
    try:
        box = pdf_page.mediabox
        return float(box.left), float(box.bottom), float(box.right), float(box.top)
    except Exception:  # noqa: BLE001 - a damaged page box: nothing counts as off the page
        return float("-inf"), float("-inf"), float("inf"), float("inf")


def _metadata(reader: PdfReader) -> str:
    """Every text value of the document information dictionary (title, subject, keywords, custom keys)."""
    try:
        info = reader.metadata or {}
        return "\n".join(f"{key.lstrip('/')}: {value}" for key, value in info.items() if isinstance(value, str))
    except Exception:  # noqa: BLE001 - damaged metadata is not a reason to skip the file
        log.debug("metadata unreadable", exc_info=True)
        return ""


def _annotations(pdf_page) -> str:
    """The text of the page's annotations: comments and sticky notes (/Contents), titles, form field values."""
    texts = []
    try:
        for ref in pdf_page.get("/Annots") or []:
            annotation = ref.get_object()
            texts += [str(annotation[key]) for key in ("/Contents", "/T", "/V", "/TU", "/RC")
                      if isinstance(annotation.get(key), str)]
    except Exception:  # noqa: BLE001 - damaged annotations: the page text is still read
        log.debug("annotations unreadable", exc_info=True)
    return "\n".join(texts)


class _PypdfProblems(logging.Handler):
    """Collects what pypdf logs while reading a page instead of raising: a part it could not decode (recursion,
    decompression limit). Those records are kept out of the terminal: the page's issue reports them."""

    FAILURE = re.compile(r"recursion|limit|impossible to decode|could not|cannot|unable", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.failures: list[str] = []
        self._logger = logging.getLogger("pypdf")

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        log.debug("pypdf: %s", message)
        if self.FAILURE.search(message):
            self.failures.append(message)

    def __enter__(self) -> _PypdfProblems:
        self._propagate, self._logger.propagate = self._logger.propagate, False
        self._logger.addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        self._logger.removeHandler(self)
        self._logger.propagate = self._propagate


def _content_size(pdf_page) -> int:
    """Decompressed bytes of the page's content stream: pypdf decodes it once and caches it, and raises
    LimitReachedError past its own cap of 75 MB a stream (extract_text would then return '' without a word).
    pypdf has no public accessor for these bytes: get_contents() re-serializes the parsed operators."""
    return len(pdf_page._get_contents_as_bytes() or b"")


def _limit_reached(limits: FileLimits, number: int, seconds: float, content_bytes: int) -> str:
    """Why reading stops before page `number`, naming the limit, or ''."""
    if number > limits.max_pages:
        return f"the file has more than {limits.max_pages} pages (limit max_pages)"
    if seconds > limits.max_seconds:
        return f"reading took over {limits.max_seconds:g} s {TIME_LIMIT_NOTE}"
    if content_bytes > limits.max_content_bytes:
        return (f"its page content passes {limits.max_content_bytes / 2**20:g} MB decompressed "
                "(limit max_decompressed_mb)")
    return ""


def _ocr_targets(reader: PdfReader, pages: list[Page], issues: list[Issue], furniture: set[int], name: str,
                 limits: FileLimits) -> tuple[set[int], list[Issue]]:
    """The no_text pages worth OCR: no text at all, an image to read, or only a running header and footer (a scan
    or drawing inside a born-digital document). A page with a little text of its own and no image goes to OCR for
    nothing (a 5,000-page file of one short line a page would take hours); a page with an image past
    max_image_megapixels is not rendered (a 40000 x 40000 pixel image takes gigabytes) and its warning says so."""
    targets, kept = set(), []
    for issue in issues:
        if issue.kind != "no_text" or not issue.page:
            kept.append(issue)
            continue
        width, height = _largest_image(reader.pages[issue.page - 1].get("/Resources"))
        if width * height > limits.max_image_pixels:
            kept.append(Issue(name, "limit", f"page {issue.page} has no text layer, and its image of {width} x {height} "
                              f"pixels is over {limits.max_image_pixels / 1e6:g} megapixels (limit "
                              "max_image_megapixels): it is not read by OCR and its content is not analyzed",
                              issue.page))
            continue
        if width or issue.page in furniture or not pages[issue.page - 1].text.strip():
            targets.add(issue.page)
        kept.append(issue)
    return targets, kept


def _largest_image(resources, depth: int = 0) -> tuple[int, int]:
    """(width, height) of the largest image the page draws, from the image dictionaries (nothing is decoded),
    looking into form XObjects a few levels deep; (0, 0) when there is none."""
    best = (0, 0)
    try:
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object().values() if xobjects is not None else ()):
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                size = (int(obj.get("/Width", 0)), int(obj.get("/Height", 0)))
            elif obj.get("/Subtype") == "/Form" and depth < 3:
                size = _largest_image(obj.get("/Resources"), depth + 1)
            else:
                continue
            best = max(best, size, key=lambda wh: wh[0] * wh[1])
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: no image known
        log.debug("image sizes unreadable", exc_info=True)
    return best


def _nothing_read(name: str, issues: list[Issue]) -> tuple[str, str]:
    limit = next((i for i in issues if i.kind == "limit"), None)
    if limit:
        return "limit", f"{name}: {limit.message}"
    return "no_pages", f"{name}: the PDF has no pages"


def _no_text(name: str, issues: list[Issue], ocr_on: bool, ocr_tried: bool) -> tuple[str, str]:
    """The real reason a file yielded no text: its pages failed to read, a limit stopped it, or it has no text layer
    (and what OCR did about it)."""
    errors = [i for i in issues if i.kind == "page_error"]
    if errors and not any(i.kind == "no_text" for i in issues):
        return "page_error", (f"{name}: no page could be read; {errors[0].message.removesuffix('; it is not analyzed')}"
                              f"{f' (and {len(errors) - 1} more pages)' if len(errors) > 1 else ''}; "
                              "ask the vendor for a new copy")
    limit = next((i for i in issues if i.kind == "limit"), None)
    if limit and not any(i.kind == "no_text" for i in issues):
        return "limit", f"{name}: no text was read before a limit: {limit.message}"
    if ocr_tried:
        hint = "OCR found no text either"
    elif ocr_on:
        hint = "OCR was not tried: its pages hold a little text and no image" if not limit else limit.message
    else:
        hint = "it needs OCR (on unless --no-ocr) or a text PDF from the vendor"
    return "no_text", f"{name}: no page has extractable text (a scanned document?); {hint}"


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
    return _short_text(str(exc)) or exc.__class__.__name__


def _short_text(text: str) -> str:
    return text.strip().splitlines()[0][:120] if text.strip() else ""


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
