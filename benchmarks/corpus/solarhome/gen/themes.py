DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#1f5c3a",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Wattlebright Solar & Storage Pty Ltd - RFP WSS-CX-2026-03 - Customer Support and Back Office Services",
             footer="WSS-CX-2026-03 | page %(page)s", doc_title="RFP Customer Support and Back Office", author="Wattlebright Solar & Storage Pty Ltd"),
 "luzon": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e0662b",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="LUZON CREST SOLUTIONS  |  Powering brighter customer journeys", footer="luzoncrest.com.ph  \u00b7  Confidential  \u00b7  %(page)s",
             doc_title="Luzon Crest proposal for Wattlebright", author="Luzon Crest Solutions, Inc."),
 "kaveri": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#1b3a6b",
             header="Kaveri Process Services Pvt. Ltd. | Ref. KPS/AU/2026/031 | RFP WSS-CX-2026-03",
             footer="KPS/AU/2026/031 - Page %(page)s", doc_title="Kaveri response WSS-CX-2026-03", author="Kaveri Process Services Pvt. Ltd."),
 "torrens": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#4a2c2a",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="TORRENS CONTACT PARTNERS PTY LTD (ACN 611 902 447) - Offer and Proposed Terms - RFP WSS-CX-2026-03",
             footer="Torrens Contact Partners - Commercial in Confidence - Page %(page)s", doc_title="Torrens Contact Partners offer", author="Torrens Contact Partners Pty Ltd"),
 "gumleaf": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10.5, accent="#2f8f5b",
             ttf={"DejaVuSansCondensed": DJ+"DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold": DJ+"DejaVuSansCondensed-Bold.ttf"},
             header="gumleaf  -  support that shows up", footer="gumleaf.com.au  /  %(page)s",
             doc_title="Gumleaf x Wattlebright", author="Gumleaf Labs Pty Ltd"),
}
