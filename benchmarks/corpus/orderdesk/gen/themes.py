"""Themes of the orderdesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#7a4a0c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Hartwig Technischer Handel GmbH & Co. KG  ·  Einkauf / Procurement  ·  RFP HTH-EK-2028-017",
             footer="HTH-EK-2028-017  ·  Seite / page %(page)s  ·  vertraulich / confidential",
             doc_title="RFP HTH-EK-2028-017 Outsourced Order Desk",
             author="Hartwig Technischer Handel GmbH & Co. KG"),
 "trivium": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.8, accent="#3b4a6b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Trivium Backoffice Services GmbH  ·  Volume 1 – Approach and Service  ·  HTH-EK-2028-017",
             footer="Trivium Backoffice Services GmbH · Brühl 52, 04109 Leipzig · HRB 33871 AG Leipzig · Vol. 1, p. %(page)s",
             doc_title="Trivium Volume 1 - Approach and Service", author="Trivium Backoffice Services GmbH"),
 "trivium_b": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.6, accent="#3b4a6b",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="TRIVIUM BACKOFFICE SERVICES GMBH / VOL. 2 COMMERCIAL SCHEDULE / HTH-EK-2028-017",
             footer="Vol. 2 - Commercial Schedule - p. %(page)s",
             doc_title="Trivium Volume 2 - Commercial Schedule", author="Trivium Backoffice Services GmbH"),
 "odra": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#a3171d",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="ODRA BUSINESS SOLUTIONS Sp. z o.o.  |  Oferta nr OBS/2028/031  |  Hartwig HTH-EK-2028-017",
             footer="Odra Business Solutions Sp. z o.o. · ul. Legnicka 48, 54-202 Wrocław · KRS 0000612874 · NIP 8971825503 · str. %(page)s",
             doc_title="Offer Odra Business Solutions", author="Odra Business Solutions Sp. z o.o."),
 "nexaflow": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2bd9",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="NexaFlow  ·  Flow, not friction.",
             footer="nexaflow.eu  ·  Vienna · Brno · Kraków  ·  %(page)s",
             doc_title="NexaFlow proposal for Hartwig", author="NexaFlow Commerce Operations GmbH"),
 "beskyd": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.6, accent="#0f5c5c",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Beskyd Business Services a.s.  ·  Nabídka / Offer BBS-N-2028-0114  ·  RFP HTH-EK-2028-017",
             footer="Beskyd Business Services a.s. · Nádražní 112, 702 00 Ostrava · IČO 27845612 · strana %(page)s",
             doc_title="Beskyd Business Services offer", author="Beskyd Business Services a.s."),
}
