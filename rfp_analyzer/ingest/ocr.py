"""OCR for pages without a text layer (scans, price tables drawn as vector outlines).

Such a page is rendered with pypdfium2 and read by RapidOCR (`rapidocr-onnxruntime`, PP-OCRv4 ONNX models shipped
inside the wheel, so nothing is downloaded at run time), or by Tesseract when the system has it and the setting
`ocr_engine = "tesseract"` asks for it (`auto`, the default: RapidOCR when installed, else Tesseract when on the
PATH). The OCR text becomes the page's text: it is chunked, indexed, quoted and verified like any other, and the
page is marked `ocr` so every citation from it says so, whichever engine read it.

Speed (benchmarks/bench_ocr.py measures it against the previous set-up, with the character error rate against the
text drawn into synthetic scans):
- text detection runs on the page scaled down to DETECT_SIDE pixels on its longer side, and recognition on the
  lines cropped from the full-resolution render: detection cost grows with the pixel count, while recognition
  rescales each line to a fixed height either way, so small print is still read from full-resolution pixels;
- the 180-degree angle classifier is skipped: scanned proposals are upright, and it ran on every line;
- each line is recognized on its own (REC_BATCH = 1): RapidOCR pads every line of a batch to the widest one, and on
  a page of prose and table rows the padding cost more than batching saved (measured side by side: 1.67x faster
  than batches of 6, and a lower character error rate, the padding no longer being read);
- one engine per process (loading its models takes seconds), shared by OCR_WORKERS threads that read pages in
  parallel, each ONNX session using one thread, so the work stays within the machine's cores.
Pages that reach OCR have fewer than 20 visible characters in their text layer (that is what sends them here), so
there is no text-layer region worth masking out of the image.

OCR is slow (seconds per page on a laptop), so results are cached per file content and page under the index
folder: a re-run, or a run interrupted half-way through a long scan, does not read the same page twice.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import json
import logging
import os
import shutil
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..models import Issue, Page
from ..progress import NullProgress, Progress
from ..text import normalize_page

log = logging.getLogger(__name__)

ENGINE_PACKAGE = "rapidocr-onnxruntime"
CACHE_DIR = "ocr-cache"
# 150 dpi reads 9-point text reliably; higher only slows text detection (its cost grows with the pixel count,
# while recognition works on lines rescaled to a fixed height either way).
RENDER_DPI = 150
# Caps the rendered size of oversized pages (drawings, A0 plans): memory and detection time stay bounded.
MAX_RENDER_SIDE = 2400
# Text detection sees the page at most this large (longer side, pixels); recognition reads the full render.
DETECT_SIDE = 960
# Lines the recognizer is less sure of than this are dropped rather than indexed as noise.
MIN_LINE_SCORE = 0.6
# How far text boxes are grown around the detected text (RapidOCR's default is 1.6). Tight boxes make the
# recognizer run English words together ("itismypleasure"); 2.0 keeps the spaces, measured on a real scan and a
# synthetic one (benchmarks/bench_ocr.py), without merging adjacent lines.
UNCLIP_RATIO = 2.0
# Lines recognized per model run. RapidOCR pads each line of a batch to the batch's widest line (its default is 6).
REC_BATCH = 1
# Pages read at a time: one per core, up to 4 (each ONNX session then uses one thread).
OCR_WORKERS = max(1, min(os.cpu_count() or 1, 4))
# "auto" prefers Tesseract when the system has it: on a scanned annex in contract prose RapidOCR ran words together
# (word recall 0.37 against the drawn text, Tesseract 0.97), and Tesseract read synthetic scans 2.7x faster at a
# like character error rate (benchmarks/bench_ocr.py). RapidOCR is the engine pip alone installs.
ENGINES = ("tesseract", "rapidocr")
# Named in every message about the per-file time limit (reading and OCR), so a reading it cut is recognized.
TIME_LIMIT_NOTE = "(limit max_seconds_per_file)"

_RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe


def rapidocr_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr_onnxruntime", "pypdfium2"))


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None and importlib.util.find_spec("pypdfium2") is not None


def choose_engine(setting: str = "auto") -> str | None:
    """The engine to use for the `ocr_engine` setting (auto, rapidocr, tesseract), None when it is not installed."""
    available = {"rapidocr": rapidocr_available, "tesseract": tesseract_available}
    wanted = ENGINES if setting == "auto" else (setting,)
    return next((engine for engine in wanted if available[engine]()), None)


def ocr_available() -> bool:
    """True when an OCR engine and the PDF renderer are installed (OCR is then on by default)."""
    return choose_engine() is not None


def engine_id(engine: str = "rapidocr") -> str:
    """Names what produced a cached text: another engine, version or set-up reads the pages again."""
    if engine == "tesseract":
        return f"tesseract-{_tesseract_version()}@{RENDER_DPI}dpi"
    return (f"{ENGINE_PACKAGE}-{importlib.metadata.version(ENGINE_PACKAGE)}@{RENDER_DPI}dpi-unclip{UNCLIP_RATIO}"
            f"-detect{DETECT_SIDE}-nocls-rec{REC_BATCH}")


@lru_cache(maxsize=1)
def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).split("\n", 1)[0].replace("tesseract", "").strip()


@lru_cache(maxsize=1)
def shared_engine():
    """One RapidOCR engine per process, created on first use: loading its three models takes seconds."""
    from rapidocr_onnxruntime import RapidOCR  # imported here: runs without scanned pages never pay for it

    threads = 1 if OCR_WORKERS > 1 else -1
    return RapidOCR(print_verbose=False, use_cls=False, det_limit_type="max", det_limit_side_len=DETECT_SIDE,
                    rec_batch_num=REC_BATCH, intra_op_num_threads=threads, inter_op_num_threads=1)


def engine_for(engine: str):
    """What `recognize` needs for `engine`, loaded now (for callers that time the reading itself)."""
    return shared_engine() if engine == "rapidocr" else None


def render_page(path: Path, number: int, password: str | None = None) -> np.ndarray:
    """Page `number` (1-based) as a greyscale image at RENDER_DPI, scaled down if it would be oversized."""
    import pypdfium2

    with _RENDER_LOCK:
        document = pypdfium2.PdfDocument(str(path), password=password or None)
        try:
            page = document[number - 1]
            width, height = page.get_size()
            scale = min(RENDER_DPI / 72, MAX_RENDER_SIDE / max(width, height, 1))
            return page.render(scale=scale, grayscale=True).to_numpy().copy()
        finally:
            document.close()


def recognize(image: np.ndarray, engine=None) -> str:
    """The text of an image read by RapidOCR (`engine`: the shared one unless given), one line per visual line,
    top to bottom and left to right."""
    found, _ = (engine or shared_engine())(image, unclip_ratio=UNCLIP_RATIO)
    boxes = [(box, text.strip()) for box, text, score in found or [] if float(score) >= MIN_LINE_SCORE and text.strip()]
    # NFKC: the recognizer's dictionary is Chinese-first and sometimes returns full-width punctuation ("，").
    return unicodedata.normalize("NFKC", "\n".join(" ".join(line) for line in visual_lines(boxes)))


def tesseract_text(image: np.ndarray) -> str:
    """The text of an image read by the tesseract command (one thread: pages are read in parallel instead)."""
    from PIL import Image

    png = io.BytesIO()
    Image.fromarray(image).save(png, format="PNG")
    done = subprocess.run(["tesseract", "stdin", "stdout", "--dpi", str(RENDER_DPI), "-l", "eng"], input=png.getvalue(),
                          capture_output=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    lines = [line.strip() for line in done.stdout.decode("utf-8", "replace").splitlines()]
    return unicodedata.normalize("NFKC", "\n".join(line for line in lines if line))


class _PastDeadline(Exception):
    pass


def read_pages(path: Path, numbers: list[int], password: str | None, engine: str = "rapidocr",
               on_page: Callable[[int, str | None], None] | None = None,
               deadline: float | None = None) -> tuple[dict[int, str], dict[int, str]]:
    """OCR text of some pages, OCR_WORKERS at a time; errors say per page why it has none (the exception, or the
    file's time limit, `deadline` in time.monotonic()). `on_page` is called in the caller's thread as each page
    finishes (its text, or None when it failed)."""
    read = tesseract_text if engine == "tesseract" else recognize

    def one(number: int) -> str:
        if deadline is not None and time.monotonic() > deadline:
            raise _PastDeadline
        return read(render_page(path, number, password))

    texts: dict[int, str] = {}
    errors: dict[int, str] = {}
    with ThreadPoolExecutor(max_workers=OCR_WORKERS) as pool:
        pending = {pool.submit(one, n): n for n in numbers}
        for future in as_completed(pending):
            number = pending[future]
            try:
                texts[number] = future.result()
            except _PastDeadline:
                errors[number] = f"OCR was not run: the file took too long {TIME_LIMIT_NOTE}"
            except Exception as exc:  # noqa: BLE001 - one unreadable page must not stop the others
                log.debug("OCR of page %s of %s failed", number, path, exc_info=(type(exc), exc, exc.__traceback__))
                errors[number] = f"OCR failed ({exc.__class__.__name__})"
            if on_page:
                on_page(number, texts.get(number))
    return texts, errors


def visual_lines(boxes: list[tuple[list, str]]) -> list[list[str]]:
    """Group text boxes (4 corner points, text) whose vertical centres lie within half a line height of each
    other: the cells of a table row are read as one line, left to right, as pypdf reads a text table."""
    items = []
    for box, text in boxes:
        ys = [point[1] for point in box]
        items.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(point[0] for point in box), text))
    items.sort(key=lambda item: item[0])
    lines: list[list[tuple]] = []
    for item in items:
        first = lines[-1][0] if lines else None
        if first and abs(item[0] - first[0]) <= 0.5 * max(item[1], first[1]):
            lines[-1].append(item)
        else:
            lines.append([item])
    return [[text for _, _, _, text in sorted(line, key=lambda item: item[2])] for line in lines]


class OcrCache:
    """OCR text per (file sha256, page) in `<index>/ocr-cache/<sha256>.json`, saved after every page."""

    def __init__(self, index_dir: Path, engine: str = "rapidocr") -> None:
        self.folder = Path(index_dir) / CACHE_DIR
        self.engine = engine
        self.engine_id = engine_id(engine)

    def load(self, sha256: str) -> dict[int, str]:
        try:
            stored = json.loads((self.folder / f"{sha256}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if stored.get("engine") != self.engine_id:
            return {}
        return {int(n): text for n, text in stored.get("pages", {}).items()}

    def save(self, sha256: str, pages: dict[int, str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{sha256}.json"
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"engine": self.engine_id, "pages": pages}), encoding="utf-8")
        tmp.replace(target)


def prune_ocr_cache(index_dir: Path, keep: set[str]) -> int:
    """Delete the OCR text of files other than `keep` (sha256), and temporary files a killed run left; returns how
    many. The current proposals keep theirs, also when their pages came from the stage cache or OCR is off now."""
    folder = Path(index_dir) / CACHE_DIR
    stale = [path for path in folder.glob("*") if path.is_file()
             and (path.suffix == ".tmp" or path.name.split(".")[0] not in keep)]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


class PageOcr:
    """Gives the pages flagged `no_text` their OCR text; pages OCR cannot read keep their warning."""

    def __init__(self, cache: OcrCache, progress: Progress | None = None) -> None:
        self.cache = cache
        self.progress = progress or NullProgress()
        self.pages_read = 0  # pages OCR'd in this run (cache hits excluded)
        self.failures = 0  # pages whose OCR raised an error in this run

    def apply(self, path: Path, name: str, sha256: str, pages: list[Page], issues: list[Issue],
              password: str | None, min_chars: int, targets: set[int] | None = None,
              deadline: float | None = None) -> tuple[list[Page], list[Issue]]:
        """Pages and issues of a file, with OCR text on each target page (default: every no_text page) where OCR reads
        `min_chars` or more; pages not reached by `deadline` (time.monotonic()) are left unread, and say why."""
        targets = sorted(targets if targets is not None else {i.page for i in issues if i.kind == "no_text" and i.page})
        if not targets:
            return pages, issues
        texts, errors = self._texts(path, name, sha256, targets, password, deadline)
        read = {n for n in targets if len(texts.get(n, "").replace("\n", "")) >= min_chars}
        pages = [replace(p, raw_text=texts[p.number], text=normalize_page(texts[p.number]), ocr=True)
                 if p.number in read else p for p in pages]
        kept = []
        for issue in issues:
            if issue.kind == "no_text" and issue.page in read:
                continue
            if issue.kind == "no_text" and issue.page in targets:
                why = errors.get(issue.page, "OCR found no text on it")
                issue = replace(issue, message=f"page {issue.page} has no text layer and {why}; "
                                               "its content is not analyzed")
            kept.append(issue)
        return pages, kept

    def _texts(self, path: Path, name: str, sha256: str, targets: list[int], password: str | None,
               deadline: float | None) -> tuple[dict[int, str], dict[int, str]]:
        texts, errors = self.cache.load(sha256), {}
        todo = [n for n in targets if n not in texts]
        if not todo:
            return texts, errors
        task = self.progress.start(f"OCR {name}", len(todo))

        def done(number: int, text: str | None) -> None:
            if text is None:
                self.failures += 1
            else:
                texts[number] = text
                self.cache.save(sha256, texts)  # after every page: an interrupted run keeps what it read
                self.pages_read += 1
            self.progress.advance(task)

        _, errors = read_pages(path, todo, password, self.cache.engine, done, deadline)
        self.progress.finish(task)
        return texts, errors
