"""Themes of the relocation set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#8a4b08",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Hartinger Umzugslogistik GmbH & Co. KG  ·  RFP HUL-KS-2026-07  ·  Customer Service and Move-Coordination Desk",
             footer="HUL-KS-2026-07  ·  Seite / page %(page)s", doc_title="RFP HUL-KS-2026-07 Move-Coordination Desk",
             author="Hartinger Umzugslogistik GmbH & Co. KG"),
 "lechtal": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#263d5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lechtal Kundenservice GmbH  ·  Angebot zu / Offer re HUL-KS-2026-07  ·  VOLUME 1 – TECHNICAL",
             footer="Volume 1 – Seite %(page)s – Lechtal Kundenservice GmbH, Amtsgericht Augsburg HRB 31877",
             doc_title="Lechtal Technical Volume", author="Lechtal Kundenservice GmbH"),
 "lechtal_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#263d5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lechtal Kundenservice GmbH  ·  Angebot zu / Offer re HUL-KS-2026-07  ·  VOLUME 2 – COMMERCIAL",
             footer="Volume 2 – Seite %(page)s – Lechtal Kundenservice GmbH, Amtsgericht Augsburg HRB 31877",
             doc_title="Lechtal Commercial Volume", author="Lechtal Kundenservice GmbH"),
 "wisla": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#b0122b",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="WISŁA CONTACT SOLUTIONS Sp. z o.o.  |  Oferta nr WCS/2026/311  |  Hartinger HUL-KS-2026-07",
             footer="Wisła Contact Solutions Sp. z o.o. · ul. Legnicka 48, 54-202 Wrocław · NIP 894-318-22-07 · str. %(page)s",
             doc_title="Offer Wisla Contact Solutions", author="Wisla Contact Solutions Sp. z o.o."),
 "anatolia": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#c2410c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="AnatoliaLink CX  ·  every move, one conversation",
             footer="anatolialink.ch  ·  Zug · İzmir · İstanbul  ·  %(page)s",
             doc_title="AnatoliaLink CX proposal for Hartinger", author="AnatoliaLink CX AG"),
 "miljacka": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#0f5f5f",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Miljacka Contact d.o.o. Sarajevo  –  Compliance response HUL-KS-2026-07  –  Ref. MC-2026-142",
             footer="Miljacka Contact d.o.o. · Zmaja od Bosne 7a, 71000 Sarajevo · JIB 4202779410004 · str. %(page)s",
             doc_title="Miljacka Contact compliance response", author="Miljacka Contact d.o.o."),
}
