"""Render one content file (a tiny line markup) into a PDF with reportlab.

Markup, one block per line (blank lines separate paragraphs):
  !title TEXT / !sub TEXT      cover title / subtitle (large, centred)
  !spacer N                    vertical space of N points
  !pb                          page break
  # TEXT / ## TEXT             headings
  - TEXT                       bullet
  | a | b | c                  table row (first row of a run is the header); cells wrap
  !small TEXT                  small print (footnotes)
  anything else                body paragraph (consecutive lines are joined)
Each vendor has a theme (font, colours, running header/footer) so the four voices also look different. A theme
may name TrueType files (`ttf`: {font name: path}) that are registered and embedded before rendering.
(Same markup as the `claims` set's generator, so the sets can be rebuilt the same way.)
"""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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
