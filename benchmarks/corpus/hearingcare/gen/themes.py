"""Themes of the hearingcare set: one look per document author (fonts are the DejaVu family; Liberation is not
installed here)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _fonts(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#5b2a86",
             ttf=_fonts("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Klarlyd Hearing Group A/S  -  RFP KHG-CCBO-2028-03  -  Patient Contact Centre and Claims Back Office",
             footer="KHG-CCBO-2028-03  |  side / page %(page)s", doc_title="RFP Patient Contact Centre and Claims Back Office",
             author="Klarlyd Hearing Group A/S"),
 "bielmann": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1e4d2b",
             ttf=_fonts("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Bielmann Kontaktzentrum AG  ·  Zentralstrasse 63, CH-2502 Biel/Bienne  ·  Offer BKZ-O-2028-041  ·  Confidential",
             footer="BKZ-O-2028-041  ·  Seite / page %(page)s", doc_title="Offer BKZ-O-2028-041",
             author="Bielmann Kontaktzentrum AG"),
 "vitosha": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#8c1c13",
             ttf=_fonts("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="VITOSHA MULTILINGUAL SERVICES EOOD  |  1407 Sofia, bul. Cherni vrah 51B  |  Offer No 118 / 27.03.2028",
             footer="UIC 205884317  |  www.vitosha-ms.bg  |  page %(page)s", doc_title="Offer Vitosha Multilingual Services",
             author="Vitosha Multilingual Services EOOD"),
 "auralis": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#d9480f",
             ttf=_fonts("DejaVuSans", "DejaVuSans-Bold"),
             header="AURALIS CX  -  every voice, heard.",
             footer="auralis.dk  ·  Copenhagen  ·  Lisbon  ·  %(page)s", doc_title="Auralis CX proposal for Klarlyd",
             author="Auralis CX ApS"),
 "pulsline": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#00607a",
             ttf=_fonts("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="Pulsline Patient Services GmbH  |  Angebot / Proposal PPS-2028-117  |  Antwort auf / response to RFP KHG-CCBO-2028-03",
             footer="Pulsline Patient Services GmbH · Podbielskistraße 301 · 30655 Hannover · HRB 219044 · Seite %(page)s",
             doc_title="Pulsline proposal PPS-2028-117", author="Pulsline Patient Services GmbH"),
}
