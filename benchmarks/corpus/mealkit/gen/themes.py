"""Themes of the mealkit set: one font, colour and running header/footer per document voice (DejaVu faces only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#8a3b12",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Gabelgut GmbH  ·  RFP GG-CC-2027-07  ·  Outsourced Customer Care DE / AT / UK",
             footer="GG-CC-2027-07  ·  Seite / page %(page)s  ·  vertraulich / confidential",
             doc_title="RFP GG-CC-2027-07 Outsourced Customer Care", author="Gabelgut GmbH"),
 "lindholm": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Lindholm Dialog GmbH  |  Angebot / Offer LD-A-27-0412  |  Volume 1: Technical Questionnaire",
             footer="Lindholm Dialog GmbH · Warnowufer 58 · 18057 Rostock · HRB 14872 AG Rostock · Vol. 1 – p. %(page)s",
             doc_title="Lindholm Dialog – Technical Questionnaire (Vol. 1)", author="Lindholm Dialog GmbH"),
 "lindholm_b": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Lindholm Dialog GmbH  |  Angebot / Offer LD-A-27-0412  |  Volume 2: Price Sheet (Preisblatt)",
             footer="Lindholm Dialog GmbH · Warnowufer 58 · 18057 Rostock · HRB 14872 AG Rostock · Vol. 2 – p. %(page)s",
             doc_title="Lindholm Dialog – Price Sheet (Vol. 2)", author="Lindholm Dialog GmbH"),
 "odra": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#7a1430",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="ODRA CONTACT Sp. z o.o.  ·  Szczecin / Poznań  ·  Offer no. OC/2027/0093 for Gabelgut GmbH",
             footer="Odra Contact Sp. z o.o., ul. Energetyków 40, 70-656 Szczecin · KRS 0000581204 · NIP 851-318-42-77 · page %(page)s",
             doc_title="Offer Odra Contact for Gabelgut", author="Odra Contact Sp. z o.o."),
 "larder": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d2572b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Larder Lane CX  ·  Gabelgut × Larder Lane  ·  every box, every conversation",
             footer="larderlane.co.uk  ·  Manchester · Lisbon  ·  %(page)s",
             doc_title="Larder Lane CX proposal for Gabelgut", author="Larder Lane CX Ltd"),
 "fynbos": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#2e5e3a",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Fynbos Contact Partners (Pty) Ltd  —  Proposal to Gabelgut GmbH  —  RFP GG-CC-2027-07",
             footer="Fynbos Contact Partners (Pty) Ltd · Reg. 2011/148826/07 · The Estuaries, Century City, Cape Town 7441 · %(page)s",
             doc_title="Fynbos Contact Partners proposal to Gabelgut", author="Fynbos Contact Partners (Pty) Ltd"),
}
