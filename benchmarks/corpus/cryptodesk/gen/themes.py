"""Themes of the cryptodesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#3b2a6b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Lumora Digital Pte. Ltd.  ·  RFP LMX/CX/2026/07  ·  Outsourced Customer Support  ·  CONFIDENTIAL",
             footer="RFP LMX/CX/2026/07  ·  page %(page)s", doc_title="RFP LMX/CX/2026/07 Customer Support",
             author="Lumora Digital Pte. Ltd."),
 "tembusu": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.2, accent="#24463a",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Tembusu Contact Services Pte. Ltd.  ·  RFP LMX/CX/2026/07  ·  VOLUME 1 – TECHNICAL VOLUME",
             footer="Volume 1 – page %(page)s – Tembusu Contact Services Pte. Ltd. (UEN 200811934W) – Commercial in confidence",
             doc_title="Tembusu Technical Volume (Volume 1)", author="Tembusu Contact Services Pte. Ltd."),
 "tembusu_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.2, accent="#24463a",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Tembusu Contact Services Pte. Ltd.  ·  RFP LMX/CX/2026/07  ·  VOLUME 2 – COMMERCIAL SCHEDULE",
             footer="Volume 2 – page %(page)s – Tembusu Contact Services Pte. Ltd. (UEN 200811934W) – Commercial in confidence",
             doc_title="Tembusu Commercial Schedule (Volume 2)", author="Tembusu Contact Services Pte. Ltd."),
 "saomai": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#b5121b",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="SAO MAI BPO JOINT STOCK COMPANY  |  Offer No. SM-LMX-0916  |  RFP LMX/CX/2026/07",
             footer="Sao Mai BPO JSC · 62 Nguyen Luong Bang, Tan Phu Ward, District 7, Ho Chi Minh City · MST 0312876451 · trang %(page)s",
             doc_title="Sao Mai BPO offer for Lumora", author="Sao Mai BPO Joint Stock Company"),
 "brightharbor": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0a7ea8",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="BrightHarbor CX  ·  Calm support for anxious money moments",
             footer="brightharbor.ph  ·  Taguig · Cebu · Singapore  ·  %(page)s",
             doc_title="BrightHarbor CX proposal for Lumora Exchange", author="BrightHarbor CX, Inc."),
 "nusantara": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.6, accent="#7a4a0e",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="PT Nusantara Kontak Prima  –  Penawaran / Proposal No. NKP/PRO/IX/2026/118  –  RFP LMX/CX/2026/07",
             footer="PT Nusantara Kontak Prima · Menara Rasuna Lt. 21, Jl. H.R. Rasuna Said Kav. C-9, Jakarta Selatan 12940 · NPWP 02.731.584.6-063.000 · hal. %(page)s",
             doc_title="Proposal PT Nusantara Kontak Prima", author="PT Nusantara Kontak Prima"),
}
