DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#5b2a86",
             header="Clipwave Technologies Ireland Limited - RFP CWT-TS-2027-04 - Confidential",
             footer="CWT-TS-2027-04 | page %(page)s", doc_title="RFP Trust and Safety Review Services", author="Clipwave Technologies Ireland Limited"),
 "veritas": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#14213d",
             header="Veritas Ridge Trust & Safety Services Limited - Tender Response CWT-TS-2027-04 - Commercial in Confidence",
             footer="VR/CWT/2027 - %(page)s", doc_title="Veritas Ridge tender response", author="Veritas Ridge Trust & Safety Services Limited"),
 "ondaviva": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e07a1f",
             ttf={"DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf"},
             header="Ondaviva Digital Care  ~  safer communities, happier people", footer="ondaviva.example  |  %(page)s",
             doc_title="Ondaviva proposal for Clipwave", author="Ondaviva Digital Care Inc."),
 "bastion": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#b22234",
             ttf={"LiberationSerif": LB + "LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB + "LiberationSerif-Bold.ttf"},
             header="Bastion Review sp. z o.o. - Oferta / Offer for Clipwave CWT-TS-2027-04", footer="strona %(page)s",
             doc_title="Oferta Bastion Review", author="Bastion Review sp. z o.o."),
 "harbour": dict(font="LiberationSans", bold="LiberationSans-Bold", size=9.5, accent="#1b6f6a", page="letter",
             ttf={"LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf"},
             header="HARBOURLINE REVIEW SERVICES LTD  /  Q&A RESPONSE TO CWT-TS-2027-04", footer="HRS-Q&A-%(page)s",
             doc_title="Harbourline Q&A response", author="Harbourline Review Services Ltd"),
}
