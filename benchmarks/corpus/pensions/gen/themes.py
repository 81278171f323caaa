DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#123c69",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Stichting Pensioenfonds Deltavaart - RFP PDV-DLV-2027-02 - Member Services Contact Centre",
             footer="PDV-DLV-2027-02 | page %(page)s", doc_title="RFP Member Services Contact Centre", author="Stichting Pensioenfonds Deltavaart"),
 "vdh": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#7a1f1f",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Vanderhoven Klantcontact B.V. - Enschede / Venlo - Offer to Stichting Pensioenfonds Deltavaart",
             footer="Vanderhoven Klantcontact B.V. - KvK 08143377 - page %(page)s", doc_title="Offer Vanderhoven", author="Vanderhoven Klantcontact B.V."),
 "halden": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#2d3e50",
             header="HALDEN PRYCE MEMBER SOLUTIONS LLP  -  Proposal HPMS/PDV/27/006  -  Private and Confidential",
             footer="Halden Pryce Member Solutions LLP | Page %(page)s", doc_title="Halden Pryce proposal", author="Halden Pryce Member Solutions LLP"),
 "ribeira": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0096a6",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Ribeira Connect  -  member care with a Porto smile", footer="ribeiraconnect.pt  ·  %(page)s",
             doc_title="Ribeira Connect proposal", author="Ribeira Connect, Lda."),
 "weser": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#3a3a3a",
             header="Weserbogen Dialog GmbH | Angebot / Offer WBD-2027-0114 | PDV-DLV-2027-02",
             footer="WBD-2027-0114 - S. %(page)s", doc_title="Weserbogen offer", author="Weserbogen Dialog GmbH"),
}
