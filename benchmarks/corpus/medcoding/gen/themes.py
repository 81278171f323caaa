DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
LIB_SANS = {"LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf"}
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=9.5, accent="#1f4e5f", page="letter", ttf=LIB_SANS,
             header="Larkspur Valley Health System - RFP LVHS-HIM-2027-07 - Medical Coding, CDI Queries and Denial Rework",
             footer="LVHS-HIM-2027-07 | page %(page)s", doc_title="RFP Medical Coding, CDI and Denial Rework",
             author="Larkspur Valley Health System"),
 "copper": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#b35a1f", page="letter",
             ttf={"DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf"},
             header="Copperline Health Information Services  |  Coding that closes the chart",
             footer="copperlinehis.example  ·  %(page)s", doc_title="Copperline proposal to Larkspur Valley Health System",
             author="Copperline Health Information Services, LLC"),
 "vaidya": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#6b2d5c",
             ttf={"DejaVuSerif": DJ + "DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ + "DejaVuSerif-Bold.ttf"},
             header="Vaidya Codeworks Pvt. Ltd. - Chennai | Coimbatore | Edison NJ - Ref. VCW/US/RFP/2027/041",
             footer="Vaidya Codeworks Pvt. Ltd. - CIN U72900TN2011PTC081247 - Page %(page)s",
             doc_title="Vaidya Codeworks proposal", author="Vaidya Codeworks Pvt. Ltd."),
 "brisamar": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#0b7a75", page="letter", ttf=LIB_SANS,
             header="Brisamar Health Coding, LLC - San Juan, Puerto Rico - Propuesta / Proposal BHC-0427",
             footer="Brisamar Health Coding  -  pág. / page %(page)s", doc_title="Brisamar proposal",
             author="Brisamar Health Coding, LLC"),
 "stanhope": dict(font="Times-Roman", bold="Times-Bold", size=10, accent="#2b2b4a", page="letter",
             header="STANHOPE KESSLER HEALTH SERVICES CORPORATION - Proposal and Term Sheet SKH-P-27-0318 - Confidential",
             footer="Stanhope Kessler Health Services Corporation | Page %(page)s", doc_title="Stanhope Kessler proposal",
             author="Stanhope Kessler Health Services Corporation"),
}
