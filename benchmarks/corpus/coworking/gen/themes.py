"""Themes of the coworking set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#c2410c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Nodo Espacios Flexibles, S.L.  ·  RFP NODO-MS-2028-01  ·  Member Support Services",
             footer="NODO-MS-2028-01  ·  página / page %(page)s", doc_title="RFP NODO-MS-2028-01 Member Support",
             author="Nodo Espacios Flexibles, S.L."),
 "atalaya": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1e3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Atalaya Contact Solutions, S.L.  ·  Offer ACS/OF/2028/0117  ·  TECHNICAL VOLUME",
             footer="Technical Volume – page %(page)s – Atalaya Contact Solutions, S.L. – CIF B-87412093",
             doc_title="Atalaya Technical Volume", author="Atalaya Contact Solutions, S.L."),
 "atalaya_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1e3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Atalaya Contact Solutions, S.L.  ·  Offer ACS/OF/2028/0117  ·  COMMERCIAL OFFER (OFERTA ECONÓMICA)",
             footer="Commercial Offer – page %(page)s – Atalaya Contact Solutions, S.L. – CIF B-87412093",
             doc_title="Atalaya Commercial Offer", author="Atalaya Contact Solutions, S.L."),
 "ponte": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#0f5e6e",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="PONTE ATLÂNTICO – Serviços de Contacto, Lda.  |  Proposal for Nodo  |  RFP NODO-MS-2028-01",
             footer="Ponte Atlântico, Lda. · Rua de Santa Catarina 1180, Porto · NIPC 509 884 216 · pág. %(page)s",
             doc_title="Ponte Atlantico proposal", author="Ponte Atlantico - Servicos de Contacto, Lda."),
 "colmena": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d99a00",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Colmena CX  ·  member care with a buzz",
             footer="colmenacx.co  ·  Medellín · Bogotá · Barcelona  ·  %(page)s",
             doc_title="Colmena CX for Nodo", author="Colmena CX S.A.S."),
 "orla": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#2a6b3c",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="ORLA Relacionamento e Atendimento Ltda.  –  Proposal ORL-EU-2028-009  –  RFP NODO-MS-2028-01",
             footer="Orla Relacionamento e Atendimento Ltda. · CNPJ 21.406.338/0001-52 · p. %(page)s",
             doc_title="Orla proposal", author="Orla Relacionamento e Atendimento Ltda."),
}
