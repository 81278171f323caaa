DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#2f6b2f",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Hortalia Online Grocery, S.A. - RFP HOG-CC-2027-07 - Outsourced Customer Care",
             footer="HOG-CC-2027-07 - page %(page)s", doc_title="RFP Outsourced Customer Care", author="Hortalia Online Grocery, S.A."),
 "tejo": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#e0542b",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="TEJO BRIDGE CX  |  Care that travels well", footer="tejobridge.pt   -   %(page)s",
             doc_title="Tejo Bridge CX proposal for Hortalia", author="Tejo Bridge CX, Lda."),
 "carpatica": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1d2f4f",
             header="CARPATICA CONTACT SERVICES S.R.L. - Offer ref. CCS/OF/2027/031 - Confidential",
             footer="Carpatica Contact Services S.R.L. - J40/11872/2012 - page %(page)s",
             doc_title="Carpatica offer", author="Carpatica Contact Services S.R.L."),
 "ponte": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10.5, accent="#00866b",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Ponte Atlantica Atendimento Ltda. - Recife | Lisboa", footer="www.ponteatlantica.com.br - pag. %(page)s",
             doc_title="Ponte Atlantica proposal", author="Ponte Atlantica Atendimento Ltda."),
 "loopwise": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=9, accent="#5b2a86",
             ttf={"DejaVuSansMono": DJ+"DejaVuSansMono.ttf", "DejaVuSansMono-Bold": DJ+"DejaVuSansMono-Bold.ttf"},
             header="loopwise // support ops, measured", footer="loopwise.io | hortalia-v1.3 | p%(page)s",
             doc_title="Loopwise x Hortalia", author="Loopwise Support Labs S.R.L."),
}
