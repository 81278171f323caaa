"""Themes of the loyaltydesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#0b6e4f",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Rede Farmavida Drogarias S.A.  ·  RFP-VP-2027/031  ·  Vida+ Member Service Desk",
             footer="RFP-VP-2027/031  ·  página / page %(page)s", doc_title="RFP-VP-2027/031 Vida+ Member Service Desk",
             author="Rede Farmavida Drogarias S.A."),
 "cruzeiro": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Cruzeiro Relacionamento e Teleatendimento Ltda.  ·  CRT/PROP/2027-0447  ·  VOLUME I – TECHNICAL",
             footer="Volume I – p. %(page)s – CNPJ 09.418.226/0001-73 – Confidential",
             doc_title="Cruzeiro Technical Volume (Volume I)", author="Cruzeiro Relacionamento e Teleatendimento Ltda."),
 "cruzeiro_c": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f3a5f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Cruzeiro Relacionamento e Teleatendimento Ltda.  ·  CRT/PROP/2027-0447  ·  VOLUME II – COMMERCIAL",
             footer="Volume II – p. %(page)s – CNPJ 09.418.226/0001-73 – Confidential",
             doc_title="Cruzeiro Commercial Proposal (Volume II)", author="Cruzeiro Relacionamento e Teleatendimento Ltda."),
 "andes": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#6b2d8c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="ANDES CONTACT S.A.  |  Propuesta AC-BR-2027-62  |  RFP-VP-2027/031 Farmavida",
             footer="Andes Contact S.A. · Av. Colón 1.450, Córdoba, Argentina · CUIT 30-71548823-4 · página %(page)s",
             doc_title="Andes Contact proposal", author="Andes Contact S.A."),
 "pulso": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e0457b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Pulso CX  ·  feel every member",
             footer="pulsocx.com.br  ·  São Paulo · Recife  ·  %(page)s",
             doc_title="Pulso CX for Farmavida Vida+", author="Pulso CX Serviços Digitais Ltda."),
 "meridiano": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#8a4b08",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Meridiano Teleserviços S.A.  –  Proposta MTS-2027/0912  –  RFP-VP-2027/031",
             footer="Meridiano Teleserviços S.A. · Campinas/SP · CNPJ 02.775.904/0001-18 · pág. %(page)s",
             doc_title="Meridiano compliance questionnaire", author="Meridiano Teleserviços S.A."),
}
