"""Look of each document of the `hotels` set: the RFP and four vendors, each visibly a different house."""
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation/"

THEMES = {
    "rfp": dict(font="Helvetica", bold="Helvetica-Bold", accent="#0E4C5A", page="a4", size=9.5,
                doc_title="RFP KHH-GCC-2027-07", author="Kaiyo Hospitality Holdings - Group Procurement",
                header="Kaiyo Hospitality Holdings - RFP KHH-GCC-2027-07 - Guest Contact Centre",
                footer="KHH-GCC-2027-07 | %(page)d"),
    "tsubasa": dict(font="Times-Roman", bold="Times-Bold", accent="#8C1C13", page="a4", size=10.5,
                    doc_title="Tsubasa - Proposal for Kaiyo Guest Contact Centre (Volume 1)",
                    author="Tsubasa Customer Relations Co., Ltd.",
                    header="Tsubasa Customer Relations Co., Ltd.  /  Volume 1 Technical  /  Confidential",
                    footer="- %(page)d -"),
    "tsubasa_price": dict(font="Times-Roman", bold="Times-Bold", accent="#8C1C13", page="a4", size=10.5,
                          doc_title="Tsubasa - Volume 2 Price Schedule", author="Tsubasa Customer Relations Co., Ltd.",
                          header="Tsubasa Customer Relations Co., Ltd.  /  Volume 2 Price Schedule  /  Confidential",
                          footer="V2 - %(page)d -"),
    "hanbit": dict(font="DejaVuSans", bold="DejaVuSans-Bold", accent="#1B3FA0", page="a4", size=9.5,
                   ttf={"DejaVuSans": DEJAVU + "DejaVuSans.ttf", "DejaVuSans-Bold": DEJAVU + "DejaVuSans-Bold.ttf"},
                   doc_title="Hanbit Global CX - Proposal to Kaiyo", author="Hanbit Global CX Co., Ltd.",
                   header="HANBIT GLOBAL CX  |  Proposal KHH-GCC-2027-07", footer="Page %(page)d"),
    "islas": dict(font="Helvetica", bold="Helvetica-Bold", accent="#E4572E", page="letter", size=10.5,
                  doc_title="Islas Bright CX - Stays Start With a Hello", author="Islas Bright CX, Inc.",
                  header="ISLAS BRIGHT CX  \u00b7  Stays Start With a Hello", footer="islasbright  \u00b7  %(page)d"),
    "chaophraya": dict(font="LiberationSerif", bold="LiberationSerif-Bold", accent="#3B3B3B", page="a4", size=10.5,
                       ttf={"LiberationSerif": LIBERATION + "LiberationSerif-Regular.ttf",
                            "LiberationSerif-Bold": LIBERATION + "LiberationSerif-Bold.ttf"},
                       doc_title="CPCS/T/2027/044", author="Chao Phraya Contact Services Co., Ltd.",
                       header="Chao Phraya Contact Services Co., Ltd. - CPCS/T/2027/044 - Tender for KHH-GCC-2027-07",
                       footer="Page %(page)d"),
}
