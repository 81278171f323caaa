"""Themes of the tutoring set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#c2410c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Lousa Aberta Tecnologia Educacional Ltda.  ·  RFP LA-CS-2026/014  ·  Student, Parent and Tutor Support",
             footer="LA-CS-2026/014  ·  página / page %(page)s", doc_title="RFP LA-CS-2026/014 Outsourced Support",
             author="Lousa Aberta Tecnologia Educacional Ltda."),
 "lusovox": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.3, accent="#1e3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lusovox Serviços Partilhados, S.A.  ·  Proposal LVX/PT/2026/311  ·  VOLUME I – TECHNICAL QUESTIONNAIRE",
             footer="Volume I · p. %(page)s · Lusovox Serviços Partilhados, S.A. · NIPC 514 208 771 · Porto",
             doc_title="Lusovox Volume I - Technical Questionnaire", author="Lusovox Servicos Partilhados, S.A."),
 "lusovox_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.3, accent="#1e3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lusovox Serviços Partilhados, S.A.  ·  Proposal LVX/PT/2026/311  ·  VOLUME II – COMMERCIAL CONDITIONS",
             footer="Volume II · p. %(page)s · Lusovox Serviços Partilhados, S.A. · NIPC 514 208 771 · Porto",
             doc_title="Lusovox Volume II - Commercial Conditions", author="Lusovox Servicos Partilhados, S.A."),
 "andina": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#0f5132",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="ANDINA CONTACTO BPO S.A.S.  |  Oferta AC-0926-047  |  Lousa RFP LA-CS-2026/014",
             footer="Andina Contacto BPO S.A.S. · NIT 901.338.274-6 · Carrera 43A # 1-50, Medellín · página %(page)s",
             doc_title="Oferta Andina Contacto para Lousa", author="Andina Contacto BPO S.A.S."),
 "kora": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#7c3aed",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="KORA EXPERIENCE  ·  care that learns with you",
             footer="kora.experience  ·  Recife · Guadalajara · Lisboa  ·  %(page)s",
             doc_title="Kora Experience x Lousa", author="Kora Experience Studios Ltda."),
 "serra": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=8.8, accent="#374151",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="SERRA GRANDE BPO LTDA. | PROP. SG-0914/26 | LOUSA LA-CS-2026/014",
             footer="Serra Grande BPO Ltda. · CNPJ 09.611.245/0001-38 · Campinas/SP · fl. %(page)s",
             doc_title="SG-0914/26 Lousa", author="Serra Grande BPO Ltda."),
}
