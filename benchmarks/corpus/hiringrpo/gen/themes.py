DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#7a1f2b", page="letter",
             header="Confluence Health Group - RFP CHG-TA-2027-02 - Candidate Support Desk",
             footer="CHG-TA-2027-02 | page %(page)s", doc_title="RFP CHG-TA-2027-02", author="Confluence Health Group"),
 "sahyadri": dict(font="Times-Roman", bold="Times-Bold", size=11, accent="#1b3f8b",
             header="Sahyadri Talentserve Pvt. Ltd. | Ref: STS/CHG/RFP/2027/018 | Confidential",
             footer="Page %(page)s", doc_title="Sahyadri Talentserve proposal", author="Sahyadri Talentserve Private Limited"),
 "lantern": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=11, accent="#b5651d",
             ttf={"LiberationSerif": LB + "LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB + "LiberationSerif-Bold.ttf"},
             header="Lanternhouse Candidate Care  ~  for Confluence Health Group", footer="~ %(page)s ~",
             doc_title="Lanternhouse proposal", author="Lanternhouse Candidate Care Inc."),
 "quadrant": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9, accent="#2f4f4f", page="letter",
             ttf={"DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf"},
             header="QWO // CHG-TA-2027-02 // v2.0", footer="QWO-CHG p%(page)s",
             doc_title="Quadrant response", author="Quadrant Workforce Operations LLC"),
 "cardinal": dict(font="Helvetica", bold="Helvetica-Bold", size=10.5, accent="#000000", page="letter",
             header="Cardinal Public Services Inc. - Proposal CPS-2027-044 - Protected A when completed",
             footer="Page %(page)s", doc_title="Cardinal proposal", author="Cardinal Public Services Inc."),
}
