"""Themes of the wasteline set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#2f5d2a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Zveza komunalnih podjetij Drava–Mura, GIZ  ·  RFP ZDM-KC-2027-11  ·  Resident and Trade-Waste Contact Line",
             footer="ZDM-KC-2027-11  ·  stran / page %(page)s", doc_title="RFP ZDM-KC-2027-11 Contact Line",
             author="Zveza komunalnih podjetij Drava-Mura, GIZ"),
 "kontaktis": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#5a1f24",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Kontaktis Servicezentrum GmbH  ·  Offer re RFP ZDM-KC-2027-11  ·  PART A – TECHNICAL OFFER",
             footer="Part A – page %(page)s – Kontaktis Servicezentrum GmbH, FN 402117 m, Regional Court Graz",
             doc_title="Kontaktis Technical Offer (Part A)", author="Kontaktis Servicezentrum GmbH"),
 "kontaktis_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#5a1f24",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Kontaktis Servicezentrum GmbH  ·  Offer re RFP ZDM-KC-2027-11  ·  PART B – COMMERCIAL OFFER",
             footer="Part B – page %(page)s – Kontaktis Servicezentrum GmbH, FN 402117 m, Regional Court Graz",
             doc_title="Kontaktis Commercial Offer (Part B)", author="Kontaktis Servicezentrum GmbH"),
 "panonija": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#1d5e3a",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="PANONIJA KONTAKT d.o.o. Novi Sad  |  Offer no. PK-2027-188  |  Tender ZDM-KC-2027-11",
             footer="Panonija Kontakt d.o.o. · Bulevar Mihajla Pupina 19, Novi Sad · PIB 109874532 · strana %(page)s",
             doc_title="Offer Panonija Kontakt", author="Panonija Kontakt d.o.o."),
 "loopline": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#00917a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="LoopLine CX  ·  conversations that close the loop",
             footer="loopline.eu  ·  Ljubljana · Zagreb · Klagenfurt  ·  %(page)s",
             doc_title="LoopLine CX proposal for Drava-Mura", author="LoopLine CX d.o.o."),
 "sava": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#1b3f8b",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Sava Contact Services d.o.o.  –  Response to RFP ZDM-KC-2027-11  –  Ref. SCS-P-2027-074",
             footer="Sava Contact Services d.o.o. · Radnička cesta 54, Zagreb · OIB 48210937165 · str. %(page)s",
             doc_title="Sava Contact Services response", author="Sava Contact Services d.o.o."),
}
