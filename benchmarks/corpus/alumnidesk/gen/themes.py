"""Themes of the alumnidesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#6b2d5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Tallowood University  ·  Advancement and Lifelong Learning Office  ·  RFP TU-ALLO-2026-07",
             footer="TU-ALLO-2026-07  ·  Commercial-in-confidence  ·  page %(page)s",
             doc_title="RFP TU-ALLO-2026-07 Alumni and Continuing Education Enquiry Desk",
             author="Tallowood University"),
 "corella": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0f4c5c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Corella Contact Solutions Pty Ltd  |  Response to TU-ALLO-2026-07  |  Volume 1: Technical Response",
             footer="Corella Contact Solutions Pty Ltd  ·  ABN 61 604 218 377  ·  Vol 1 p. %(page)s",
             doc_title="Corella Volume 1 Technical Response", author="Corella Contact Solutions Pty Ltd"),
 "corella_b": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0f4c5c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Corella Contact Solutions Pty Ltd  |  Response to TU-ALLO-2026-07  |  Volume 2: Pricing Schedule",
             footer="Corella Contact Solutions Pty Ltd  ·  ABN 61 604 218 377  ·  Vol 2 p. %(page)s",
             doc_title="Corella Volume 2 Pricing Schedule", author="Corella Contact Solutions Pty Ltd"),
 "kelanibridge": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#7a3b10",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="KELANIBRIDGE GLOBAL SERVICES (PRIVATE) LIMITED  -  Our Ref: KGS/TEN/2026/113",
             footer="Kelanibridge Global Services (Pvt) Ltd, No. 45, Nawam Mawatha, Colombo 02, Sri Lanka  -  PV 00214573  -  Page %(page)s",
             doc_title="Kelanibridge proposal to Tallowood University", author="Kelanibridge Global Services (Pvt) Ltd"),
 "brightwattle": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d9822b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Brightwattle  ·  every graduate, still part of the story",
             footer="brightwattle.com.au  ·  Docklands · Dubai  ·  %(page)s",
             doc_title="Brightwattle x Tallowood", author="Brightwattle Experience Co. Pty Ltd"),
 "tasman": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#2e3a59",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="TASMAN RELAY LTD / TASMAN RELAY (AU) PTY LTD -- OFFER TR-Q-26-0412 -- RFP TU-ALLO-2026-07",
             footer="Tasman Relay Ltd, NZBN 9429047781203 / Tasman Relay (AU) Pty Ltd, ABN 27 655 102 948 -- p.%(page)s",
             doc_title="Tasman Relay offer TR-Q-26-0412", author="Tasman Relay Ltd"),
}
