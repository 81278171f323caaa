"""Themes of the lotteryhelp set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#6b2c91",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Trilux Loterijen NV / Trilux Loteries SA  ·  RFP TLX-PS-2027-04  ·  Player Support and Retailer Helpdesk",
             footer="TLX-PS-2027-04  ·  pagina / page %(page)s", doc_title="RFP TLX-PS-2027-04",
             author="Trilux Loterijen NV"),
 "demerpoort": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Demerpoort Contact NV  ·  TLX-PS-2027-04  ·  Volume 1 – Technical Questionnaire",
             footer="Demerpoort Contact NV · Kempische Steenweg 311, 3500 Hasselt · BE 0712.448.906 · Vol. 1 p. %(page)s",
             doc_title="Demerpoort Volume 1 Technical Questionnaire", author="Demerpoort Contact NV"),
 "demerpoort_b": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Demerpoort Contact NV  ·  TLX-PS-2027-04  ·  Volume 2 – Price Schedule and Commercial Conditions",
             footer="Demerpoort Contact NV · Kempische Steenweg 311, 3500 Hasselt · BE 0712.448.906 · Vol. 2 p. %(page)s",
             doc_title="Demerpoort Volume 2 Price Schedule", author="Demerpoort Contact NV"),
 "nordvest": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#8a1c1c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="NORDVEST CONTACT S.R.L.  |  Offer no. NVC/417/2027  |  Tender TLX-PS-2027-04",
             footer="Nordvest Contact S.R.L. · Str. Fabricii 22, Cluj-Napoca · CUI RO31877204 · pag. %(page)s",
             doc_title="Offer Nordvest Contact", author="Nordvest Contact S.R.L."),
 "brightharbor": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e0663a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="BrightHarbor CX  ·  every contact, a safe harbour",
             footer="brightharbor.cx  ·  Lisbon · Rabat · Tangier  ·  %(page)s",
             doc_title="BrightHarbor CX proposal for Trilux", author="BrightHarbor CX"),
 "hofstede": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#2d5f3f",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Hofstede Klantcontact B.V.  —  A proposal to Trilux  —  April 2027",
             footer="Hofstede Klantcontact B.V. · Maliesingel 61, Utrecht · KvK 61204877 · %(page)s",
             doc_title="Hofstede Klantcontact proposal", author="Hofstede Klantcontact B.V."),
}
