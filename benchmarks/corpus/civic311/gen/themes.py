DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1b3a6b", page="letter",
             header="City of Calloway Falls - Office of Procurement Services - RFP No. CF-PS-2027-118",
             footer="RFP CF-PS-2027-118 - Page %(page)s", doc_title="RFP 311 Contact Center Services", author="City of Calloway Falls"),
 "halv": dict(font="Helvetica", bold="Helvetica-Bold", size=9.5, accent="#5a1e1e", page="letter",
             header="Halvorsen Public Services Group, Inc. - Technical Proposal - RFP CF-PS-2027-118 - Confidential Proprietary Information",
             footer="HPSG Technical Proposal | %(page)s", doc_title="Halvorsen technical proposal", author="Halvorsen Public Services Group, Inc."),
 "halvcost": dict(font="Helvetica", bold="Helvetica-Bold", size=9.5, accent="#5a1e1e", page="letter",
             header="Halvorsen Public Services Group, Inc. - SEALED COST PROPOSAL - RFP CF-PS-2027-118",
             footer="HPSG Cost Proposal | %(page)s", doc_title="Halvorsen cost proposal", author="Halvorsen Public Services Group, Inc."),
 "oak": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#2e7d32", page="letter",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Oakline Community Contact, LLC  -  Certified MBE/DBE  -  Proudly Calloway Falls",
             footer="Oakline Community Contact  ~  %(page)s", doc_title="Oakline proposal", author="Oakline Community Contact"),
 "puente": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#00695c",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="PuenteNexo Contact Group S.A.P.I. de C.V. - Propuesta / Proposal CF-PS-2027-118",
             footer="pag. %(page)s", doc_title="PuenteNexo proposal", author="PuenteNexo Contact Group"),
 "civiq": dict(font="Courier", bold="Courier-Bold", size=9.5, accent="#6a1b9a", page="letter",
             header="civiq // resident-experience platform + humans // response to CF-PS-2027-118",
             footer="civiq.gov-ready  p.%(page)s", doc_title="Civiq response", author="Civiq Labs, Inc."),
}
