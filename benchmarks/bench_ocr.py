"""OCR throughput and a text sample per engine, on the same rendered pages: RapidOCR (the default, from PyPI)
against Tesseract (Debian's tesseract-ocr through pytesseract, measured only when installed).

usage: python benchmarks/bench_ocr.py SCANNED.pdf [PAGES]      e.g. PAGES = 2,6,10,14 (default: first 4)
Prints pages/s per engine (engine start-up excluded, rendering included) and the first lines each engine read,
to compare by eye with the page image; glued words (15+ letters) count words the recognizer ran together.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

from rfp_analyzer.ingest.ocr import RENDER_DPI, recognize, render_page, shared_engine


def rapidocr_text(path: Path, page: int) -> str:
    return recognize(render_page(path, page))


def tesseract_text(path: Path, page: int) -> str:
    import pytesseract
    from PIL import Image

    return pytesseract.image_to_string(Image.fromarray(render_page(path, page)), lang="eng")


def measure(name: str, read, path: Path, pages: list[int]) -> None:
    start = time.perf_counter()
    texts = [read(path, page) for page in pages]
    seconds = time.perf_counter() - start
    words = " ".join(texts).split()
    glued = sum(len(re.sub(r"[^A-Za-z]", "", w)) >= 15 for w in words)
    print(f"{name}: {len(pages)} pages in {seconds:.1f} s = {len(pages) / seconds:.3f} pages/s; "
          f"{len(words)} words, {glued} glued")
    for line in [line for line in texts[0].splitlines() if line.strip()][:8]:
        print(f"    {line}")


def main(path: Path, pages: list[int]) -> None:
    print(f"{path.name}, pages {pages}, rendered at {RENDER_DPI} dpi, greyscale")
    shared_engine()  # model loading is a one-off per process, not per page
    measure("rapidocr-onnxruntime", rapidocr_text, path, pages)
    if shutil.which("tesseract"):
        measure("tesseract (pytesseract)", tesseract_text, path, pages)
    else:
        print("tesseract: not installed (apt-get install tesseract-ocr; pip install pytesseract)")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    chosen = [int(p) for p in sys.argv[2].split(",")] if len(sys.argv) > 2 else [1, 2, 3, 4]
    main(Path(sys.argv[1]), chosen)
