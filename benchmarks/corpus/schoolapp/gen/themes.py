DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#1b5e4a", page="letter",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Cartable Learning Inc. / Cartable Learning Ireland DAC - RFP CLI-PHD-2027-01 - Parent and Teacher Helpdesk",
             footer="CLI-PHD-2027-01 - page %(page)s", doc_title="RFP Parent and Teacher Helpdesk", author="Cartable Learning Inc."),
 "hop": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#e8582a", page="letter",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="hopscotch support co.  /  bilingual helpdesks for schools and families  /  Moncton NB",
             footer="hopscotch  -  p. %(page)s", doc_title="Hopscotch x Cartable", author="Hopscotch Support Co."),
 "kes": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#1f4e79",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Kestrel Bay Contact Ltd - Response to RFP CLI-PHD-2027-01 - Questions and Answers",
             footer="Kestrel Bay Contact Ltd, Letterkenny | %(page)s", doc_title="Kestrel Bay response", author="Kestrel Bay Contact Ltd"),
 "cvt": dict(font="LiberationSansNarrow", bold="LiberationSansNarrow-Bold", size=10, accent="#4b1f6f", page="letter",
             ttf={"LiberationSansNarrow": LB+"LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold": LB+"LiberationSansNarrow-Bold.ttf"},
             header="CORVANT GLOBAL SERVICES INC.  |  CONFIDENTIAL  |  Proposal CVT-EDU-27-0412",
             footer="Corvant Global Services Inc. - Commercial in Confidence - Page %(page)s", doc_title="Corvant proposal", author="Corvant Global Services Inc."),
 "fern": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#355e3b",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Fernhill Pastoral Support Services Ltd.  -  Sligo  -  Fredericton",
             footer="Fernhill  -  %(page)s", doc_title="Fernhill proposal", author="Fernhill Pastoral Support Services Ltd."),
}
