"""Themes of the boatcharter set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Marjan Yachting & Flotillas d.o.o.  ·  RFP MYF-GS-2028-07  ·  Booking, Guest Support and Incident Line",
             footer="MYF-GS-2028-07  ·  stranica / page %(page)s", doc_title="RFP MYF-GS-2028-07",
             author="Marjan Yachting & Flotillas d.o.o."),
 "helix": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#3c3f8f",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="KVARNER HELIX SERVICES d.o.o.  |  Technical Volume  |  Tender MYF-GS-2028-07",
             footer="Kvarner Helix Services d.o.o., Rijeka  ·  TV-%(page)s", doc_title="Kvarner Helix Technical Volume",
             author="Kvarner Helix Services d.o.o."),
 "helix_p": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#3c3f8f",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="KVARNER HELIX SERVICES d.o.o.  |  Price Schedule  |  Tender MYF-GS-2028-07",
             footer="Kvarner Helix Services d.o.o., Rijeka  ·  PS-%(page)s", doc_title="Kvarner Helix Price Schedule",
             author="Kvarner Helix Services d.o.o."),
 "seeblick": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#4a4a4a",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Seeblick Gästeservice AG  ·  Angebot / Offer SGA-2028-0412  ·  Marjan Yachting & Flotillas d.o.o.",
             footer="Seeblick Gästeservice AG · Haldenstrasse 31 · 6006 Luzern · CHE-318.402.117 · Seite %(page)s",
             doc_title="Seeblick Gaesteservice Offer", author="Seeblick Gästeservice AG"),
 "azzurra": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#1565a8",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="AZZURRA NAUTICA CONTACT S.r.l.  –  Offerta tecnica ed economica  –  Gara MYF-GS-2028-07",
             footer="Azzurra Nautica Contact S.r.l. · Riva Nazario Sauro 6, 34124 Trieste · P.IVA 01387450329 · pag. %(page)s",
             doc_title="Offerta Azzurra Nautica Contact", author="Azzurra Nautica Contact S.r.l."),
 "blueharbour": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d2522b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="BlueHarbour Guest Experience  ·  your guests, our harbour",
             footer="blueharbour.co.uk  ·  Portsmouth · Valletta  ·  %(page)s",
             doc_title="BlueHarbour proposal for Marjan Yachting", author="BlueHarbour Guest Experience Ltd"),
}
