"""Shared PDF kit of the corpus generators: render a content file (a tiny line markup) into a PDF with reportlab,
and replace a page by a scan of itself.

Markup, one block per line (blank lines separate paragraphs):
  !title TEXT / !sub TEXT      cover title / subtitle (large, centred)
  !spacer N                    vertical space of N points
  !pb                          page break
  # TEXT / ## TEXT             headings
  - TEXT                       bullet
  | a | b | c                  table row (first row of a run is the header); cells wrap
  !small TEXT                  small print (footnotes)
  anything else                body paragraph (consecutive lines are joined)
Each vendor has a theme (font, colours, running header/footer) so the voices also look different. A theme may name
TrueType files (`ttf`: {font name: path}) that are registered and embedded before rendering.

apply_scan() replaces one page of a built PDF by a scan of itself: rendered with pypdfium2 at about 170 dpi, turned
by half a degree, lightly speckled and JPEG-compressed with Pillow, so it has no text layer and must be read with OCR.
The page's text as rendered is written to gen/scans/NAME.txt and its page number recorded in the scan map, so the
label checks (label_checks.py) can check "ocr" quotes against it.

build_set() is a set's whole gen/build.py once its documents and scans are listed: render every content file, scan
the marked pages, write gen/scan_map.json and print each PDF's page count. A set's build.py only names its DOCS and
SCANS (and, for `claims`, its own scan look), so the sets cannot drift apart in how they are built.

(The markup and the scan are those of the `claims`, `student`, `marketplace` and `hotels` generators; this module
holds them once. Needs reportlab, pypdf, pypdfium2 and Pillow.)
"""
import io
import json
import random
from pathlib import Path
from xml.sax.saxutils import escape

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def register_fonts(theme):
    for name, path in theme.get("ttf", {}).items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def styles(theme):
    base, bold = theme["font"], theme["bold"]
    size = theme.get("size", 10.5)
    accent = colors.HexColor(theme["accent"])
    return {
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size * 1.38, spaceAfter=6),
        "small": ParagraphStyle("s", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=size + 9, textColor=accent,
                             spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=size + 5, textColor=accent,
                             spaceBefore=6, spaceAfter=4),
        "title": ParagraphStyle("t", fontName=bold, fontSize=24, leading=30, alignment=TA_CENTER, textColor=accent,
                                spaceAfter=14),
        "sub": ParagraphStyle("u", fontName=base, fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=8),
        "cell": ParagraphStyle("c", fontName=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "hcell": ParagraphStyle("hc", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                textColor=colors.white),
        "bullet": ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.38, leftIndent=14,
                                 bulletIndent=4, spaceAfter=3),
    }


def _table(rows, st, theme, width):
    ncol = max(len(r) for r in rows)
    data = [[Paragraph(escape(c), st["hcell"] if i == 0 else st["cell"]) for c in r + [""] * (ncol - len(r))]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[width / ncol] * ncol if not theme.get("colw") else None, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(theme["accent"])),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def parse(text, st, theme, width):
    flow, para, rows = [], [], []

    def flush():
        if para:
            flow.append(Paragraph(escape(" ".join(para)), st["p"]))
            para.clear()
        if rows:
            flow.append(_table(list(rows), st, theme, width))
            flow.append(Spacer(1, 8))
            rows.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            if para:
                flow.append(Paragraph(escape(" ".join(para)), st["p"]))
                para.clear()
            rows.append([c.strip() for c in line.strip("|").split(" | ")])
            continue
        if not line.strip():
            flush()
            continue
        if line.startswith("!pb"):
            flush(); flow.append(PageBreak())
        elif line.startswith("!spacer "):
            flush(); flow.append(Spacer(1, float(line.split()[1])))
        elif line.startswith("!title "):
            flush(); flow.append(Paragraph(escape(line[7:]), st["title"]))
        elif line.startswith("!sub "):
            flush(); flow.append(Paragraph(escape(line[5:]), st["sub"]))
        elif line.startswith("!small "):
            flush(); flow.append(Paragraph(escape(line[7:]), st["small"]))
        elif line.startswith("## "):
            flush(); flow.append(Paragraph(escape(line[3:]), st["h2"]))
        elif line.startswith("# "):
            flush(); flow.append(Paragraph(escape(line[2:]), st["h1"]))
        elif line.startswith("- "):
            flush(); flow.append(Paragraph(escape(line[2:]), st["bullet"], bulletText="\u2022"))
        else:
            if rows:
                flush()
            para.append(line.strip())
    flush()
    return flow


