"""Rebuild the `marketplace` set's PDFs from gen/content/*.txt.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Helvetia Dialog's offer (Schedule 4: service levels, credits, cap and the early-termination sum) is replaced
by a scan of itself: rendered with pypdfium2 at about 170 dpi, turned by half a degree, lightly speckled and
JPEG-compressed with Pillow, so it has no text layer and must be read with OCR. Its text as rendered is kept in
gen/scans/helvetia-schedule-4.txt and its page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against
that text. (Copied from the `student` set's generator.)
"""
import io
import json
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from render import render
from themes import THEMES

GEN = Path(__file__).resolve().parent
SET = GEN.parent
CONTENT = GEN / "content"

DOCS = [  # content file, output path, theme
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("wisla-proposal.txt", "proposals/wisla/proposal.pdf", "wisla"),
    ("wisla-pricing.txt", "proposals/wisla/commercial-offer.pdf", "wisla_price"),
    ("helvetia.txt", "proposals/helvetia-dialog.pdf", "helvetia"),
    ("brightloop.txt", "proposals/brightloop.pdf", "brightloop"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/helvetia-dialog.pdf", "Schedule 4 - Service Levels, Service Credits and Termination", "helvetia-schedule-4"),
]


def scanned_page(pdf_path, index, seed):
    """A one-page PDF (bytes) holding a slightly turned, speckled greyscale JPEG of page `index`."""
    rnd = random.Random(seed)
    page = pdfium.PdfDocument(str(pdf_path))[index]
    img = page.render(scale=2.35).to_pil().convert("L")
    img = img.rotate(-0.5, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 700):  # dust
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((30, 90, 170))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=62)
    buf.seek(0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


def apply_scan(rel, marker, name, scan_map):
    path = SET / rel
    reader = PdfReader(str(path))
    texts = [p.extract_text() or "" for p in reader.pages]
    index = next(i for i, t in enumerate(texts) if marker in t)
    (GEN / "scans" / (name + ".txt")).write_text(texts[index])
    scan = PdfReader(io.BytesIO(scanned_page(path, index, seed=name)))
    writer = PdfWriter()
    for i, p in enumerate(reader.pages):
        writer.add_page(scan.pages[0] if i == index else p)
    writer.add_metadata(reader.metadata or {})
    with open(path, "wb") as fh:
        writer.write(fh)
    scan_map.setdefault(rel, {})[name] = index + 1


def main():
    for src, out, theme in DOCS:
        target = SET / out
        target.parent.mkdir(parents=True, exist_ok=True)
        render((CONTENT / src).read_text(), target, THEMES[theme])
    (GEN / "scans").mkdir(exist_ok=True)
    scan_map = {}
    for rel, marker, name in SCANS:
        apply_scan(rel, marker, name, scan_map)
    (GEN / "scan_map.json").write_text(json.dumps(scan_map, indent=1) + "\n")
    for _, out, _ in DOCS:
        print(out, len(PdfReader(str(SET / out)).pages), "pages")


if __name__ == "__main__":
    main()
