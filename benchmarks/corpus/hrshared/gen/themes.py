DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#b0131e",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Alpenrand Technik Gruppe AG - RFP ALT-HRSS-2027-04 - Employee HR Shared-Services Desk",
             footer="ALT-HRSS-2027-04 | page %(page)s", doc_title="RFP HR Shared-Services Desk", author="Alpenrand Technik Gruppe AG"),
 "hollis": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#1b2a49",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Hollis Crane Advisory AG  |  People Operate  |  Strictly confidential - prepared for Alpenrand Technik Gruppe AG",
             footer="(c) 2027 Hollis Crane Advisory AG. All rights reserved.  %(page)s", doc_title="Hollis Crane People Operate proposal", author="Hollis Crane Advisory AG"),
 "kaveri": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#2f5d50",
             header="Kaveri Meridian HR Operations Pvt. Ltd. | Bid KMH/EU/2027/311 | RFP ALT-HRSS-2027-04 | Compliance Response",
             footer="KMH/EU/2027/311 - p. %(page)s", doc_title="Kaveri Meridian compliance response", author="Kaveri Meridian HR Operations Pvt. Ltd."),
 "seeland": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d9730d",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Seeland People Services AG - Biel/Bienne - our answers for Alpenrand", footer="seeland-people.ch  -  %(page)s",
             doc_title="Seeland People Services proposal", author="Seeland People Services AG"),
 "auerbach": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b3b3b",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Auerbach Lenz Shared Services GmbH - Draft Services Agreement and Offer ALS-2027-HR-058",
             footer="ALS-2027-HR-058 - Page %(page)s", doc_title="Auerbach Lenz offer", author="Auerbach Lenz Shared Services GmbH"),
}
