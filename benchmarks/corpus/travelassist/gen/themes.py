"""Themes of the travelassist set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#1e3f66",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Isarmond Reiseversicherung AG  ·  Einkauf  ·  RFP IRV-EK-2028/04  ·  24/7 Travel-Medical and Travel-Assistance Line",
             footer="IRV-EK-2028/04  ·  Seite / page %(page)s  ·  vertraulich / confidential",
             doc_title="RFP IRV-EK-2028/04 Travel Assistance Line", author="Isarmond Reiseversicherung AG"),
 "likya": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9, accent="#b3261e",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="LİKYA ASİSTANS  |  Offer LKY-TKL-2028-031  |  IRV-EK-2028/04",
             footer="Likya Asistans ve Çağrı Hizmetleri A.Ş. · Antalya Kurumlar V.D. 6110473229 · sayfa %(page)s",
             doc_title="Likya Asistans offer LKY-TKL-2028-031", author="Likya Asistans ve Cagri Hizmetleri A.S."),
 "costa": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#c0561b",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Costa Asistencia Integral, S.L.  ·  Ref. CAI-OF-28-0117  ·  Questionnaire and Compliance Matrix",
             footer="Costa Asistencia Integral, S.L. · CIF B-92718430 · Málaga · página %(page)s",
             doc_title="Costa Asistencia response IRV-EK-2028/04", author="Costa Asistencia Integral, S.L."),
 "siam": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#5b2a86",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Siam Careline Co., Ltd.  ·  caring for travellers since 2012",
             footer="Siam Careline Co., Ltd. · 98 Sathorn Square, Bangkok 10500 · Tax ID 0105555081234 · page %(page)s",
             doc_title="Siam Careline proposal for Isarmond", author="Siam Careline Co., Ltd."),
 "teralis": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#2b2b2b",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Teralis Assistance Services Limited  ·  Proposal re RFP IRV-EK-2028/04  ·  VOLUME 1 – TECHNICAL VOLUME",
             footer="Volume 1 – page %(page)s – Teralis Assistance Services Limited, Reg. No. C 81423 (Malta)",
             doc_title="Teralis Technical Volume (Volume 1)", author="Teralis Assistance Services Limited"),
 "teralis_p": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#2b2b2b",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Teralis Assistance Services Limited  ·  Proposal re RFP IRV-EK-2028/04  ·  VOLUME 2 – PRICE SCHEDULE",
             footer="Volume 2 – page %(page)s – Teralis Assistance Services Limited, Reg. No. C 81423 (Malta)",
             doc_title="Teralis Price Schedule (Volume 2)", author="Teralis Assistance Services Limited"),
}
