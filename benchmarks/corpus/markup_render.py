"""Markup-to-PDF renderer of the itsd and utilities sets (their gen/build.py import it; written for itsd, adapted
from the finserv renderer: added TTF fonts, new cover/heading/table styles and a scanned rate-card raster; the
utilities set reused it unchanged, so the one copy lives here, beside pdfkit.py, the other sets' renderer). Its PIL
helpers (fonts, scanner look, wrapping) are scan_raster.py's. theme_render.py (telecom, travel) subclasses its
Renderer with join_lines set.

Content files use a light line-oriented markup:
  # H1 / ## H2 / ### H3        headings
  plain lines                   paragraph: one per line (itsd, utilities), or consecutive lines joined when
                                the Renderer's join_lines is set (theme_render.Renderer: telecom, travel)
  - item                        bullet (continuation lines start with two spaces)
  + item                        numbered item
  | a | b | c |                 table row (first row is the header unless @table head=0)
  @table cols=3,1,1 size=8 head=1 style=grid   options for the next table
  ^ text                        footnote-sized note
  ~ text                        fine print paragraph (small)
  > text                        callout box
  @pagebreak  @colbreak  @spacer N  @condbreak INCHES  @image NAME
  @cover ... @endcover          key: value lines for the cover page
  // comment
Inline tags <b>, <i>, <font>, <br/> are passed through; a bare & or < is escaped.
"""
import os, re, math, random
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, FrameBreak, CondPageBreak,
                                KeepTogether, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from scan_raster import font as _font, scanify as _scanify, wrap as _wrap

_DJ = '/usr/share/fonts/truetype/dejavu/'
for _name, _file in (('DVSerif', 'DejaVuSerif.ttf'), ('DVSerif-Bold', 'DejaVuSerif-Bold.ttf'),
                     ('DVSerif-Italic', 'DejaVuSerif-Italic.ttf'), ('DVSansCond', 'DejaVuSansCondensed.ttf'),
                     ('DVSansCond-Bold', 'DejaVuSansCondensed-Bold.ttf'),
                     ('DVSansCond-Oblique', 'DejaVuSansCondensed-Oblique.ttf'),
                     ('DVMono', 'DejaVuSansMono.ttf'), ('DVMono-Bold', 'DejaVuSansMono-Bold.ttf')):
    if os.path.exists(_DJ + _file):
        pdfmetrics.registerFont(TTFont(_name, _DJ + _file))

# ---------------------------------------------------------------- markup parsing
_TAG_OK = r'(?:b|i|u|font|super|sub|br|strike)'

def esc(s):
    s = re.sub(r'&(?!(?:amp|lt|gt|quot|nbsp|#\d+);)', '&amp;', s)
    s = re.sub(r'<(?!/?' + _TAG_OK + r'\b)', '&lt;', s)
    return s

def parse(text, join_lines=False):
    blocks, para, opts = [], [], {}
    lines = text.split('\n')
    i = 0
    def flush():
        if para:
            blocks.append(('p', ' '.join(para)))
            para.clear()
    while i < len(lines):
        raw = lines[i]
        line = raw.rstrip()
        s = line.strip()
        if s.startswith('//'):
            i += 1; continue
        if not s:
            flush(); i += 1; continue
        if line.startswith('@cover'):
            flush(); d = {}; i += 1
            while not lines[i].startswith('@endcover'):
                if ':' in lines[i]:
                    k, v = lines[i].split(':', 1)
                    d.setdefault(k.strip(), []).append(v.strip())
                i += 1
            blocks.append(('cover', d)); i += 1; continue
        if line.startswith('@'):
            flush()
            parts = s[1:].split(None, 1)
            cmd, arg = parts[0], (parts[1] if len(parts) > 1 else '')
            if cmd == 'table':
                opts = dict(kv.split('=', 1) for kv in arg.split())
            else:
                blocks.append((cmd, arg))
            i += 1; continue
        m = re.match(r'^(#{1,3}) (.*)$', line)
        if m:
            flush(); blocks.append(('h%d' % len(m.group(1)), m.group(2).strip())); i += 1; continue
        if line.startswith('- ') or line.startswith('+ '):
            flush()
            kind = 'bullets' if line[0] == '-' else 'numbers'
            items = []
            while i < len(lines) and (lines[i].startswith(line[0] + ' ') or (lines[i].startswith('  ') and items)):
                l = lines[i]
                if l.startswith(line[0] + ' '):
                    items.append(l[2:].strip())
                else:
                    items[-1] += ' ' + l.strip()
                i += 1
            blocks.append((kind, items)); continue
        if line.startswith('|'):
            flush(); rows = []
            while i < len(lines) and lines[i].startswith('|'):
                cells = [c.strip() for c in lines[i].strip().strip('|').split('|')]
                rows.append(cells); i += 1
            if i < len(lines) and lines[i].startswith('@table'):
                a = lines[i].strip()[6:].strip()
                opts = dict(kv.split('=', 1) for kv in a.split()); i += 1
            blocks.append(('table', rows, opts)); opts = {}; continue
        if line.startswith('^ ') or line.startswith('~ ') or line.startswith('> '):
            flush(); kind = {'^': 'foot', '~': 'small', '>': 'callout'}[line[0]]
            buf = [line[2:].strip()]; i += 1
            while i < len(lines) and lines[i].startswith('  ') and lines[i].strip():
                buf.append(lines[i].strip()); i += 1
            blocks.append((kind, ' '.join(buf))); continue
        para.append(s); i += 1
        if not join_lines:
            flush()  # one source line = one paragraph
    flush()
    return blocks

