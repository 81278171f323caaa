DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#1d4e6b", page="letter",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Corvessa Medical Technologies, Inc. - RFP CMT-TSD-2027-11 - Technical Service Desk and Field Dispatch",
             footer="CMT-TSD-2027-11 | page %(page)s", doc_title="RFP CMT-TSD-2027-11", author="Corvessa Medical Technologies, Inc."),
 "brack": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#2b2b2b", page="letter",
             header="BRACKWATER FIELD SERVICES, L.L.C. - Proposal BFS-CMT-27-044 - Confidential",
             footer="Brackwater Field Services, L.L.C. - Page %(page)s", doc_title="Brackwater proposal", author="Brackwater Field Services, L.L.C."),
 "lumen": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2fd1", page="letter",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Lumenpath Connect  |  support that feels like care", footer="lumenpath.com  -  %(page)s",
             doc_title="Lumenpath proposal for Corvessa", author="Lumenpath Connect, Inc."),
 "north": dict(font="Courier", bold="Courier-Bold", size=9, accent="#333333", page="letter",
             header="NTS-2027-118 rev B / CMT-TSD-2027-11", footer="Northgrid Technical Services Ltd. - p. %(page)s",
             doc_title="Northgrid response", author="Northgrid Technical Services Ltd."),
 "servi": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#0b6b3a", page="letter",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Grupo Servitecnica del Bajio, S.A. de C.V. - Propuesta / Proposal GSB/COM/2027-311",
             footer="Servitecnica del Bajio - pagina %(page)s", doc_title="Servitecnica proposal", author="Grupo Servitecnica del Bajio"),
}
