"""Themes of the interpreting set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#0b4f6c", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Fundy-Chaleur Health Authority / Régie de santé Fundy-Chaleur  ·  FCHA-RFP-2028-031  ·  Interpreting Access Centre",
             footer="FCHA-RFP-2028-031  ·  page %(page)s", doc_title="FCHA-RFP-2028-031 Interpreting Access Centre",
             author="Fundy-Chaleur Health Authority"),
 "hudson": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10.5, accent="#3b3b6d", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Hudson Relay Language Operations, LLC  ·  Proposal to FCHA-RFP-2028-031  ·  VOLUME I – TECHNICAL",
             footer="Volume I – Technical – page %(page)s – Hudson Relay Language Operations, LLC – Confidential",
             doc_title="Hudson Relay Volume I Technical", author="Hudson Relay Language Operations, LLC"),
 "hudson_c": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10.5, accent="#3b3b6d", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Hudson Relay Language Operations, LLC  ·  Proposal to FCHA-RFP-2028-031  ·  VOLUME II – COMMERCIAL SCHEDULE",
             footer="Volume II – Commercial – page %(page)s – Hudson Relay Language Operations, LLC – Confidential",
             doc_title="Hudson Relay Volume II Commercial Schedule", author="Hudson Relay Language Operations, LLC"),
 "passerelle": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10.5, accent="#7a1f3d",
             page="letter", ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Passerelle Accès Linguistique inc.  |  Questionnaire de conformité / Compliance questionnaire  |  AO/RFP FCHA-RFP-2028-031",
             footer="Passerelle Accès Linguistique inc. · 2600, boul. Laurier, Québec (QC) · NEQ 1172450398 · p. %(page)s",
             doc_title="Passerelle questionnaire de conformite", author="Passerelle Acces Linguistique inc."),
 "sunbridge": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=11, accent="#a34700",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="SUNBRIDGE MULTILINGUAL SERVICES PVT. LTD.  –  Techno-Commercial Offer  –  Ref. SMS/FCHA/2028/044",
             footer="Sunbridge Multilingual Services Pvt. Ltd. · Plot C-118, Phase 8B Industrial Area, Mohali, Punjab · CIN U74999PB2014PTC038815 · Page %(page)s",
             doc_title="Sunbridge techno-commercial offer", author="Sunbridge Multilingual Services Pvt. Ltd."),
 "bayanihan": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#d9480f", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Bayanihan CX Partners  ·  every voice, connected",
             footer="bayanihancx.com  ·  Taguig City · Cebu · Winnipeg · Moncton  ·  %(page)s",
             doc_title="Bayanihan CX proposal for Fundy-Chaleur", author="Bayanihan CX Partners, Inc."),
}
