"""Themes of the mineops set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#9a4a1c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Compañía Minera Tres Quebradas S.A.  ·  RFP LP-RRHH-2027-06  ·  Mesa de Servicios al Trabajador",
             footer="LP-RRHH-2027-06  ·  página / page %(page)s", doc_title="RFP LP-RRHH-2027-06 Service Desk",
             author="Compania Minera Tres Quebradas S.A."),
 "altiplano": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f3d5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Altiplano Contact Center SpA  ·  Propuesta Técnica / Technical Proposal  ·  LP-RRHH-2027-06",
             footer="Altiplano Contact Center SpA · Av. Angamos 0610, Antofagasta · Propuesta Técnica – pág. %(page)s",
             doc_title="Altiplano Propuesta Tecnica", author="Altiplano Contact Center SpA"),
 "altiplano_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f3d5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Altiplano Contact Center SpA  ·  Propuesta Económica / Commercial Proposal  ·  LP-RRHH-2027-06",
             footer="Altiplano Contact Center SpA · Av. Angamos 0610, Antofagasta · Propuesta Económica – pág. %(page)s",
             doc_title="Altiplano Propuesta Economica", author="Altiplano Contact Center SpA"),
 "benchline": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0b5d8c", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Benchline Workforce Support, Inc.  |  Proposal for Compañía Minera Tres Quebradas S.A.  |  Confidential",
             footer="benchline.com  ·  Tucson · Santiago  ·  Page %(page)s", doc_title="Benchline proposal for CMTQ",
             author="Benchline Workforce Support, Inc."),
 "pukara": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=9, accent="#3a5a2a",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="PUKARA SERVICIOS COMPARTIDOS S.A.C. | PSC-OF-27-031 | LP-RRHH-2027-06",
             footer="Pukará Servicios Compartidos S.A.C. | RUC 20603318842 | Lima | p. %(page)s",
             doc_title="Pukara offer PSC-OF-27-031", author="Pukara Servicios Compartidos S.A.C."),
 "vertice": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#6b1f4f",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Vértice Servicios al Personal S.A.  –  Oferta Licitación LP-RRHH-2027-06  –  Compañía Minera Tres Quebradas S.A.",
             footer="Vértice Servicios al Personal S.A. · Av. Manquehue Sur 520, Las Condes · RUT 96.713.440-K · pág. %(page)s",
             doc_title="Vertice oferta LP-RRHH-2027-06", author="Vertice Servicios al Personal S.A."),
}
