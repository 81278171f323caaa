"""Look of each document: the RFP and three vendors, each visibly a different house."""
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

THEMES = {
    "rfp": dict(font="Helvetica", bold="Helvetica-Bold", accent="#3A2E6E", page="a4", size=9.5,
                doc_title="RFP MW-CX-2027-04", author="Marktwerk Online SE - Strategic Sourcing",
                header="Marktwerk Online SE - RFP MW-CX-2027-04 - Seller Support and Returns Contact Center",
                footer="MW-CX-2027-04 - %(page)d"),
    "wisla": dict(font="Helvetica", bold="Helvetica-Bold", accent="#0B5563", page="a4", size=10.5,
                  doc_title="Wisla Nearshore - Response MW-CX-2027-04", author="Wisla Nearshore Services sp. z o.o.",
                  header="WNS | Response to MW-CX-2027-04 | Part A: Solution", footer="A-%(page)d"),
    "wisla_price": dict(font="Helvetica", bold="Helvetica-Bold", accent="#0B5563", page="a4", size=10.5,
                        doc_title="Wisla Nearshore - Commercial Offer", author="Wisla Nearshore Services sp. z o.o.",
                        header="WNS | Response to MW-CX-2027-04 | Part B: Commercial Offer", footer="B-%(page)d"),
    "helvetia": dict(font="Times-Roman", bold="Times-Bold", accent="#7A1F1F", page="a4", size=11.5,
                     doc_title="HDP Offer 2027/MW/011", author="Helvetia Dialog Partners AG",
                     header="Helvetia Dialog Partners AG - Offer 2027/MW/011 - Confidential",
                     footer="- %(page)d -"),
    "brightloop": dict(font="DejaVuSans", bold="DejaVuSans-Bold", accent="#E5487F", page="letter", size=11,
                       ttf={"DejaVuSans": DEJAVU + "DejaVuSans.ttf", "DejaVuSans-Bold": DEJAVU + "DejaVuSans-Bold.ttf"},
                       doc_title="BrightLoop CX - Let's Loop In Your Sellers", author="BrightLoop CX Ltd",
                       header="BrightLoop CX \u00b7 Made for Marktwerk", footer="brightloop.example \u00b7 %(page)d"),
}
