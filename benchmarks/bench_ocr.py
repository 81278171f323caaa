"""OCR speed and accuracy, side by side in one run: the previous RapidOCR set-up against the current one (and
Tesseract when the system has it), on the same pages.

usage: python benchmarks/bench_ocr.py [PAGES] [SCANNED.pdf]
    PAGES        synthetic scans to generate (default 6): text drawn into page images with known content, so the
                 character error rate (CER) is measured against the text that was drawn
    SCANNED.pdf  optional real scan: its first 4 pages are read by each set-up too (pages/s only, no truth)

Prints pages/s (rendering included, engine start-up excluded) and CER per set-up, and the speed-up of the
current set-up over the previous one; the set-ups take turns (A B B A) so that load from elsewhere is shared.
"previous": RapidOCR's defaults (text detection on the full 150 dpi render, the 180-degree angle classifier on
every line, lines recognized 6 at a time), one page at a time. "current": see rfp_analyzer/ingest/ocr.py.
"""

from __future__ import annotations

import io
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from rfp_analyzer.ingest.ocr import OCR_WORKERS, RENDER_DPI, engine_for, read_pages, recognize, render_page, tesseract_available

WORDS = ("service level agreement transition fee invoiced monthly agents coverage escalation annual minimum "
         "commitment training replacement attrition quality assurance calls emails within seconds hours business "
         "days per FTE rate card overtime holiday premium governance reporting security certified staff").split()


def page_lines(rng: random.Random) -> list[tuple[str, int]]:
    """A page of a proposal as a scanner sees it: a heading, prose, and table rows with amounts."""
    lines = [(f"{rng.randint(1, 12)}. {rng.choice(WORDS).title()} and {rng.choice(WORDS)}", 26)]
    for _ in range(26):
        if rng.random() < 0.3:
            row = (f"{rng.choice(WORDS).title()} {rng.choice(WORDS)}    USD {rng.randint(10, 90)},{rng.randint(100, 999)}"
                   f"    {rng.randint(2, 48)} FTE    {rng.randint(1, 9)}.{rng.randint(0, 9)}%")
            lines.append((row, 20))
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 13))]
            lines.append((" ".join(words).capitalize() + f" ({rng.randint(1, 99)}%).", 20))
    return lines


def write_scans(path: Path, count: int) -> list[str]:
    """`count` image-only pages; returns the text drawn on each."""
    font_file = Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"
    rng = random.Random(16)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    truths = []
    for _ in range(count):
        lines = page_lines(rng)
        image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        draw = ImageDraw.Draw(image)
        y = 110
        for text, size in lines:
            draw.text((110, y), text, font=ImageFont.truetype(str(font_file), size), fill=25)
            y += int(size * 2.1)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        pdf.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
        pdf.showPage()
        truths.append("\n".join(text for text, _ in lines))
    pdf.save()
    return truths


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row per character of `a`."""
    if not a or not b:
        return len(a) or len(b)
    codes = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    positions = np.arange(len(b) + 1)
    row = positions.copy()
    for i, char in enumerate(a, start=1):
        substituted = row[:-1] + (codes != ord(char))
        best = np.minimum(row[1:] + 1, substituted)
        candidate = np.concatenate(([i], best))
        row = np.minimum.accumulate(candidate - positions) + positions  # insertions along the row
    return int(row[-1])


def cer(truth: str, read: str) -> float:
    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()
    return levenshtein(flat(truth), flat(read)) / max(len(flat(truth)), 1)


def previous_setup() -> Callable[[Path, list[int]], dict[int, str]]:
    """The set-up before issue 16: RapidOCR's defaults, page after page."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(print_verbose=False)
    return lambda path, pages: {n: recognize(render_page(path, n), engine) for n in pages}


def current_setup(kind: str) -> Callable[[Path, list[int]], dict[int, str]]:
    engine_for(kind)  # load the models before the clock starts
    return lambda path, pages: read_pages(path, pages, None, kind)[0]


def measure(read: Callable[[Path, list[int]], dict[int, str]], path: Path, pages: list[int]) -> tuple[float, dict]:
    start = time.perf_counter()
    texts = read(path, pages)
    return time.perf_counter() - start, texts


def compare(setups: list[tuple[str, Callable]], path: Path, pages: list[int], truths: list[str] | None) -> list[float]:
    """pages/s (and CER against `truths`) per set-up. The machine is shared, so the set-ups take turns twice in
    mirrored order (A B B A): a burst of load elsewhere falls on both, not on one."""
    order = list(range(len(setups))) + list(reversed(range(len(setups))))
    seconds = [0.0] * len(setups)
    texts: list[dict] = [{} for _ in setups]
    for i in order:
        spent, texts[i] = measure(setups[i][1], path, pages)
        seconds[i] += spent
    rates = []
    for (name, _), spent, read in zip(setups, seconds, texts):
        rates.append(2 * len(pages) / spent)
        errors = (f"CER {sum(cer(t, read.get(n, '')) for n, t in zip(pages, truths)) / len(pages):.4f}"
                  if truths else "")
        print(f"  {name:<30} {rates[-1]:6.3f} pages/s  {errors}")
    print(f"  current / previous: {rates[1] / rates[0]:.2f}x pages/s")
    return rates


def main(count: int, scanned: Path | None) -> None:
    setups = [("previous (RapidOCR defaults)", previous_setup()), ("current (rapidocr)", current_setup("rapidocr"))]
    if tesseract_available():
        setups.append(("tesseract", current_setup("tesseract")))
    else:
        print("tesseract: not installed (apt-get install tesseract-ocr): not measured")
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp) / "scans.pdf"
        truths = write_scans(synthetic, count)
        print(f"{count} synthetic scanned pages, rendered at {RENDER_DPI} dpi, {OCR_WORKERS} workers:")
        compare(setups, synthetic, list(range(1, count + 1)), truths)
        if scanned:
            print(f"{scanned.name}, pages 1-4 (no known text: pages/s only):")
            compare(setups, scanned, [1, 2, 3, 4], None)

if __name__ == "__main__":
    if len(sys.argv) > 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6, Path(sys.argv[2]) if len(sys.argv) > 2 else None)
