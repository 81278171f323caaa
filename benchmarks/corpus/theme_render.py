"""The renderer of the telecom and travel sets (their gen/build.py import it): markup_render.Renderer, the itsd
and utilities renderer, with consecutive plain lines joined into one paragraph, as these sets' content files are
written; plus the DejaVu faces their themes name (telecom's families, travel's DejaVuCond* names) and, for
travel, a scanned text page drawn with PIL (make_scan_page_png). The two sets had one copy each of a renderer
adapted from the finserv set's, the same as markup_render.py but for the line joining, the faces and fewer cover,
heading and table styles (which these sets' themes do not name), so they now share it. The markup is described in
markup_render.py; the PIL helpers are scan_raster.py's.
"""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import markup_render
from scan_raster import font as _font, scanify as _scanify, wrap as _wrap

_DJ = '/usr/share/fonts/truetype/dejavu/'
def register_fonts():
    fams = {'DejaVuSans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'),
            'DejaVuSansCondensed': ('DejaVuSansCondensed', 'DejaVuSansCondensed-Bold',
                                    'DejaVuSansCondensed-Oblique', 'DejaVuSansCondensed-BoldOblique'),
            'DejaVuSerif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic')}
    for fam, files in fams.items():
        for f in files:
            if f not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(f, _DJ + f + '.ttf'))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily(fam, normal=files[0], bold=files[1], italic=files[2], boldItalic=files[3])
    for name, file in (('DejaVuCond', 'DejaVuSansCondensed'), ('DejaVuCond-Bold', 'DejaVuSansCondensed-Bold'),
                       ('DejaVuCond-Oblique', 'DejaVuSansCondensed-Oblique')):  # travel's names of the faces
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _DJ + file + '.ttf'))
register_fonts()


class Renderer(markup_render.Renderer):
    join_lines = True


# ---------------------------------------------------------------- scanned document page (PIL), travel set
def make_scan_page_png(path, blocks, size=(1240, 1754), seed=11, angle=0.6, serif=False):
    """Draw a text page (A4 at 150 dpi) as a 'scanned' greyscale image.
    blocks: ('title', text) | ('h', text) | ('p', text) | ('small', text) | ('table', rows, col_fracs)
            | ('rule',) | ('gap', px) | ('header', left, right) | ('footer', text)
    Returns the plain text drawn (for label verification of image-only pages)."""
    from PIL import Image, ImageDraw
    W, H = size
    img = Image.new('L', size, 247)
    d = ImageDraw.Draw(img)
    f_title = _font(34, serif, True); f_h = _font(25, serif, True); f_p = _font(21, serif)
    f_s = _font(17, serif); f_tb = _font(18, serif, True); f_t = _font(18, serif)
    x0 = 110; y = 95; inner = W - 2 * x0
    drawn = []
    for b in blocks:
        k = b[0]
        if k == 'header':
            d.text((x0, 55), b[1], font=f_s, fill=90)
            d.text((W - x0 - d.textlength(b[2], font=f_s), 55), b[2], font=f_s, fill=90)
            d.line([(x0, 82), (W - x0, 82)], fill=120, width=1)
            drawn += [b[1], b[2]]; y = 110
        elif k == 'footer':
            d.text((x0, H - 80), b[1], font=f_s, fill=90); drawn.append(b[1])
        elif k == 'title':
            d.text((x0, y), b[1], font=f_title, fill=25); y += 52; drawn.append(b[1])
        elif k == 'h':
            y += 10; d.text((x0, y), b[1], font=f_h, fill=30); y += 38; drawn.append(b[1])
        elif k in ('p', 'small'):
            f = f_p if k == 'p' else f_s
            lh = 29 if k == 'p' else 23
            for ln in _wrap(d, b[1], f, inner):
                d.text((x0, y), ln, font=f, fill=35); y += lh
            y += 12; drawn.append(b[1])
        elif k == 'rule':
            d.line([(x0, y), (W - x0, y)], fill=80, width=2); y += 14
        elif k == 'gap':
            y += b[1]
        elif k == 'table':
            rows, fr = b[1], b[2]
            ws = [int(inner * f / sum(fr)) for f in fr]
            for ri, r in enumerate(rows):
                font = f_tb if ri == 0 else f_t
                cells = [_wrap(d, c, font, w - 16) for c, w in zip(r, ws)]
                hgt = max(len(c) for c in cells) * 24 + 14
                x = x0
                if ri == 0:
                    d.rectangle([x0, y, x0 + sum(ws), y + hgt], fill=222)
                for c, w in zip(cells, ws):
                    d.rectangle([x, y, x + w, y + hgt], outline=70, width=1)
                    yy = y + 7
                    for ln in c:
                        d.text((x + 8, yy), ln, font=font, fill=30); yy += 24
                    x += w
                y += hgt
                drawn.append(' '.join(r))
            y += 18
    img = _scanify(img, seed, angle=angle)
    img.save(path, optimize=True)
    return '\n'.join(drawn)
