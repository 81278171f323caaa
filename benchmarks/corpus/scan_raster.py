"""PIL helpers of the scanned (image-only) pages that markup_render.py (itsd, utilities) and theme_render.py
(telecom, travel) draw: a DejaVu (or reportlab Vera) font at a size, a scanner's look (tilt, blur, specks, edge
shadow) and greedy word wrapping to a pixel width.
"""
import os
import random


def font(size, serif=True, bold=False):
    from PIL import ImageFont
    import reportlab
    cands = []
    if serif:
        cands += ['/usr/share/fonts/truetype/dejavu/DejaVuSerif%s.ttf' % ('-Bold' if bold else '')]
    else:
        cands += ['/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf' % ('-Bold' if bold else '')]
    rl = os.path.join(os.path.dirname(reportlab.__file__), 'fonts')
    cands += [os.path.join(rl, 'VeraBd.ttf' if bold else 'Vera.ttf')]
    for c in cands:
        if os.path.exists(c):
            return ImageFont.truetype(c, size)
    return ImageFont.load_default()

def scanify(img, seed, angle=0.5):
    from PIL import Image, ImageFilter, ImageDraw
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(260):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randrange(90, 180))
    for k in range(14):  # scanner edge shadow
        g = 150 + k * 7
        d.line([(k, 0), (k, h)], fill=g); d.line([(w - 1 - k, 0), (w - 1 - k, h)], fill=min(245, g + 30))
    return img

def wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ''
    for wd in words:
        trial = (cur + ' ' + wd).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur); cur = wd
    if cur:
        lines.append(cur)
    return lines