# ---------------------------------------------------------------- themes
def C(x):
    return colors.HexColor(x) if isinstance(x, str) else x

DEFAULT_THEME = dict(
    pagesize='letter', margins=(72, 72, 72, 64), columns=1, gutter=18,
    font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique', head_font='Helvetica-Bold',
    body_size=10, leading=13.5, h1_size=16, h2_size=12.5, h3_size=10.5, small_size=7.6,
    accent='#1f3a5f', accent2='#8aa2c0', text='#222222', muted='#666666',
    table_head_bg='#1f3a5f', table_head_fg='#ffffff', zebra='#eef2f7', grid='#9aa8b8',
    table_style='zebra', table_size=8.6, h1_style='rule', h1_upper=False, align='justify',
    header_left='', header_right='', footer_left='', footer_center='', footer_right='Page {page}',
    page_offset=0, header_rule=True, footer_rule=False, bullet='\u2022', cover_style='band',
    space_after_p=6, callout_bg='#eef2f7', callout_border='#1f3a5f',
)

class Renderer:
    join_lines = False  # True: consecutive plain lines make one paragraph (see parse)

    def __init__(self, theme, images=None):
        t = dict(DEFAULT_THEME); t.update(theme); self.t = t
        self.images = images or {}
        ps = A4 if t['pagesize'] == 'A4' else letter
        self.W, self.H = ps
        self.styles = self._styles()

    def _styles(self):
        t = self.t
        al = TA_JUSTIFY if t['align'] == 'justify' else TA_LEFT
        st = {}
        st['p'] = ParagraphStyle('p', fontName=t['font'], fontSize=t['body_size'], leading=t['leading'],
                                 textColor=C(t['text']), alignment=al, spaceAfter=t['space_after_p'])
        st['h1'] = ParagraphStyle('h1', fontName=t['head_font'], fontSize=t['h1_size'], leading=t['h1_size'] * 1.25,
                                  textColor=C(t['accent']), spaceBefore=10, spaceAfter=8, keepWithNext=1)
        st['h2'] = ParagraphStyle('h2', fontName=t['head_font'], fontSize=t['h2_size'], leading=t['h2_size'] * 1.3,
                                  textColor=C(t.get('h2_color', t['accent'])), spaceBefore=8, spaceAfter=4, keepWithNext=1)
        st['h3'] = ParagraphStyle('h3', fontName=t['bold'], fontSize=t['h3_size'], leading=t['h3_size'] * 1.3,
                                  textColor=C(t.get('h3_color', t['text'])), spaceBefore=6, spaceAfter=3, keepWithNext=1)
        st['li'] = ParagraphStyle('li', parent=st['p'], leftIndent=16, bulletIndent=5, spaceAfter=2.5)
        st['foot'] = ParagraphStyle('foot', fontName=t['font'], fontSize=t['small_size'], leading=t['small_size'] * 1.3,
                                    textColor=C(t['muted']), spaceAfter=2)
        st['small'] = ParagraphStyle('small', fontName=t['font'], fontSize=t['small_size'] + 0.6,
                                     leading=(t['small_size'] + 0.6) * 1.3, textColor=C(t['text']), alignment=al, spaceAfter=4)
        st['cell'] = ParagraphStyle('cell', fontName=t['font'], fontSize=t['table_size'], leading=t['table_size'] * 1.25,
                                    textColor=C(t['text']))
        st['cellh'] = ParagraphStyle('cellh', parent=st['cell'], fontName=t['bold'], textColor=C(t['table_head_fg']))
        st['callout'] = ParagraphStyle('callout', parent=st['p'], fontName=t.get('callout_font', t['italic']), spaceAfter=0)
        return st

    # -------------------------------------------------------------- page decorations
    def _fmt(self, s, doc_page):
        printed = doc_page - self.t['page_offset']
        return s.format(page=doc_page, printed=printed, total=getattr(self, 'total', '?'),
                        total_printed=(getattr(self, 'total', 0) or 0) - self.t['page_offset'])

    def _deco(self, canv, doc):
        t = self.t
        canv.saveState()
        pg = canv.getPageNumber()
        L, R, T, B = t['margins']
        canv.setFont(t.get('deco_font', t['font']), t.get('deco_size', 7.8)); canv.setFillColor(C(t['muted']))
        hy = self.H - T + 26
        if t['header_left']:
            canv.drawString(L, hy, self._fmt(t['header_left'], pg))
        if t['header_right']:
            canv.drawRightString(self.W - R, hy, self._fmt(t['header_right'], pg))
        if t['header_rule']:
            canv.setStrokeColor(C(t['accent2'])); canv.setLineWidth(0.6)
            canv.line(L, hy - 5, self.W - R, hy - 5)
        fy = B - 30
        if t['footer_rule']:
            canv.setStrokeColor(C(t['accent2'])); canv.setLineWidth(0.6)
            canv.line(L, fy + 11, self.W - R, fy + 11)
        if t['footer_left']:
            canv.drawString(L, fy, self._fmt(t['footer_left'], pg))
        if t['footer_center']:
            canv.drawCentredString(self.W / 2, fy, self._fmt(t['footer_center'], pg))
        if t['footer_right'] and pg > t['page_offset']:
            canv.drawRightString(self.W - R, fy, self._fmt(t['footer_right'], pg))
        if t.get('side_band'):
            canv.setFillColor(C(t['accent'])); canv.rect(0, 0, t['side_band'], self.H, stroke=0, fill=1)
        canv.restoreState()

    def _cover_deco(self, canv, doc):
        t = self.t; cs = t['cover_style']
        canv.saveState()
        if cs == 'band':
            canv.setFillColor(C(t['accent'])); canv.rect(0, self.H - 250, self.W, 250, stroke=0, fill=1)
            canv.setFillColor(C(t['accent2'])); canv.rect(0, self.H - 262, self.W, 12, stroke=0, fill=1)
        elif cs == 'full':
            canv.setFillColor(C(t['accent'])); canv.rect(0, 0, self.W, self.H, stroke=0, fill=1)
            canv.setFillColor(C(t['accent2'])); canv.rect(0, 0, self.W, 90, stroke=0, fill=1)
        elif cs == 'side':
            canv.setFillColor(C(t['accent'])); canv.rect(0, 0, 150, self.H, stroke=0, fill=1)
            canv.setFillColor(C(t['accent2'])); canv.rect(150, 0, 6, self.H, stroke=0, fill=1)
        elif cs == 'frame':
            canv.setStrokeColor(C(t['accent'])); canv.setLineWidth(3)
            canv.rect(36, 36, self.W - 72, self.H - 72, stroke=1, fill=0)
            canv.setLineWidth(0.8); canv.rect(42, 42, self.W - 84, self.H - 84, stroke=1, fill=0)
        elif cs == 'minimal':
            canv.setFillColor(C(t['accent'])); canv.rect(60, self.H - 70, self.W - 120, 4, stroke=0, fill=1)
            canv.setFillColor(C(t['accent2'])); canv.rect(60, 64, self.W - 120, 1.5, stroke=0, fill=1)
            canv.setFont(t['head_font'], 30); canv.setFillColor(C(t['accent']))
            canv.drawString(60, self.H - 120, t.get('cover_logo', ''))
        elif cs == 'split':
            canv.setFillColor(C(t['accent'])); canv.rect(0, 0, self.W * 0.62, self.H * 0.24, stroke=0, fill=1)
            canv.setFillColor(C(t['accent2'])); canv.rect(self.W * 0.62, 0, self.W * 0.38, self.H * 0.24, stroke=0, fill=1)
            canv.setFillColor(C(t['accent'])); canv.rect(60, self.H - 58, 26, 26, stroke=0, fill=1)
            canv.setFont(t['head_font'], 12); canv.setFillColor(C(t['accent']))
            canv.drawString(96, self.H - 51, t.get('cover_logo', ''))
        elif cs == 'stripe':
            for k in range(5):
                canv.setFillColor(C(t['accent'] if k % 2 == 0 else t['accent2']))
                canv.rect(0, self.H - 40 - k * 7, self.W, 4, stroke=0, fill=1)
            canv.setFont(t['head_font'], 9); canv.setFillColor(C(t['muted']))
            canv.drawRightString(self.W - 60, 40, t.get('cover_logo', ''))
        elif cs == 'blocks':
            random.seed(7)
            for k in range(9):
                canv.setFillColor(C(t['accent'] if k % 2 else t['accent2']))
                x = self.W - 60 - (k % 3) * 58; y = self.H - 70 - (k // 3) * 58
                canv.rect(x, y, 50, 50, stroke=0, fill=1)
            canv.setFillColor(C(t['accent'])); canv.rect(0, 0, self.W, 28, stroke=0, fill=1)
        canv.restoreState()

    def _image_page(self, name):
        def cb(canv, doc):
            path = self.images[name]
            m = 18
            canv.drawImage(path, m, m, self.W - 2 * m, self.H - 2 * m, preserveAspectRatio=True, anchor='c')
        return cb

    # -------------------------------------------------------------- flowables
    def _cover_flow(self, d):
        t = self.t; cs = t['cover_style']
        light = cs in ('band', 'full')
        out = []
        fg = C('#ffffff') if cs == 'full' else C(t['accent'])
        tstyle = ParagraphStyle('ct', fontName=t['head_font'], fontSize=t.get('cover_title_size', 24),
                                leading=t.get('cover_title_size', 24) * 1.2,
                                textColor=C('#ffffff') if light else C(t['accent']), spaceAfter=10)
        sstyle = ParagraphStyle('cs', fontName=t['font'], fontSize=13, leading=17,
                                textColor=C('#ffffff') if light else C(t['text']), spaceAfter=6)
        mstyle = ParagraphStyle('cm', fontName=t['font'], fontSize=10.5, leading=14,
                                textColor=C('#ffffff') if cs == 'full' else C(t['text']), spaceAfter=3)
        kstyle = ParagraphStyle('ck', parent=mstyle, fontName=t['bold'])
        if cs == 'split':
            tstyle = ParagraphStyle('cts', parent=tstyle, textColor=C(t['accent']))
            sstyle = ParagraphStyle('css', parent=sstyle, textColor=C(t['text']))
        if t.get('cover_top'):
            out.append(Spacer(1, t['cover_top']))
        elif cs == 'band':
            out.append(Spacer(1, 30))
        elif cs in ('side',):
            out.append(Spacer(1, 120))
        else:
            out.append(Spacer(1, 90))
        for v in d.get('kicker', []):
            out.append(Paragraph(esc(v), ParagraphStyle('kk', parent=sstyle, fontSize=10, fontName=t['bold'])))
        for v in d.get('title', []):
            out.append(Paragraph(esc(v), tstyle))
        for v in d.get('subtitle', []):
            out.append(Paragraph(esc(v), sstyle))
        out.append(Spacer(1, {'band': 150, 'full': 120}.get(cs, 70)))
        for v in d.get('for', []):
            out.append(Paragraph(esc(v), kstyle))
        for v in d.get('line', []):
            out.append(Paragraph(esc(v), mstyle))
        out.append(Spacer(1, 24))
        for v in d.get('bold', []):
            out.append(Paragraph(esc(v), kstyle))
        for v in d.get('note', []):
            out.append(Paragraph(esc(v), ParagraphStyle('cn', parent=mstyle, fontSize=8, leading=10.5,
                                                        textColor=C('#dddddd') if cs == 'full' else C(t['muted']))))
        out.append(NextPageTemplate('body'))
        out.append(PageBreak())
        return out

    def _h1(self, text):
        t = self.t; st = self.styles['h1']
        txt = text.upper() if t['h1_upper'] else text
        hs = t['h1_style']
        if hs == 'bar':
            p = Paragraph(esc(txt), ParagraphStyle('h1b', parent=st, textColor=C('#ffffff'), spaceBefore=0, spaceAfter=0))
            tb = Table([[p]], colWidths=['100%'])
            tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), C(t['accent'])),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 5),
                                    ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
            tb.keepWithNext = 1
            tb.spaceBefore = 8; tb.spaceAfter = 8
            return [CondPageBreak(130), tb]
        if hs == 'rule':
            p = Paragraph(esc(txt), st)
            tb = Table([[p]], colWidths=['100%'])
            tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 1.2, C(t['accent2'])),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
            tb.keepWithNext = 1
            tb.spaceBefore = 8; tb.spaceAfter = 8
            return [CondPageBreak(130), tb]
        if hs == 'leftbar':
            p = Paragraph(esc(txt), ParagraphStyle('h1l', parent=st, spaceBefore=0, spaceAfter=0))
            tb = Table([[p]], colWidths=['100%'])
            tb.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, -1), 5, C(t['accent2'])),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 10)]))
            tb.keepWithNext = 1
            tb.spaceBefore = 10; tb.spaceAfter = 8
            return [CondPageBreak(130), tb]
        if hs == 'boxed':
            p = Paragraph(esc(txt), ParagraphStyle('h1x', parent=st, spaceBefore=0, spaceAfter=0))
            tb = Table([[p]], colWidths=['100%'])
            tb.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.9, C(t['accent'])),
                                    ('BACKGROUND', (0, 0), (-1, -1), C(t.get('h1_bg', '#ffffff'))),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 6), ('TOPPADDING', (0, 0), (-1, -1), 3),
                                    ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
            tb.keepWithNext = 1
            tb.spaceBefore = 8; tb.spaceAfter = 7
            return [CondPageBreak(120), tb]
        sp = t.get('h1_space', 0)
        return [CondPageBreak(130), Spacer(1, sp), Paragraph(esc(txt), st)] if sp else [CondPageBreak(130), Paragraph(esc(txt), st)]

    def _table(self, rows, opts, avail):
        t = self.t
        head = opts.get('head', '1') == '1'
        size = float(opts.get('size', t['table_size']))
        cs = ParagraphStyle('c2', parent=self.styles['cell'], fontSize=size, leading=size * 1.25)
        ch = ParagraphStyle('c2h', parent=self.styles['cellh'], fontSize=size, leading=size * 1.25)
        style = opts.get('style', t['table_style'])
        if style in ('rules', 'minimal', 'plain'):
            ch = ParagraphStyle('c3h', parent=ch, textColor=C(t['accent']))
        ncol = max(len(r) for r in rows)
        data = []
        for ri, r in enumerate(rows):
            r = r + [''] * (ncol - len(r))
            data.append([Paragraph(esc(c), ch if (head and ri == 0) else cs) for c in r])
        if 'cols' in opts:
            ws = [float(x) for x in opts['cols'].split(',')]
        else:
            ws = [1.0] * ncol
        tot = sum(ws)
        colw = [avail * w / tot for w in ws]
        tb = Table(data, colWidths=colw, repeatRows=1 if head else 0, hAlign='LEFT')
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 3),
                ('BOTTOMPADDING', (0, 0), (-1, -1), 4), ('LEFTPADDING', (0, 0), (-1, -1), 4),
                ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
        if style == 'zebra':
            if head:
                cmds.append(('BACKGROUND', (0, 0), (-1, 0), C(t['table_head_bg'])))
            for k in range(1 if head else 0, len(data)):
                if k % 2 == 0:
                    cmds.append(('BACKGROUND', (0, k), (-1, k), C(t['zebra'])))
            cmds.append(('LINEBELOW', (0, -1), (-1, -1), 0.8, C(t['accent'])))
        elif style == 'grid':
            if head:
                cmds.append(('BACKGROUND', (0, 0), (-1, 0), C(t['table_head_bg'])))
            cmds.append(('GRID', (0, 0), (-1, -1), 0.5, C(t['grid'])))
        elif style == 'rules':
            cmds += [('LINEABOVE', (0, 0), (-1, 0), 1.2, C(t['accent'])),
                     ('LINEBELOW', (0, -1), (-1, -1), 1.2, C(t['accent']))]
            if head:
                cmds.append(('LINEBELOW', (0, 0), (-1, 0), 0.6, C(t['accent'])))
            for k in range(1, len(data) - 1):
                cmds.append(('LINEBELOW', (0, k), (-1, k), 0.25, C(t['grid'])))
        elif style == 'box':
            if head:
                cmds.append(('BACKGROUND', (0, 0), (-1, 0), C(t['table_head_bg'])))
            cmds += [('BOX', (0, 0), (-1, -1), 1, C(t['accent'])),
                     ('LINEBELOW', (0, 0), (-1, -1), 0.3, C(t['grid']))]
        elif style == 'ledger':
            if head:
                cmds += [('BACKGROUND', (0, 0), (-1, 0), C(t['table_head_bg'])),
                         ('LINEBELOW', (0, 0), (-1, 0), 1.0, C(t['accent']))]
            for k in range(1, len(data)):
                cmds.append(('LINEBELOW', (0, k), (-1, k), 0.3, C(t['grid']), 1, (1, 2)))
            cmds += [('LINEBEFORE', (1, 0), (-1, -1), 0.3, C(t['grid']))]
        elif style == 'minimal':
            if head:
                cmds.append(('LINEBELOW', (0, 0), (-1, 0), 0.8, C(t['accent2'])))
        if opts.get('firstcol') == 'bold':
            for k in range(1 if head else 0, len(data)):
                data[k][0].style = ParagraphStyle('fcb', parent=cs, fontName=t['bold'])
        tb.setStyle(TableStyle(cmds))
        return tb

    def flowables(self, blocks):
        t = self.t; st = self.styles; out = []
        L, R, T, B = t['margins']
        frame_w = self.W - L - R
        if t['columns'] == 2:
            frame_w = (frame_w - t['gutter']) / 2
        self.frame_w = frame_w
        for b in blocks:
            k = b[0]
            if k == 'cover':
                out += self._cover_flow(b[1])
            elif k == 'h1':
                out += self._h1(b[1])
            elif k in ('h2', 'h3'):
                out.append(Paragraph(esc(b[1]), st[k]))
            elif k == 'p':
                out.append(Paragraph(esc(b[1]), st['p']))
            elif k == 'bullets':
                for it in b[1]:
                    out.append(Paragraph(esc(it), st['li'], bulletText=t['bullet']))
                out.append(Spacer(1, 4))
            elif k == 'numbers':
                for n, it in enumerate(b[1], 1):
                    out.append(Paragraph(esc(it), st['li'], bulletText='%d.' % n))
                out.append(Spacer(1, 4))
            elif k == 'table':
                out.append(self._table(b[1], b[2], frame_w))
                out.append(Spacer(1, 8))
            elif k == 'foot':
                out.append(Paragraph(esc(b[1]), st['foot']))
            elif k == 'small':
                out.append(Paragraph(esc(b[1]), st['small']))
            elif k == 'callout':
                p = Paragraph(esc(b[1]), st['callout'])
                tb = Table([[p]], colWidths=[frame_w])
                tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), C(t['callout_bg'])),
                                        ('LINEBEFORE', (0, 0), (0, -1), 3, C(t['callout_border'])),
                                        ('LEFTPADDING', (0, 0), (-1, -1), 10), ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                                        ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
                out += [Spacer(1, 3), tb, Spacer(1, 9)]
            elif k == 'pagebreak':
                out.append(PageBreak())
            elif k == 'colbreak':
                out.append(FrameBreak())
            elif k == 'spacer':
                out.append(Spacer(1, float(b[1] or 12)))
            elif k == 'condbreak':
                out.append(CondPageBreak(float(b[1]) * 72))
            elif k == 'image':
                while out and isinstance(out[-1], (PageBreak, NextPageTemplate)):
                    out.pop()
                if out:
                    out.append(PageBreak.__new__(PageBreak)); out[-1].__init__()
                    out.insert(len(out) - 1, NextPageTemplate('img_' + b[1].strip()))
                    out += [Spacer(1, 1), NextPageTemplate('body'), PageBreak()]
                    continue
                out += [NextPageTemplate('img_' + b[1].strip()), PageBreak(), Spacer(1, 1),
                        NextPageTemplate('body'), PageBreak()]
            else:
                raise ValueError('unknown block %r' % (k,))
        return out

    # -------------------------------------------------------------- build
    def build(self, text, path, title='', author=''):
        blocks = parse(text, self.join_lines)
        self.total = None
        for npass in (1, 2):
            story = self.flowables(blocks)
            t = self.t
            L, R, T, B = t['margins']
            doc = BaseDocTemplate(path, pagesize=(self.W, self.H), leftMargin=L, rightMargin=R, topMargin=T,
                                  bottomMargin=B, title=title, author=author, creator='proposal-builder')
            fw = self.W - L - R; fh = self.H - T - B
            if t['columns'] == 2:
                cw = (fw - t['gutter']) / 2
                frames = [Frame(L, B, cw, fh, id='c1', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
                          Frame(L + cw + t['gutter'], B, cw, fh, id='c2', leftPadding=0, rightPadding=0,
                                topPadding=0, bottomPadding=0)]
            else:
                frames = [Frame(L, B, fw, fh, id='f1', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
            cover_x = 190 if t['cover_style'] == 'side' else 60
            tpls = [PageTemplate('cover', [Frame(cover_x, 60, self.W - cover_x - 60, self.H - 120, id='cv')],
                                 onPage=self._cover_deco),
                    PageTemplate('body', frames, onPage=self._deco)]
            for name in self.images:
                tpls.append(PageTemplate('img_' + name, [Frame(0, 0, 60, 60, id='im_' + name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                                         onPage=self._image_page(name)))
            if blocks and blocks[0][0] != 'cover':
                tpls = tpls[1:]
            doc.addPageTemplates(tpls)
            doc.build(story)
            self.total = doc.page
            if not any('{total' in str(t[k]) for k in ('header_left', 'header_right', 'footer_left',
                                                       'footer_center', 'footer_right')):
                break
        return self.total

# ---------------------------------------------------------------- raster pages (PIL)
def make_ratecard_png(path, head, subhead, title, cols, rows, notes, stamp='', size=(1275, 1650), seed=5):
    """A faxed/scanned rate-card page. cols: list of (header, x_fraction); rows: list of cell tuples;
    notes: paragraphs printed under the table. Returns the text drawn, in reading order (for label checks)."""
    from PIL import Image, ImageDraw
    W, H = size
    img = Image.new('L', size, 247)
    d = ImageDraw.Draw(img)
    fh = _font(34, False, True); fs = _font(18, False); ft = _font(27, False, True)
    fc = _font(19, False); fcb = _font(19, False, True); fn = _font(17, False)
    drawn = []
    x0, y = 110, 100
    d.text((x0, y), head, font=fh, fill=30); drawn.append(head); y += 48
    for s in subhead:
        d.text((x0, y), s, font=fs, fill=75); drawn.append(s); y += 24
    d.line([(x0, y + 10), (W - 110, y + 10)], fill=50, width=2); y += 44
    d.text((x0, y), title, font=ft, fill=25); drawn.append(title); y += 58
    xs = [int(x0 + (W - 2 * x0) * f) for _, f in cols]
    widths = [xs[i + 1] - xs[i] - 14 if i + 1 < len(xs) else (W - 110 - xs[i]) for i in range(len(xs))]
    d.rectangle([x0 - 6, y - 8, W - 104, y + 30], fill=215)
    for (h, _), x in zip(cols, xs):
        d.text((x, y), h, font=fcb, fill=20)
    drawn.append(' '.join(h for h, _ in cols)); y += 44
    for r in rows:
        cell_lines = [_wrap(d, c, fc, w) for c, w in zip(r, widths)]
        nl = max(len(c) for c in cell_lines)
        for ci, (lines, x) in enumerate(zip(cell_lines, xs)):
            for li, ln in enumerate(lines):
                d.text((x, y + li * 25), ln, font=fc, fill=28)
        drawn.append(' '.join(r))
        y += nl * 25 + 10
        d.line([(x0 - 6, y - 4), (W - 104, y - 4)], fill=150, width=1)
        y += 6
    y += 22
    for para in notes:
        for ln in _wrap(d, para, fn, W - 2 * x0):
            d.text((x0, y), ln, font=fn, fill=35); y += 23
        drawn.append(para)
        y += 12
    if stamp:
        rnd = random.Random(seed)
        sx, sy = W - 480, H - 260
        d.rectangle([sx, sy, sx + 330, sy + 96], outline=90, width=4)
        d.text((sx + 22, sy + 30), stamp, font=_font(26, False, True), fill=90)
        pts, px = [], 140
        for k in range(40):
            px += rnd.randint(5, 10)
            pts.append((px, H - 200 + int(20 * math.sin(k * 0.8 + rnd.random()))))
        d.line(pts, fill=30, width=3)
    img = _scanify(img, seed, angle=0.7)
    img.save(path, optimize=True)
    return ' '.join(drawn)
