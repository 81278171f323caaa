"""Themes of the socalerts set: one font, colour, page size and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#14456b", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Tieton Valley Federal Credit Union  ·  TVFCU-RFP-2028-017  ·  Tier-1 Alert Triage and Verification Callbacks",
             footer="TVFCU-RFP-2028-017  ·  Confidential  ·  Page %(page)s", doc_title="TVFCU-RFP-2028-017",
             author="Tieton Valley Federal Credit Union"),
 "bastion": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b3b3b", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Bastion Ridge Assurance Services, LLC  ·  Response to TVFCU-RFP-2028-017  ·  VOLUME I - TECHNICAL",
             footer="Volume I - Page %(page)s  ·  Bastion Ridge Assurance Services, LLC  ·  Proprietary and Confidential",
             doc_title="Bastion Ridge Volume I Technical", author="Bastion Ridge Assurance Services, LLC"),
 "bastion_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b3b3b", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Bastion Ridge Assurance Services, LLC  ·  Response to TVFCU-RFP-2028-017  ·  VOLUME II - PRICING SCHEDULE",
             footer="Volume II - Page %(page)s  ·  Bastion Ridge Assurance Services, LLC  ·  Proprietary and Confidential",
             doc_title="Bastion Ridge Volume II Pricing", author="Bastion Ridge Assurance Services, LLC"),
 "centinela": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#8a1c1c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="CENTINELA CONTACTO SEGURO, S.A. de C.V.  |  Propuesta / Proposal CCS-TV-0928  |  TVFCU-RFP-2028-017",
             footer="Centinela Contacto Seguro, S.A. de C.V. · Av. Constitución 2045 Pte., Monterrey, N.L. · RFC CCS150611KQ3 · pág. %(page)s",
             doc_title="Propuesta Centinela Contacto Seguro", author="Centinela Contacto Seguro, S.A. de C.V."),
 "kestrel": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6b2fb3", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Kestrelwave  ·  fraud response that feels human",
             footer="kestrelwave.com  ·  Austin · San Juan  ·  %(page)s",
             doc_title="Kestrelwave proposal for Tieton Valley FCU", author="Kestrelwave Security Operations, Inc."),
 "atalaya": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#0f5c4d", page="letter",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Atalaya Member Protection Services, LLC  –  Compliance Response  –  TVFCU-RFP-2028-017  –  Doc. AMPS-RFP-3391",
             footer="Atalaya Member Protection Services, LLC · 8200 NW 41st Street, Doral, FL 33166 · Page %(page)s of the Response",
             doc_title="Atalaya compliance response", author="Atalaya Member Protection Services, LLC"),
}
