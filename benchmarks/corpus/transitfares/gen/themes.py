DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#00539b",
             header="Two Rivers Regional Transit Commission - RFP TRRTC-FC-2027-02 - RiverTap Customer Care",
             footer="TRRTC-FC-2027-02 | page %(page)s", doc_title="RFP RiverTap Customer Care", author="Two Rivers Regional Transit Commission"),
 "schelde": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#1b4f72",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Schelde Contact Services NV - offer SCS/TRRTC/27-014", footer="Schelde Contact Services - p. %(page)s",
             doc_title="Offer Schelde Contact Services", author="Schelde Contact Services NV"),
 "norbridge": dict(font="LiberationSansNarrow", bold="LiberationSansNarrow-Bold", size=10, accent="#3a3a3a",
             ttf={"LiberationSansNarrow": LB+"LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold": LB+"LiberationSansNarrow-Bold.ttf"},
             header="NORBRIDGE PUBLIC SERVICES INC. | TRRTC-FC-2027-02 | PROTECTED B WHEN COMPLETED", footer="NPS-TRRTC %(page)s",
             doc_title="Norbridge response", author="Norbridge Public Services Inc."),
 "fareloop": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#ff3d6e", page="letter",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="fareloop  //  rider support that never misses a tap", footer="fareloop.example  -  %(page)s",
             doc_title="Fareloop proposal", author="Fareloop Inc."),
 "halberd": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#5b2333",
             header="Halberd Global Customer Solutions, LLC - Proposal No. HGCS-CA-27-0311 - Supplier Confidential",
             footer="Page %(page)s - Subject to contract", doc_title="Halberd proposal", author="Halberd Global Customer Solutions, LLC"),
}
