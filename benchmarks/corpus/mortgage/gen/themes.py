DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#0a3d62", header="Boreal Credit Union Federation - RFP FCB-HYP-2027-02 - Confidential",
             footer="FCB-HYP-2027-02 - page %(page)s", doc_title="RFP Mortgage Servicing Support", author="Boreal Credit Union Federation"),
 "passerelle": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#1d4e89",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Groupe Passerelle Services Financiers inc. - Offer of services FCB-HYP-2027-02", footer="Passerelle - page %(page)s",
             doc_title="Offre de services Passerelle", author="Groupe Passerelle"),
 "vistara": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#7b1e1e", header="Vistara Global Process Services Limited | VGPS/NA/BFSI/2027/0219 | Strictly Confidential",
             footer="Page %(page)s", doc_title="Vistara proposal", author="Vistara Global Process Services Limited"),
 "harbour": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#00796b",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Harbourlight Loan Services - straight answers", footer="Harbourlight  |  %(page)s", doc_title="Harbourlight answers", author="Harbourlight Loan Services Ltd."),
 "keyline": dict(font="Courier", bold="Courier-Bold", size=9, accent="#333333", page="letter", header="KEYLINE MORTGAGE OPERATIONS LLC // FCB-HYP-2027-02",
             footer="KMO p.%(page)s", doc_title="Keyline response", author="Keyline Mortgage Operations, LLC"),
}
