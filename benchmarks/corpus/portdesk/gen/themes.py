DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#0b4f6c",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Delta Noord Container Terminals B.V. - RFP DNCT-CSD-2027-11 - Terminal Customer Service Desk",
             footer="DNCT-CSD-2027-11 - page %(page)s", doc_title="RFP Terminal Customer Service Desk", author="Delta Noord Container Terminals B.V."),
 "kade": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#e0601b",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Kadeplein Klantendienst B.V.  |  Waalhaven / Groningen  |  Offerte KPK-2027-088 aan DNCT",
             footer="Kadeplein Klantendienst B.V. - KvK 71550932 - blad %(page)s", doc_title="Offerte Kadeplein", author="Kadeplein Klantendienst B.V."),
 "alnoor": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#1d5e3a",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="AL NOOR GATEWAY SERVICES L.L.C.  -  Dubai  -  Cairo  -  Ref: ANGS/TP/2027/0419",
             footer="Al Noor Gateway Services L.L.C. - Trade Licence 884127 - Page %(page)s", doc_title="Al Noor technical and commercial proposal", author="Al Noor Gateway Services L.L.C."),
 "slotwise": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2cd8",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="slotwise  //  support that moves as fast as your gates", footer="slotwise.io  -  %(page)s",
             doc_title="Slotwise proposal", author="Slotwise Labs, Unipessoal Lda."),
 "stanbridge": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#2b2b2b",
             header="STANBRIDGE PORTSIDE SERVICES LIMITED  -  Proposal SPS/DNCT/0731  -  Commercial in Confidence",
             footer="Stanbridge Portside Services Limited (Company No. 08841275) | Page %(page)s", doc_title="Stanbridge proposal", author="Stanbridge Portside Services Limited"),
}
