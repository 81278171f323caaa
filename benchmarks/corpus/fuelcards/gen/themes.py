DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#8a3b00",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Vektra Fleet Payments SE - RFP VFP-CS-2027-07 - Card-holder and Fleet-manager Support Desk",
             footer="VFP-CS-2027-07 | page %(page)s", doc_title="RFP Card-holder Support Desk", author="Vektra Fleet Payments SE"),
 "aurelis": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a1b9a",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="AURELIS  |  Experiences that move fleets", footer="aurelis-cx.eu  \u00b7  %(page)s",
             doc_title="Aurelis proposal for Vektra", author="Aurelis Experience Group Sp. z o.o."),
 "korvex": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#2f4f4f",
             header="KORVEX Service Operations s.r.o. | Offer KSO-27-318 | ref. VFP-CS-2027-07",
             footer="KSO-27-318 - p. %(page)s", doc_title="KORVEX offer", author="KORVEX Service Operations s.r.o."),
 "donau": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1f3a5f",
             header="Donaustrom Kundenservice GmbH  -  Angebot / Proposal DKS-A-2027-044  -  Vertraulich / Confidential",
             footer="Donaustrom Kundenservice GmbH | FN 402118 k | Seite / Page %(page)s", doc_title="Donaustrom proposal", author="Donaustrom Kundenservice GmbH"),
 "tankly": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#00897b",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="tankly.care - support that drives with you", footer="Tankly Care sp. z o.o. - Krakow - %(page)s",
             doc_title="Tankly offer Vektra", author="Tankly Care sp. z o.o."),
}
