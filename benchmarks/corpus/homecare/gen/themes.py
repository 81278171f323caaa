"""Themes of the homecare set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#9b1c2c", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Cardinal Home Care Network Inc.  ·  RFP CHCN-2026-014  ·  Scheduling, Dispatch and Family Enquiry Line",
             footer="CHCN-2026-014  ·  page %(page)s", doc_title="RFP CHCN-2026-014",
             author="Cardinal Home Care Network Inc."),
 "vigie": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f3a6b", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Groupe Vigie Contact inc.  —  Offre de services / Service offer  —  AO / RFP CHCN-2026-014",
             footer="Groupe Vigie Contact inc. · 1850, rue Royale, Trois-Rivières (Québec) G9A 4K3 · NEQ 1167429935 · page %(page)s",
             doc_title="Offre Groupe Vigie Contact", author="Groupe Vigie Contact inc."),
 "brightharbor": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d4621a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="BrightHarbor CX  ·  Care that answers.™",
             footer="brightharbor.ph  ·  Cebu · Makati · Moncton · Winnipeg  ·  %(page)s",
             doc_title="BrightHarbor proposal for Cardinal Home Care", author="BrightHarbor CX Solutions, Inc."),
 "tidewater": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#24566e",
             page="letter", ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Tidewater Contact Services Ltd.  |  Vol. 1 Technical Response  |  RFP CHCN-2026-014",
             footer="TCS-2026-0412  |  Vol. 1  |  %(page)s",
             doc_title="Tidewater Vol. 1 Technical Response", author="Tidewater Contact Services Ltd."),
 "tidewater_wb": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#3c6e47",
             page="letter", ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="TIDEWATER CONTACT SERVICES LTD. | VOL. 2 PRICING WORKBOOK | CHCN-2026-014 | export 2026-10-14",
             footer="TCS-2026-0412 | Vol. 2 | sheet %(page)s",
             doc_title="Tidewater Vol. 2 Pricing Workbook", author="Tidewater Contact Services Ltd."),
 "alderquill": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#3d5a3a",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Alder & Quill Care Operations Inc.  —  A proposal to Cardinal Home Care Network",
             footer="Alder & Quill Care Operations Inc. · 40 Wellington Street East, Suite 700, Toronto ON M5E 1C7 · %(page)s",
             doc_title="Alder & Quill proposal to Cardinal", author="Alder & Quill Care Operations Inc."),
}
