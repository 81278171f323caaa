DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NB = "/usr/share/fonts/truetype/nanum/"   # Debian package fonts-nanum (Korean); needed for the Hanbit proposal
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#3b1f5e",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Kinoby Media AB - RFP KBY-CS-2027-03 - Outsourced Member Support",
             footer="KBY-CS-2027-03 | page %(page)s", doc_title="RFP Outsourced Member Support", author="Kinoby Media AB"),
 "mare": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e4572e",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Maré Alta CX  ·  care that rises with every wave", footer="marealtacx.com.br  ·  %(page)s",
             doc_title="Maré Alta CX proposal for Kinoby", author="Maré Alta CX Ltda."),
 "hanbit": dict(font="NanumGothic", bold="NanumGothicBold", size=10, accent="#1f4e79",
             ttf={"NanumGothic": NB+"NanumGothic.ttf", "NanumGothicBold": NB+"NanumGothicBold.ttf"},
             header="Hanbit Contact Solutions Co., Ltd. (한빛컨택솔루션) - Proposal No. HCS-2027-KB-07",
             footer="Hanbit Contact Solutions - 서울특별시 마포구 - page %(page)s", doc_title="Hanbit proposal", author="Hanbit Contact Solutions Co., Ltd."),
 "norrljus": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#2f4f4f",
             header="Norrljus Kundkontakt AB | Anbud / Tender NKK-2027-031 | KBY-CS-2027-03",
             footer="NKK-2027-031 - sid %(page)s", doc_title="Norrljus anbud", author="Norrljus Kundkontakt AB"),
 "calder": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1b2a41", page="letter",
             header="CALDER RIDGE MEMBER SERVICES, LLC  -  Proposal and Draft Terms CRMS-2027-118  -  Confidential",
             footer="Calder Ridge Member Services, LLC | Page %(page)s", doc_title="Calder Ridge proposal", author="Calder Ridge Member Services, LLC"),
}
