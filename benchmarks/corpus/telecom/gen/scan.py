"""Raster ("scanned") page for the telecom set: a signed commercial addendum drawn with PIL,
then skewed, blurred and speckled, saved as a greyscale JPEG and embedded without a text layer."""
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

_DJ = '/usr/share/fonts/truetype/dejavu/'


def _f(name, size):
    return ImageFont.truetype(_DJ + name + '.ttf', size)


def _wrap(d, text, font, width):
    out, cur = [], ''
    for w in text.split():
        t = (cur + ' ' + w).strip()
        if d.textlength(t, font=font) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def make_addendum(path, header, title, clauses, signer, signer_title, stamp_text, seed=11,
                  size=(1240, 1754)):
    """clauses: list of (heading, text). Returns the plain text drawn (for label checks)."""
    W, H = size
    img = Image.new('L', size, 250)
    d = ImageDraw.Draw(img)
    fh = _f('DejaVuSansCondensed-Bold', 24)
    fs = _f('DejaVuSansCondensed', 18)
    ft = _f('DejaVuSerif-Bold', 27)
    fb = _f('DejaVuSerif', 22)
    fbb = _f('DejaVuSerif-Bold', 22)
    drawn = []
    x0, y = 120, 95
    d.text((x0, y), header[0], font=fh, fill=40)
    for s in header[1:]:
        y += 28
        d.text((x0, y), s, font=fs, fill=80)
    y += 40
    d.line([(x0, y), (W - 120, y)], fill=70, width=2)
    y += 40
    for ln in _wrap(d, title, ft, W - 2 * x0):
        d.text((x0, y), ln, font=ft, fill=25)
        y += 38
    drawn.append(title)
    y += 24
    for head, text in clauses:
        d.text((x0, y), head, font=fbb, fill=25)
        y += 32
        for ln in _wrap(d, text, fb, W - 2 * x0 - 20):
            d.text((x0 + 20, y), ln, font=fb, fill=30)
            y += 31
        y += 18
        drawn.append(head + ' ' + text)
    y += 20
    d.text((x0, y), 'For Supplier:', font=fb, fill=30)
    rnd = random.Random(seed)
    pts, px = [], x0 + 40
    for k in range(40):
        px += rnd.randint(5, 10)
        pts.append((px, y + 75 + int(22 * math.sin(k * 0.8 + rnd.random())) + rnd.randint(-5, 5)))
    d.line(pts, fill=20, width=3)
    y += 120
    d.text((x0, y), signer, font=fbb, fill=30)
    d.text((x0, y + 30), signer_title, font=fb, fill=30)
    # round company stamp
    cx, cy, r = W - 330, y - 20, 105
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=95, width=4)
    d.ellipse([cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14], outline=95, width=2)
    fst = _f('DejaVuSansCondensed-Bold', 17)
    for i, line in enumerate(stamp_text):
        tw = d.textlength(line, font=fst)
        d.text((cx - tw / 2, cy - 30 + i * 24), line, font=fst, fill=95)
    drawn.append(signer + ' ' + signer_title)
    # scan artefacts
    img = img.rotate(0.7, resample=Image.BICUBIC, expand=False, fillcolor=238)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    for _ in range(420):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        rr = rnd.choice([1, 1, 2])
        d.ellipse([x, yy, x + rr, yy + rr], fill=rnd.randrange(80, 170))
    for k in range(16):
        d.line([(k, 0), (k, H)], fill=140 + k * 6)
        d.line([(0, H - 1 - k), (W, H - 1 - k)], fill=min(245, 170 + k * 4))
    img.save(path, 'JPEG', quality=70, optimize=True)
    return drawn
