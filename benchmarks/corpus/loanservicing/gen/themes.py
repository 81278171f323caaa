"""Themes of the loanservicing set: one font, accent colour and running header/footer per document family.
Only DejaVu fonts are installed on the build host, so the voices differ by family (Sans, Serif, condensed cuts)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#2f4f2f", page="letter",
             ttf=ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Bluestem Higher Education Loan Authority  |  RFP BHELA-2026-BCC-04  |  Borrower Contact Center",
             footer="BHELA-2026-BCC-04  -  Page %(page)s", doc_title="RFP Borrower Contact Center and Repayment Operations",
             author="Bluestem Higher Education Loan Authority"),
 "ridgeline": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#17324d", page="letter",
             ttf=ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="RIDGELINE SERVICING SOLUTIONS, LLC  -  Proposal No. RSS-P-2026-0219  -  CONFIDENTIAL: TRADE SECRET MATERIAL MARKED",
             footer="Ridgeline Servicing Solutions, LLC  |  Response to RFP BHELA-2026-BCC-04  |  %(page)s",
             doc_title="Ridgeline proposal to BHELA", author="Ridgeline Servicing Solutions, LLC"),
 "tanglaw": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#b8860b",
             ttf=ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Tanglaw Contact Solutions, Inc.  ·  Cebu IT Park  ·  Clark Freeport Zone  ·  Questionnaire Response TCS-US-0266",
             footer="TCS-US-0266  |  Tanglaw Contact Solutions, Inc. (SEC Reg. CS201012877)  |  page %(page)s",
             doc_title="Tanglaw questionnaire response", author="Tanglaw Contact Solutions, Inc."),
 "bluemahoe": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.8, accent="#7a1f3d",
             ttf=ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Blue Mahoe Contact Centres Limited  -  Montego Bay Free Zone & Portmore, St. Catherine  -  Ref. BMCC/BHELA/26/07",
             footer="Blue Mahoe Contact Centres Ltd.  -  Point-by-point response  -  Pg. %(page)s",
             doc_title="Blue Mahoe response to BHELA", author="Blue Mahoe Contact Centres Limited"),
 "lumora": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2c91", page="letter",
             ttf=ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="LUMORA ENGAGEMENT GROUP   ·   Brighter borrower journeys™",
             footer="lumoraengage.example.com  ·  Scottsdale · Tucson · Las Cruces  ·  %(page)s",
             doc_title="Lumora for Bluestem", author="Lumora Engagement Group, Inc."),
}