def render(text, out_path, theme):
    size = LETTER if theme.get("page") == "letter" else A4
    doc = SimpleDocTemplate(str(out_path), pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=theme["doc_title"],
                            author=theme["author"])
    register_fonts(theme)
    st = styles(theme)

    def decorate(canvas, d):
        canvas.saveState()
        canvas.setFont(theme["font"], 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, size[1] - 12 * mm, theme["header"])
        canvas.drawRightString(size[0] - 20 * mm, 10 * mm, theme["footer"] % {"page": d.page})
        canvas.restoreState()

    doc.build(parse(text, st, theme, size[0] - 40 * mm), onFirstPage=decorate, onLaterPages=decorate)


# How a scan looks: render scale (2.35 is about 170 dpi), turn in degrees, one dust speck per `dust` pixels in
# these greys, blur radius and JPEG quality. `claims` keeps its rougher, earlier look (ROUGH_SCAN).
SCAN_LOOK = {"scale": 2.35, "turn": -0.5, "paper": 250, "dust": 700, "specks": (30, 90, 170), "blur": 0.45,
             "quality": 62}
ROUGH_SCAN = {"scale": 1.55, "turn": 0.8, "paper": 255, "dust": 260, "specks": (0, 60, 200), "blur": 0.5,
              "quality": 55}


def scanned_page(pdf_path, index, seed, look=SCAN_LOOK):
    """A one-page PDF (bytes) holding a slightly turned, speckled greyscale JPEG of page `index`."""
    rnd = random.Random(seed)
    page = pdfium.PdfDocument(str(pdf_path))[index]
    img = page.render(scale=look["scale"]).to_pil().convert("L")
    img = img.rotate(look["turn"], resample=Image.BICUBIC, expand=False, fillcolor=look["paper"])
    px = img.load()
    w, h = img.size
    for _ in range(w * h // look["dust"]):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice(look["specks"])
    img = img.filter(ImageFilter.GaussianBlur(look["blur"]))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=look["quality"])
    buf.seek(0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


def apply_scan(set_dir, rel, marker, name, scan_map, look=SCAN_LOOK):
    """Replace the page of set_dir/rel holding `marker` by its scan; write gen/scans/NAME.txt; note it in scan_map."""
    set_dir = Path(set_dir)
    path = set_dir / rel
    reader = PdfReader(str(path))
    texts = [p.extract_text() or "" for p in reader.pages]
    index = next(i for i, t in enumerate(texts) if marker in t)
    (set_dir / "gen" / "scans").mkdir(exist_ok=True)
    (set_dir / "gen" / "scans" / (name + ".txt")).write_text(texts[index])
    scan = PdfReader(io.BytesIO(scanned_page(path, index, seed=name, look=look)))
    writer = PdfWriter()
    for i, p in enumerate(reader.pages):
        writer.add_page(scan.pages[0] if i == index else p)
    writer.add_metadata(reader.metadata or {})
    with open(path, "wb") as fh:
        writer.write(fh)
    scan_map.setdefault(rel, {})[name] = index + 1


def build_set(set_dir, docs, scans, themes, look=SCAN_LOOK):
    """Build a set: render each (content file, output path, theme) of `docs` from gen/content, replace each
    (pdf, marker, scan name) of `scans` by its scan, write gen/scan_map.json and print each PDF's page count."""
    set_dir = Path(set_dir)
    for src, out, theme in docs:
        target = set_dir / out
        target.parent.mkdir(parents=True, exist_ok=True)
        render((set_dir / "gen" / "content" / src).read_text(), target, themes[theme])
    scan_map = {}
    for rel, marker, name in scans:
        apply_scan(set_dir, rel, marker, name, scan_map, look)
    (set_dir / "gen" / "scan_map.json").write_text(json.dumps(scan_map, indent=1) + "\n")
    for _, out, _ in docs:
        print(out, len(PdfReader(str(set_dir / out)).pages), "pages")
