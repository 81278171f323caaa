"""Themes of the timeshare set: one font, colour and running header per document family (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0e6e6e", page="letter",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Mareaviva Vacation Club  |  RFP MVC-OSC-2027-03  |  Owner Services Centre",
             footer="MVC-OSC-2027-03  -  page %(page)s  -  confidential, for invited vendors only",
             doc_title="RFP MVC-OSC-2027-03 Owner Services Centre", author="Mareaviva Vacation Club"),
 "bellwether": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#23234f", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="BELLWETHER RECOVERY & CARE PARTNERS, L.L.C.  -  Technical Response to RFP MVC-OSC-2027-03",
             footer="Bellwether Proposal No. BRC-2027-118  |  Privileged and Confidential  |  Page %(page)s",
             doc_title="Bellwether Technical Response", author="Bellwether Recovery & Care Partners, L.L.C."),
 "bellwether_exc": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#23234f", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="BELLWETHER RECOVERY & CARE PARTNERS, L.L.C.  -  Exhibit C to Proposal No. BRC-2027-118",
             footer="Exhibit C - Pricing and Commercial Terms  |  Page C-%(page)s",
             doc_title="Bellwether Exhibit C Pricing", author="Bellwether Recovery & Care Partners, L.L.C."),
 "alcaravan": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#9a4d00",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Alcaraván Contact Center S.A.S.  ·  NIT 900.418.772-5  ·  Barranquilla - Medellín, Colombia",
             footer="Propuesta AC-MVC-0427  ·  pág. %(page)s",
             doc_title="Propuesta Alcaravan para Mareaviva", author="Alcaraván Contact Center S.A.S."),
 "sunward": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#e0701b", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="sunward experience co.   where every owner comes home",
             footer="sunwardexperience.com  ·  Orlando · Santo Domingo · Manila  ·  %(page)s",
             doc_title="Sunward OwnerJoy proposal", author="Sunward Experience Co."),
 "cenzontle": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#1d6b3a", page="letter",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="GRUPO CENZONTLE SERVICIOS DE CONTACTO, S.A.P.I. DE C.V. | Respuesta punto por punto RFP MVC-OSC-2027-03",
             footer="GCS-PROP-2027-031 | Mérida, Yuc. | hoja %(page)s",
             doc_title="Cenzontle respuesta RFP", author="Grupo Cenzontle Servicios de Contacto"),
}
