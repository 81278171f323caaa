"""Themes of the trialrecruit set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#1f4e79", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Cedarbrook Clinical Research, Inc.  ·  RFP CCR-RFP-2028-017  ·  Patient Recruitment Contact Centre",
             footer="CCR-RFP-2028-017  ·  Confidential  ·  page %(page)s", doc_title="RFP CCR-RFP-2028-017",
             author="Cedarbrook Clinical Research, Inc."),
 "lakeshore": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a5c", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lakeshore Patient Connect Inc.  ·  Proposal LPC-2028-031 re CCR-RFP-2028-017  ·  VOLUME I – TECHNICAL",
             footer="Volume I – page %(page)s – Lakeshore Patient Connect Inc., Moncton, New Brunswick",
             doc_title="Lakeshore Patient Connect – Volume I (Technical)", author="Lakeshore Patient Connect Inc."),
 "lakeshore_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a5c", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Lakeshore Patient Connect Inc.  ·  Proposal LPC-2028-031 re CCR-RFP-2028-017  ·  VOLUME II – COMMERCIAL",
             footer="Volume II – page %(page)s – Lakeshore Patient Connect Inc., Moncton, New Brunswick",
             doc_title="Lakeshore Patient Connect – Volume II (Commercial)", author="Lakeshore Patient Connect Inc."),
 "sahyadri": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#8a3b12",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="SAHYADRI HEALTHCONNECT SERVICES PVT. LTD.  |  Ref: SHS/US/PR/2028/044  |  Cedarbrook RFP CCR-RFP-2028-017",
             footer="Sahyadri HealthConnect Services Pvt. Ltd. · Baner Road, Pune 411045 · CIN U74999PN2011PTC139208 · Page %(page)s",
             doc_title="Sahyadri HealthConnect – Techno-Commercial Proposal", author="Sahyadri HealthConnect Services Pvt. Ltd."),
 "enrollnova": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d2430f", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="EnrollNova  ·  every patient conversation counts",
             footer="enrollnova.com  ·  Scottsdale · San Antonio · Québec City  ·  %(page)s",
             doc_title="EnrollNova proposal for Cedarbrook", author="EnrollNova Patient Engagement, Inc."),
 "northgate": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9, accent="#2e6b4f", page="letter",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Northgate Clinical Contact Services, LLC — Response Matrix — CCR-RFP-2028-017",
             footer="NCCS-Q-0412 rev. B · Columbus, OH / Sherbrooke, QC · p. %(page)s",
             doc_title="Northgate response matrix", author="Northgate Clinical Contact Services, LLC"),
}
