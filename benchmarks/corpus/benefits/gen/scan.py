"""Build an image-only ("scanned") PDF page from a small text source.

Source lines:  "#H text" letterhead name, "#S text" letterhead sub-line, "!sig" a handwritten signature,
"!rule" a horizontal rule, "  " blank line, anything else: a body line (wrapped to the page width).
"""
import io
import math
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
DPI = 150


def scan_text(src):
    """The plain text of a scan source (what a perfect OCR would read)."""
    out = []
    for line in src.splitlines():
        if line.startswith("!"):
            continue
        if line.startswith("#H ") or line.startswith("#S "):
            out.append(line[3:])
        else:
            out.append(line)
    return "\n".join(out)


def render_image(src, seed=11):
    random.seed(seed)
    W, H = int(8.5 * DPI), int(11 * DPI)
    img = Image.new("L", (W, H), 248)
    d = ImageDraw.Draw(img)
    body = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 22)
    head = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 34)
    sub = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 17)
    x0, y = 120, 110
    maxw = W - 2 * x0
    for line in src.splitlines():
        if line.startswith("#H "):
            tw = d.textlength(line[3:], font=head)
            d.text(((W - tw) / 2, y), line[3:], font=head, fill=30)
            y += 46
        elif line.startswith("#S "):
            tw = d.textlength(line[3:], font=sub)
            d.text(((W - tw) / 2, y), line[3:], font=sub, fill=60)
            y += 24
        elif line.strip() == "!rule":
            d.line((x0, y + 6, W - x0, y + 6), fill=70, width=2)
            y += 22
        elif line.strip() == "!sig":
            pts = []
            bx, by = x0 + 10, y + 34
            for i in range(90):
                tt = i / 89.0
                pts.append((bx + tt * 260 + 14 * math.sin(tt * 19), by - 22 * math.sin(tt * 11) * (1 - tt * 0.6)
                            + random.uniform(-1.5, 1.5)))
            d.line(pts, fill=25, width=3)
            d.line((bx + 40, by + 14, bx + 250, by + 4), fill=40, width=2)
            y += 70
        elif not line.strip():
            y += 16
        else:
            words = line.split(" ")
            cur = ""
            for w in words:
                trial = (cur + " " + w).strip()
                if d.textlength(trial, font=body) > maxw:
                    d.text((x0, y), cur, font=body, fill=20)
                    y += 31
                    cur = w
                else:
                    cur = trial
            if cur:
                d.text((x0, y), cur, font=body, fill=20)
                y += 31
    # scanner artefacts: slight rotation, blur, speckle noise, uneven gray
    img = img.rotate(0.55, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(9000):
        xx, yy = random.randrange(W), random.randrange(H)
        px[xx, yy] = max(0, min(255, px[xx, yy] + random.randint(-90, 40)))
    for yy in range(0, H, 3):
        if random.random() < 0.02:
            for xx in range(W):
                px[xx, yy] = max(0, px[xx, yy] - 12)
    return img


def scan_pdf_page(src, seed=11):
    """Return the bytes of a one-page PDF holding only the picture of the rendered source."""
    img = render_image(src, seed)
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=55)
    jb.seek(0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.drawImage(ImageReader(jb), 0, 0, letter[0], letter[1])
    c.showPage()
    c.save()
    return out.getvalue()
