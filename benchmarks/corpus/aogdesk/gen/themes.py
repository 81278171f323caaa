"""Themes of the aogdesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Corrib Aviation Group DAC  ·  RFP CAG-AOG-2028-07  ·  24/7 AOG Parts and Logistics Desk",
             footer="CAG-AOG-2028-07  ·  Commercial in confidence  ·  page %(page)s", doc_title="RFP CAG-AOG-2028-07 AOG Desk",
             author="Corrib Aviation Group DAC"),
 "ardmore": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#23395b",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Ardmore Aero Services Limited  ·  RFP CAG-AOG-2028-07  ·  Part 1 – Technical Volume",
             footer="Part 1 – page %(page)s – Ardmore Aero Services Limited, registered in Ireland no. 498213",
             doc_title="Ardmore Aero Technical Volume (Part 1)", author="Ardmore Aero Services Limited"),
 "ardmore_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#23395b",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Ardmore Aero Services Limited  ·  RFP CAG-AOG-2028-07  ·  Part 2 – Commercial Schedule",
             footer="Part 2 – page %(page)s – Ardmore Aero Services Limited, registered in Ireland no. 498213",
             doc_title="Ardmore Aero Commercial Schedule (Part 2)", author="Ardmore Aero Services Limited"),
 "qamar": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#b5651d",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Qamar Aerologix  ·  keeping fleets flying",
             footer="qamaraerologix.ae  ·  Dubai South · UAE  ·  %(page)s",
             doc_title="Qamar Aerologix proposal for Corrib", author="Qamar Aerologix FZ-LLC"),
 "atlas": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#7a1f1f",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Atlas Aéro Services SARL  –  Offre / Offer AAS/OFF/2028/061  –  Consultation CAG-AOG-2028-07",
             footer="Atlas Aéro Services SARL · Midparc, Zone Franche de Nouaceur, Casablanca · ICE 002318845000071 · page %(page)s",
             doc_title="Offre Atlas Aero Services", author="Atlas Aero Services SARL"),
 "luzon": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#2e5e2e",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="LUZON AERODESK SOLUTIONS, INC. | RFP CAG-AOG-2028-07 | RESPONSE FORM",
             footer="Luzon AeroDesk Solutions, Inc. | Clark Freeport Zone, Pampanga | Page %(page)s",
             doc_title="Luzon AeroDesk response form", author="Luzon AeroDesk Solutions, Inc."),
}
