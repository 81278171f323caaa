"""Themes of the medicalaid set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#0b5c6b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Mvelo Health Medical Scheme  ·  RFP MHMS/PROC/2026/017  ·  Member Helpline and Emergency Authorisation Line",
             footer="MHMS/PROC/2026/017  ·  page %(page)s  ·  Confidential to bidders",
             doc_title="RFP MHMS/PROC/2026/017 Member Helpline", author="Mvelo Health Medical Scheme"),
 "kestrel": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a58",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Kestrel Health Contact (Pty) Ltd  ·  RFP MHMS/PROC/2026/017  ·  TECHNICAL VOLUME",
             footer="Technical Volume – page %(page)s – Kestrel Health Contact (Pty) Ltd, Reg. No. 2009/118274/07",
             doc_title="Kestrel Technical Volume", author="Kestrel Health Contact (Pty) Ltd"),
 "kestrel_c": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a58",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Kestrel Health Contact (Pty) Ltd  ·  RFP MHMS/PROC/2026/017  ·  COMMERCIAL SCHEDULE",
             footer="Commercial Schedule – page %(page)s – Kestrel Health Contact (Pty) Ltd, Reg. No. 2009/118274/07",
             doc_title="Kestrel Commercial Schedule", author="Kestrel Health Contact (Pty) Ltd"),
 "lagune": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#00607a",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="LAGUNE CONTACT SERVICES LTD  |  Offer LCS/ZA/26-041  |  Tender MHMS/PROC/2026/017",
             footer="Lagune Contact Services Ltd · Ebène Cybercity, Mauritius · BRN C11099412 · page %(page)s",
             doc_title="Offer Lagune Contact Services", author="Lagune Contact Services Ltd"),
 "umoya": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d2572b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Umoya CX  ·  human care, beautifully run",
             footer="umoyacx.co.za  ·  Braamfontein · East London  ·  %(page)s",
             doc_title="Umoya CX proposal for Mvelo Health", author="Umoya CX (Pty) Ltd"),
 "highveld": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#2d4f1e",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Highveld Interaction Services (Pty) Ltd  –  Bid Response MHMS/PROC/2026/017",
             footer="Highveld Interaction Services (Pty) Ltd · Waterfall Corner, Midrand · B-BBEE Level 1 · p. %(page)s",
             doc_title="Highveld bid response", author="Highveld Interaction Services (Pty) Ltd"),
}
