DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#7a1f1f", page="letter",
             header="Brantwood Precision Components Ltd. - RFP BPC-FAO-2027-03 - Confidential",
             footer="BPC-FAO-2027-03 | page %(page)s", doc_title="RFP Finance and Accounting Back Office", author="Brantwood Precision Components Ltd."),
 "northbridge": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1b2a41", page="letter",
             header="Northbridge Ledger Services Inc. - Proposal and Draft Services Terms - BPC-FAO-2027-03",
             footer="Northbridge - Confidential - %(page)s", doc_title="Northbridge proposal", author="Northbridge Ledger Services Inc."),
 "clearwater": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0f8b8d",
             ttf={"DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf"}, page="letter",
             header="Clearwater Back Office Group  |  Your finance team, amplified.", footer="clearwater  ~  %(page)s",
             doc_title="Clearwater proposal for Brantwood", author="Clearwater Back Office Group"),
 "kaveri": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#8a4b08",
             ttf={"LiberationSerif": LB + "LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB + "LiberationSerif-Bold.ttf"},
             header="KAVERI FINANCE OPERATIONS PVT. LTD. - KFO/NA/2027/118 - STRICTLY CONFIDENTIAL",
             footer="Page %(page)s", doc_title="Kaveri techno-commercial proposal", author="Kaveri Finance Operations Pvt. Ltd."),
 "solveo": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#2e5e2e",
             ttf={"LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf"},
             header="Groupe Solvéo - Réponse à l'appel de propositions BPC-FAO-2027-03", footer="Solvéo  -  p. %(page)s",
             doc_title="Solveo reponse", author="Groupe Solveo"),
}
