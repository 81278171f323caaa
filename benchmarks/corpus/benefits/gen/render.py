"""Small markup -> PDF renderer for the `benefits` set (reportlab platypus).

Markup, line based:
  %%PAGE                 page break
  %%COVER ... %%ENDCOVER cover block; lines "kind: text" with kind in
                         eyebrow/title/subtitle/line/small/spacer
  %%SCAN name            the following page is replaced by a scanned image built from gen/scans/<name>.txt
  %%COLS 0.3,0.7         relative column widths of the next table
  %%SPACE 12             vertical space in points
  # / ## / ###           headings
  - text                 bullet
  > text                 boxed callout paragraph (consecutive lines join)
  ^ text                 small footnote paragraph
  | a | b |              table row (first row of a block is the header)
  ~ text                 right-aligned line (signatures, dates)
  other lines            paragraph text; a blank line ends a paragraph
Inline: **bold**, __italic__.
"""
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, NextPageTemplate)

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_REG = False


def register_fonts():
    global _REG
    if _REG:
        return
    for name, fn in [("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DVSerif-Italic", "DejaVuSerif-Italic.ttf"), ("DVSerifC", "DejaVuSerifCondensed.ttf"),
                     ("DVSerifC-Bold", "DejaVuSerifCondensed-Bold.ttf"),
                     ("DVSerifC-Italic", "DejaVuSerifCondensed-Italic.ttf"),
                     ("DVSans", "DejaVuSans.ttf"), ("DVSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DVSans-Oblique", "DejaVuSans-Oblique.ttf"), ("DVSansC", "DejaVuSansCondensed.ttf"),
                     ("DVSansC-Bold", "DejaVuSansCondensed-Bold.ttf"),
                     ("DVSansC-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
                     ("DVMono", "DejaVuSansMono.ttf"), ("DVMono-Bold", "DejaVuSansMono-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
    _REG = True


def C(x):
    return colors.HexColor(x) if isinstance(x, str) else x


BASE = dict(
    font="Times-Roman", bold="Times-Bold", italic="Times-Italic", head="Times-Bold",
    size=10.5, leading=13.6, h1=15, h2=12, h3=10.5, tsize=8.8, fsize=7.6,
    margins=(68, 68, 74, 70), accent="#223355", accent2="#8899bb", text="#1a1a1a", muted="#555555",
    th_bg="#223355", th_fg="#ffffff", zebra=None, grid="#888888", tstyle="grid",
    h1_style="rule", h1_upper=False, align="left", bullet="\u2022",
    header_left="", header_right="", footer_left="", footer_center="", footer_right="Page {p}",
    header_rule=True, footer_rule=False, cover="band", side_band=0, callout_bg="#eeeeee",
    callout_border="#223355", skip_first=True, legend="",
)


def inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s


def parse(text):
    blocks, para, table, callout = [], [], [], []
    cols = [None]
    cover = None

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()
        if callout:
            blocks.append(("callout", " ".join(callout)))
            callout.clear()
        if table:
            blocks.append(("table", [r[:] for r in table], cols[0]))
            table.clear()
            cols[0] = None

    for raw in text.splitlines():
        line = raw.rstrip()
        if cover is not None:
            if line.strip() == "%%ENDCOVER":
                blocks.append(("cover", cover))
                cover = None
            elif line.strip():
                k, _, v = line.partition(":")
                cover.append((k.strip(), v.strip()))
            continue
        s = line.strip()
        if s == "%%COVER":
            flush(); cover = []
        elif s == "%%PAGE":
            flush(); blocks.append(("page",))
        elif s.startswith("%%SCAN"):
            flush(); blocks.append(("scan", s.split()[1]))
        elif s.startswith("%%COLS"):
            flush(); cols[0] = [float(x) for x in s.split()[1].split(",")]
        elif s.startswith("%%SPACE"):
            flush(); blocks.append(("space", float(s.split()[1])))
        elif not s:
            flush()
        elif s.startswith("|"):
            if para or callout:
                flush()
            table.append([c.strip() for c in s.strip("|").split("|")])
        elif s.startswith("###"):
            flush(); blocks.append(("h3", s[3:].strip()))
        elif s.startswith("##"):
            flush(); blocks.append(("h2", s[2:].strip()))
        elif s.startswith("#"):
            flush(); blocks.append(("h1", s[1:].strip()))
        elif s.startswith("- "):
            flush(); blocks.append(("li", s[2:]))
        elif s.startswith("> "):
            if para or table:
                flush()
            callout.append(s[2:])
        elif s.startswith("^ "):
            flush(); blocks.append(("foot", s[2:]))
        elif s.startswith("~ "):
            flush(); blocks.append(("right", s[2:]))
        else:
            if table or callout:
                flush()
            para.append(s)
    flush()
    return blocks


class Doc:
    def __init__(self, theme):
        register_fonts()
        t = dict(BASE)
        t.update(theme)
        self.t = t
        self.W, self.H = letter
        self.total = 0
        self.scan_pages = []
        al = TA_JUSTIFY if t["align"] == "justify" else TA_LEFT
        st = {}
        st["p"] = ParagraphStyle("p", fontName=t["font"], fontSize=t["size"], leading=t["leading"],
                                 textColor=C(t["text"]), alignment=al, spaceAfter=6)
        st["h1"] = ParagraphStyle("h1", fontName=t["head"], fontSize=t["h1"], leading=t["h1"] * 1.25,
                                  textColor=C(t["accent"]), spaceBefore=8, spaceAfter=7, keepWithNext=1)
        st["h2"] = ParagraphStyle("h2", fontName=t["head"], fontSize=t["h2"], leading=t["h2"] * 1.3,
                                  textColor=C(t.get("h2_color", t["accent"])), spaceBefore=7, spaceAfter=4,
                                  keepWithNext=1)
        st["h3"] = ParagraphStyle("h3", fontName=t["bold"], fontSize=t["h3"], leading=t["h3"] * 1.3,
                                  textColor=C(t["text"]), spaceBefore=5, spaceAfter=3, keepWithNext=1)
        st["li"] = ParagraphStyle("li", parent=st["p"], leftIndent=15, bulletIndent=4, spaceAfter=2.5)
        st["foot"] = ParagraphStyle("foot", fontName=t["font"], fontSize=t["fsize"], leading=t["fsize"] * 1.3,
                                    textColor=C(t["muted"]), spaceAfter=2)
        st["right"] = ParagraphStyle("right", parent=st["p"], alignment=TA_RIGHT)
        st["cell"] = ParagraphStyle("cell", fontName=t["font"], fontSize=t["tsize"], leading=t["tsize"] * 1.25,
                                    textColor=C(t["text"]))
        st["cellh"] = ParagraphStyle("cellh", parent=st["cell"], fontName=t["bold"], textColor=C(t["th_fg"]))
        st["callout"] = ParagraphStyle("callout", parent=st["p"], fontName=t.get("callout_font", t["font"]),
                                       spaceAfter=0)
        self.st = st

    # ---------------------------------------------------------------- page furniture
    def _fmt(self, s, p):
        return s.format(p=p, n=self.total or "?")

    def _page(self, canv, doc):
        t = self.t
        p = canv.getPageNumber()
        canv.saveState()
        L, R, T, B = t["margins"]
        if t["side_band"]:
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, 0, t["side_band"], self.H, stroke=0, fill=1)
        if t["cover"] == "topbar":
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, self.H - 30, self.W, 30, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(t["bold"], 8.5)
            canv.drawString(L, self.H - 19, self._fmt(t["header_left"], p))
            canv.setFont(t["font"], 8)
            canv.drawRightString(self.W - R, self.H - 19, self._fmt(t["header_right"], p))
        else:
            canv.setFont(t["font"], 8)
            canv.setFillColor(C(t["muted"]))
            hy = self.H - T + 30
            if t["header_left"]:
                canv.drawString(L, hy, self._fmt(t["header_left"], p))
            if t["header_right"]:
                canv.drawRightString(self.W - R, hy, self._fmt(t["header_right"], p))
            if t["header_rule"]:
                canv.setStrokeColor(C(t["accent2"]))
                canv.setLineWidth(0.7)
                canv.line(L, hy - 5, self.W - R, hy - 5)
        canv.setFont(t["font"], 7.8)
        canv.setFillColor(C(t["muted"]))
        fy = B - 34
        if t["footer_rule"]:
            canv.setStrokeColor(C(t["accent2"]))
            canv.setLineWidth(0.5)
            canv.line(L, fy + 11, self.W - R, fy + 11)
        if t["footer_left"]:
            canv.drawString(L, fy, self._fmt(t["footer_left"], p))
        if t["footer_center"]:
            canv.drawCentredString(self.W / 2, fy, self._fmt(t["footer_center"], p))
        if t["footer_right"]:
            canv.drawRightString(self.W - R, fy, self._fmt(t["footer_right"], p))
        if t["legend"]:
            canv.setFont(t["font"], 6.3)
            canv.drawCentredString(self.W / 2, fy - 11, self._fmt(t["legend"], p))
        canv.restoreState()

    def _cover(self, canv, doc):
        t = self.t
        canv.saveState()
        cs = t["cover"]
        if cs in ("band", "topbar"):
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, self.H - 210, self.W, 210, stroke=0, fill=1)
            canv.setFillColor(C(t["accent2"]))
            canv.rect(0, self.H - 218, self.W, 8, stroke=0, fill=1)
        elif cs == "frame":
            canv.setStrokeColor(C(t["accent"]))
            canv.setLineWidth(2.5)
            canv.rect(34, 34, self.W - 68, self.H - 68)
            canv.setLineWidth(0.7)
            canv.rect(40, 40, self.W - 80, self.H - 80)
        elif cs == "seal":
            canv.setStrokeColor(C(t["accent"]))
            canv.setLineWidth(2)
            canv.circle(self.W / 2, self.H - 120, 42)
            canv.setLineWidth(0.8)
            canv.circle(self.W / 2, self.H - 120, 36)
            canv.setFont(t["bold"], 9)
            canv.setFillColor(C(t["accent"]))
            canv.drawCentredString(self.W / 2, self.H - 117, "STATE OF")
            canv.drawCentredString(self.W / 2, self.H - 129, "CALUMET")
            canv.setLineWidth(1.2)
            canv.line(70, 80, self.W - 70, 80)
        elif cs == "letterhead":
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, self.H - 14, self.W, 14, stroke=0, fill=1)
            canv.setFillColor(C(t["accent2"]))
            canv.rect(0, 0, self.W, 40, stroke=0, fill=1)
        elif cs == "petals":
            canv.setFillColor(C(t["accent2"]))
            for i, (x, y, r) in enumerate([(self.W - 120, self.H - 120, 44), (self.W - 170, self.H - 150, 30),
                                            (self.W - 80, self.H - 175, 26)]):
                canv.setFillColor(C(t["accent"] if i % 2 else t["accent2"]))
                canv.circle(x, y, r, stroke=0, fill=1)
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, 0, self.W, 56, stroke=0, fill=1)
        if t["side_band"]:
            canv.setFillColor(C(t["accent"]))
            canv.rect(0, 0, t["side_band"], self.H, stroke=0, fill=1)
        canv.restoreState()

    # ---------------------------------------------------------------- flowables
    def _table(self, rows, cols, avail):
        t = self.t
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        data = []
        for i, r in enumerate(rows):
            data.append([Paragraph(inline(c), self.st["cellh"] if i == 0 else self.st["cell"]) for c in r])
        if cols:
            tot = sum(cols)
            widths = [avail * c / tot for c in cols]
        else:
            widths = [avail / ncol] * ncol
        tb = Table(data, colWidths=widths, repeatRows=1)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), C(t["th_bg"]))]
        if t["tstyle"] == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, C(t["grid"])))
        elif t["tstyle"] == "lines":
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, C(t["grid"])), ("LINEABOVE", (0, 0), (-1, 0), 1.2, C(t["accent"]))]
        elif t["tstyle"] == "box":
            cmds += [("BOX", (0, 0), (-1, -1), 1, C(t["accent"])), ("INNERGRID", (0, 0), (-1, -1), 0.25, C(t["grid"]))]
        if t["zebra"]:
            for i in range(2, len(data), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), C(t["zebra"])))
        tb.setStyle(TableStyle(cmds))
        return tb

    def flowables(self, blocks):
        t = self.t
        L, R, T, B = t["margins"]
        avail = self.W - L - R - t["side_band"]
        out = []
        first_cover = True
        for b in blocks:
            k = b[0]
            if k == "cover":
                out += self._cover_flow(b[1])
                out.append(NextPageTemplate("body"))
                out.append(PageBreak())
                first_cover = False
            elif k == "page":
                out.append(PageBreak())
            elif k == "scan":
                self.scan_pages.append(b[1])
                out.append(Paragraph("SCANPLACEHOLDER " + b[1], self.st["p"]))
            elif k == "space":
                out.append(Spacer(1, b[1]))
            elif k in ("h1", "h2", "h3"):
                txt = b[1].upper() if (k == "h1" and t["h1_upper"]) else b[1]
                if k == "h1" and t["h1_style"] == "bar":
                    p = Paragraph(inline(txt), ParagraphStyle("h1b", parent=self.st["h1"], textColor=colors.white))
                    tb = Table([[p]], colWidths=[avail])
                    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C(t["accent"])),
                                            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                    out += [Spacer(1, 6), tb, Spacer(1, 6)]
                elif k == "h1" and t["h1_style"] == "rule":
                    out.append(Paragraph(inline(txt), self.st["h1"]))
                    rt = Table([[""]], colWidths=[avail], rowHeights=[2])
                    rt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.1, C(t["accent2"]))]))
                    out.append(rt)
                    out.append(Spacer(1, 4))
                else:
                    out.append(Paragraph(inline(txt), self.st[k]))
            elif k == "p":
                out.append(Paragraph(inline(b[1]), self.st["p"]))
            elif k == "li":
                out.append(Paragraph(inline(b[1]), self.st["li"], bulletText=t["bullet"]))
            elif k == "foot":
                out.append(Paragraph(inline(b[1]), self.st["foot"]))
            elif k == "right":
                out.append(Paragraph(inline(b[1]), self.st["right"]))
            elif k == "callout":
                p = Paragraph(inline(b[1]), self.st["callout"])
                tb = Table([[p]], colWidths=[avail])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C(t["callout_bg"])),
                                        ("LINEBEFORE", (0, 0), (0, -1), 3, C(t["callout_border"])),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
                out += [Spacer(1, 3), tb, Spacer(1, 8)]
            elif k == "table":
                out.append(self._table(b[1], b[2], avail))
                out.append(Spacer(1, 7))
        return out

    def _cover_flow(self, items):
        t = self.t
        fg = colors.white if t["cover"] in ("band", "topbar") else C(t["accent"])
        out = []
        base = t["font"]
        for k, v in items:
            if k == "spacer":
                out.append(Spacer(1, float(v)))
            elif k == "eyebrow":
                out.append(Paragraph(inline(v), ParagraphStyle("ce", fontName=t["bold"], fontSize=10, leading=14,
                                                               textColor=fg, spaceAfter=6,
                                                               alignment=t.get("cover_align", TA_LEFT))))
            elif k == "title":
                out.append(Paragraph(inline(v), ParagraphStyle("ct", fontName=t["head"], fontSize=24, leading=29,
                                                               textColor=fg, spaceAfter=10,
                                                               alignment=t.get("cover_align", TA_LEFT))))
            elif k == "subtitle":
                out.append(Paragraph(inline(v), ParagraphStyle("cs", fontName=t["head"], fontSize=14, leading=18,
                                                               textColor=C(t.get("cover_sub", t["text"])),
                                                               spaceAfter=8, alignment=t.get("cover_align", TA_LEFT))))
            elif k == "line":
                out.append(Paragraph(inline(v), ParagraphStyle("cl", fontName=base, fontSize=11, leading=15,
                                                               textColor=C(t["text"]), spaceAfter=3,
                                                               alignment=t.get("cover_align", TA_LEFT))))
            elif k == "small":
                out.append(Paragraph(inline(v), ParagraphStyle("cm", fontName=base, fontSize=8, leading=10.5,
                                                               textColor=C(t["muted"]), spaceAfter=3,
                                                               alignment=t.get("cover_align", TA_LEFT))))
        return out

    def build(self, text, path):
        blocks = parse(text)
        t = self.t
        L, R, T, B = t["margins"]
        for pass_ in (1, 2):
            self.scan_pages = []
            doc = BaseDocTemplate(path, pagesize=letter, leftMargin=L + t["side_band"], rightMargin=R, topMargin=T,
                                  bottomMargin=B, title=t.get("title", ""), author=t.get("author", ""))
            fr = Frame(L + t["side_band"], B, self.W - L - R - t["side_band"], self.H - T - B, id="f",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            frc = Frame(L + t["side_band"] + t.get("cover_indent", 0), B, self.W - L - R - t["side_band"] - t.get("cover_indent", 0),
                        self.H - T - B + 30, id="c",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates = [PageTemplate("cover", [frc], onPage=self._cover), PageTemplate("body", [fr], onPage=self._page)]
            if not (blocks and blocks[0][0] == "cover"):
                templates = templates[1:]
            doc.addPageTemplates(templates)
            doc.build(self.flowables(blocks))
            from pypdf import PdfReader
            self.total = len(PdfReader(path).pages)
        return self.total
