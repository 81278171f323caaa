"""Themes of the elevatordesk set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#8a1c1c",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Altum Dźwigi Sp. z o.o.  ·  ALT/ZO/2028/04  ·  Emergency Lift Line and Service Desk",
             footer="ALT/ZO/2028/04  ·  strona / page %(page)s", doc_title="RFP ALT/ZO/2028/04",
             author="Altum Dzwigi Sp. z o.o."),
 "morava": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#23466e",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Morava Contact Group a.s.  |  MCG-NAB-2028-031  |  Technical Volume (file 1 of 2)",
             footer="Morava Contact Group a.s. · IČO 27841566 · Technical Volume · page %(page)s",
             doc_title="Morava Technical Volume", author="Morava Contact Group a.s."),
 "morava_c": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#23466e",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Morava Contact Group a.s.  |  MCG-NAB-2028-031  |  Commercial Terms (file 2 of 2)",
             footer="Morava Contact Group a.s. · IČO 27841566 · Commercial Terms · page %(page)s",
             doc_title="Morava Commercial Terms", author="Morava Contact Group a.s."),
 "karpaty": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#2e5e2e",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="KARPATY CONTACT Sp. z o.o.  –  Offer for Altum Dźwigi  –  tender ALT/ZO/2028/04",
             footer="Karpaty Contact Sp. z o.o. · ul. Hetmańska 40, Rzeszów · KRS 0000391127 · str. %(page)s",
             doc_title="Offer Karpaty Contact", author="Karpaty Contact Sp. z o.o."),
 "ascendia": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2bb8",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Ascendia CX  ·  the calm voice when things stop moving",
             footer="ascendia.cx  ·  Warsaw · Brno · Dublin  ·  %(page)s",
             doc_title="Ascendia CX proposal for Altum", author="Ascendia CX sp. z o.o."),
 "vltava": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#0f5c63",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Vltava Dispatch Services s.r.o.  –  Proposal to Altum Dźwigi  –  ALT/ZO/2028/04",
             footer="Vltava Dispatch Services s.r.o. · Na Florenci 15, Praha 1 · IČO 06218853 · strana %(page)s",
             doc_title="Vltava Dispatch Services proposal", author="Vltava Dispatch Services s.r.o."),
}
