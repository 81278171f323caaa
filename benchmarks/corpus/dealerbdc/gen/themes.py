"""Themes of the dealerbdc set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#7a1f2b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Sable Severn Motor Group  ·  RFP SSMG/BDC/2028/04  ·  Outsourced Business Development Centre",
             footer="SSMG/BDC/2028/04  ·  Confidential  ·  page %(page)s", doc_title="RFP SSMG/BDC/2028/04 BDC",
             author="Sable Severn Motor Holdings (Pty) Ltd"),
 "khanyisa": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#8a5a00",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Khanyisa Customer Engagement (Pty) Ltd  ·  RFP SSMG/BDC/2028/04  ·  VOLUME 1 – TECHNICAL AND CONTRACTUAL",
             footer="Volume 1 – page %(page)s – Khanyisa Customer Engagement (Pty) Ltd, reg. no. 2011/048213/07",
             doc_title="Khanyisa Proposal Volume 1", author="Khanyisa Customer Engagement (Pty) Ltd"),
 "khanyisa_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#8a5a00",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Khanyisa Customer Engagement (Pty) Ltd  ·  RFP SSMG/BDC/2028/04  ·  VOLUME 2 – PRICING SCHEDULE",
             footer="Volume 2 – page %(page)s – Khanyisa Customer Engagement (Pty) Ltd, reg. no. 2011/048213/07",
             doc_title="Khanyisa Pricing Schedule Volume 2", author="Khanyisa Customer Engagement (Pty) Ltd"),
 "velocity": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#e0461b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="VELOCITY RIDGE CX  ·  faster leads, happier drivers",
             footer="velocityridge.co.za  ·  Cape Town · Swansea  ·  %(page)s",
             doc_title="Velocity Ridge CX for Sable Severn", author="Velocity Ridge CX (Pty) Ltd"),
 "tamarind": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9, accent="#1c5f5a",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="TAMARIND BAY CONTACT LTD | Offer TBC/Q/2028-0517 | RFP SSMG/BDC/2028/04",
             footer="Tamarind Bay Contact Ltd · Cyber Tower 2, Ebène, Mauritius · BRN C09087412 · p. %(page)s",
             doc_title="Tamarind Bay offer TBC/Q/2028-0517", author="Tamarind Bay Contact Ltd"),
 "penrose": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10.5, accent="#23395d",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Penrose Whitfield Customer Operations  –  Sable Severn Motor Group  –  Business Development Centre",
             footer="Penrose Whitfield Customer Operations Ltd · Commercial in confidence · %(page)s",
             doc_title="Penrose Whitfield response to SSMG/BDC/2028/04", author="Penrose Whitfield Customer Operations Ltd"),
}
