"""Themes of the ferrydesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#0b4f7c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Κύμα Αιγαίου Ναυτιλιακή Α.Ε. / Kyma Aegean Lines S.A.  ·  RFP KAL-CX-2028/07  ·  Passenger Contact Centre",
             footer="KAL-CX-2028/07  ·  σελίδα / page %(page)s", doc_title="RFP KAL-CX-2028/07 Passenger Contact Centre",
             author="Kyma Aegean Lines S.A."),
 "propontis": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Propontis Customer Operations S.A.  ·  Tender KAL-CX-2028/07  ·  TECHNICAL VOLUME (ΤΕΥΧΟΣ Α)",
             footer="Τεύχος Α – page %(page)s – Propontis Customer Operations S.A., G.E.MI. 128844301000",
             doc_title="Propontis Technical Volume", author="Propontis Customer Operations S.A."),
 "propontis_b": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#3b2a5c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Propontis Customer Operations S.A.  ·  Tender KAL-CX-2028/07  ·  COMMERCIAL SCHEDULE (ΤΕΥΧΟΣ Β)",
             footer="Τεύχος Β – page %(page)s – Propontis Customer Operations S.A., G.E.MI. 128844301000",
             doc_title="Propontis Commercial Schedule", author="Propontis Customer Operations S.A."),
 "adriavoce": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#8a2b1d",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="ADRIAVOCE S.r.l.  |  Offerta / Offer AV/2028/311  |  Tender KAL-CX-2028/07",
             footer="Adriavoce S.r.l. · Via G. Amendola 172/C, 70126 Bari · P.IVA 07712340721 · pag. %(page)s",
             doc_title="Offer Adriavoce", author="Adriavoce S.r.l."),
 "bluehorizon": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#0097b2",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="BlueHorizon Experience  ·  every crossing, calmer",
             footer="bluehorizon.mt  ·  Valletta · Larnaca · Southampton  ·  %(page)s",
             doc_title="BlueHorizon proposal for Kyma Aegean Lines", author="BlueHorizon Experience Ltd"),
 "egnatia": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#1f5130",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Egnatia Contact Solutions S.A.  –  RFP KAL-CX-2028/07  –  Ref. ECS-T-2028-052",
             footer="Egnatia Contact Solutions S.A. · 26is Oktovriou 90, Thessaloniki · ΑΦΜ 099812456 · σελ. %(page)s",
             doc_title="Egnatia Contact Solutions response", author="Egnatia Contact Solutions S.A."),
}
