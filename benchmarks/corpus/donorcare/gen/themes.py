DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#6a1b4d",
             header="Hearthstone Children's Trust - RFP HCT-SC-2027-03 - Supporter Care Services",
             footer="HCT-SC-2027-03 | page %(page)s", doc_title="RFP Supporter Care Services", author="Hearthstone Children's Trust"),
 "kindred": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10.5, accent="#b5541a",
             ttf={"DejaVuSerif": DJ + "DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ + "DejaVuSerif-Bold.ttf"},
             header="Kindred Voices CIC - every voice matters", footer="with love from Kindred Voices  ~  %(page)s",
             doc_title="Kindred Voices proposal", author="Kindred Voices CIC"),
 "quotient": dict(font="DejaVuSansCond", bold="DejaVuSansCond-Bold", size=9.5, accent="#00507a",
             ttf={"DejaVuSansCond": DJ + "DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": DJ + "DejaVuSansCondensed-Bold.ttf"},
             header="QCG-HCT-0227 | Quotient Contact Group | Confidential", footer="QCG %(page)s",
             doc_title="Quotient response", author="Quotient Contact Group"),
 "brightwell": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#2e7d32",
             ttf={"LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf"},
             header="HCT-SC-2027-03 Supplier Response Questionnaire - Brightwell Contact Services Ltd",
             footer="Brightwell SRQ - page %(page)s", doc_title="Brightwell questionnaire", author="Brightwell Contact Services Ltd"),
 "pemberton": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1c1c3c",
             header="Pemberton Lisle Services Limited - Subject to Contract - PLS/HCT/27/014",
             footer="Page %(page)s", doc_title="Pemberton Lisle tender response", author="Pemberton Lisle Services Limited"),
}
