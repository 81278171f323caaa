"""Themes of the recordsrelease set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.3, accent="#0b4f6c", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Caprock Health System  ·  Supply Chain Contracting  ·  RFP CHS-HIM-2027-031",
             footer="RFP CHS-HIM-2027-031  ·  Release of Information and Patient Portal Helpdesk  ·  page %(page)s",
             doc_title="RFP CHS-HIM-2027-031 Release of Information", author="Caprock Health System"),
 "anacostia": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.3, accent="#1f2a44", page="letter",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Anacostia Health Information Solutions, LLC  |  RFP CHS-HIM-2027-031  |  Volume I",
             footer="Volume I – Page %(page)s – Use or disclosure of data on this sheet is subject to the restriction on the cover",
             doc_title="Anacostia HIS Volume I", author="Anacostia Health Information Solutions, LLC"),
 "villarreal": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10.3, accent="#8a4b1f",
             page="letter", ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Villarreal Records & Copy Service, Inc.  ·  family owned in Lubbock since 1994",
             footer="2217 34th Street, Lubbock, TX 79411  ·  (806) 555-0163  ·  page %(page)s",
             doc_title="Villarreal Records proposal for Caprock", author="Villarreal Records & Copy Service, Inc."),
 "sahyadri_t": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.8, accent="#7a1f3d",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Sahyadri Healthinfo Services Pvt. Ltd.  |  Technical Proposal  |  RFP No. CHS-HIM-2027-031",
             footer="Sahyadri Healthinfo Services Pvt. Ltd. · CIN U72900PN2011PTC141208 · Confidential · Page %(page)s",
             doc_title="Sahyadri Technical Proposal", author="Sahyadri Healthinfo Services Pvt. Ltd."),
 "sahyadri_c": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.8, accent="#7a1f3d",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Sahyadri Healthinfo Services Pvt. Ltd.  |  Commercial Proposal  |  RFP No. CHS-HIM-2027-031",
             footer="Sahyadri Healthinfo Services Pvt. Ltd. · Commercial – Confidential · Page %(page)s",
             doc_title="Sahyadri Commercial Proposal", author="Sahyadri Healthinfo Services Pvt. Ltd."),
 "brightline": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.6, accent="#e0561b", page="letter",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="brightline  ·  HIM partners",
             footer="Brightline HIM Partners × Caprock Health System  ·  confidential deck  ·  %(page)s",
             doc_title="Brightline proposal deck for Caprock", author="Brightline HIM Partners, Inc."),
}
