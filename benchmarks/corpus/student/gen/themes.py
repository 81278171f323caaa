"""Look of each document: the RFP and four vendors, each visibly a different house."""
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

THEMES = {
    "rfp": dict(font="Helvetica", bold="Helvetica-Bold", accent="#1F4E3D", page="a4", size=9.5,
                doc_title="RFP AIU-SSC-2027-02", author="Alvorada International University - Procurement",
                header="Alvorada International University - RFP AIU-SSC-2027-02 - Student Hub contact centre",
                footer="AIU-SSC-2027-02 | page %(page)d"),
    "lumen": dict(font="Helvetica", bold="Helvetica-Bold", accent="#E0631F", page="letter", size=10.5,
                  doc_title="Lumen Pathways - Every Student, Heard", author="Lumen Pathways Global, Inc.",
                  header="LUMEN PATHWAYS  |  Every Student, Heard  |  Proprietary and confidential",
                  footer="Volume 1  -  %(page)d"),
    "lumen_price": dict(font="Helvetica", bold="Helvetica-Bold", accent="#E0631F", page="letter", size=10.5,
                        doc_title="Lumen Pathways - Pricing Schedule", author="Lumen Pathways Global, Inc.",
                        header="LUMEN PATHWAYS  |  Volume 2: Pricing Schedule  |  Proprietary and confidential",
                        footer="Volume 2  -  %(page)d"),
    "khaleej": dict(font="Times-Roman", bold="Times-Bold", accent="#6B1E2E", page="a4", size=11,
                    doc_title="KCS/PRO/2027/0117", author="Khaleej Contact Solutions FZ-LLC",
                    header="Khaleej Contact Solutions FZ-LLC - KCS/PRO/2027/0117 - Subject to Contract",
                    footer="Page %(page)d"),
    "ponte": dict(font="Helvetica", bold="Helvetica-Bold", accent="#2E7D32", page="a4", size=9.5,
                  doc_title="Ponte Digital PD-2027-031", author="Ponte Digital Servicos de Relacionamento S.A.",
                  header="PONTE DIGITAL | PD-2027-031 | AIU Student Hub", footer="%(page)d"),
    "tejo": dict(font="DejaVuSans", bold="DejaVuSans-Bold", accent="#1C5D99", page="a4", size=10,
                 ttf={"DejaVuSans": DEJAVU + "DejaVuSans.ttf", "DejaVuSans-Bold": DEJAVU + "DejaVuSans-Bold.ttf"},
                 doc_title="Tejo Multilingual Hub - proposal to AIU", author="Tejo Multilingual Hub",
                 header="Tejo Multilingual Hub \u00b7 Proposal to Alvorada International University",
                 footer="Tejo \u00b7 %(page)d"),
}
