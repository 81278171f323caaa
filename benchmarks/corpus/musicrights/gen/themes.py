"""Themes of the musicrights set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#6b2d5c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Klangrätt ekonomisk förening  ·  Förfrågningsunderlag KR-2028-017  ·  Member and Licensee Service Centre",
             footer="KR-2028-017  ·  sida / page %(page)s", doc_title="KR-2028-017 Member and Licensee Service Centre",
             author="Klangratt ekonomisk forening"),
 "halvard": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f2f4a",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Halvard & Lind Outsourcing AB  ·  KR-2028-017  ·  VOLUME I – SERVICE PROPOSAL  ·  Confidential",
             footer="Volume I – page %(page)s – Halvard & Lind Outsourcing AB, org. nr 556871-3302, Malmö",
             doc_title="Halvard & Lind Volume I Service Proposal", author="Halvard & Lind Outsourcing AB"),
 "halvard_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#1f2f4a",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Halvard & Lind Outsourcing AB  ·  KR-2028-017  ·  VOLUME II – COMMERCIAL PROPOSAL  ·  Confidential",
             footer="Volume II – page %(page)s – Halvard & Lind Outsourcing AB, org. nr 556871-3302, Malmö",
             doc_title="Halvard & Lind Volume II Commercial Proposal", author="Halvard & Lind Outsourcing AB"),
 "fjordlinje": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0b5c7a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Fjordlinje Kundesenter AS  –  Tilbud til Klangrätt ek. för.  –  KR-2028-017",
             footer="Fjordlinje Kundesenter AS · Strandkaien 14, 5013 Bergen · org.nr. 996 412 087 MVA · side %(page)s",
             doc_title="Tilbud Fjordlinje Kundesenter", author="Fjordlinje Kundesenter AS"),
 "saimaa": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#2a6f3e",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Saimaa Contact Oy  |  Proposal to Klangrätt ek. för.  |  RFP KR-2028-017",
             footer="Saimaa Contact Oy · Valtakatu 33, 53100 Lappeenranta · Y-tunnus 2874519-6 · sivu %(page)s",
             doc_title="Saimaa Contact proposal KR-2028-017", author="Saimaa Contact Oy"),
 "vinterhamn": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#3d3d3d",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Vinterhamn Kundservice AB  –  Anbud KR-2028-017",
             footer="Vinterhamn Kundservice AB · Storgatan 27, 852 30 Sundsvall · 556934-1178 · sid %(page)s",
             doc_title="Anbud Vinterhamn Kundservice", author="Vinterhamn Kundservice AB"),
}
