"""Themes of the plantrental set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#a04f00",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Dźwigar Rent S.A.  ·  Postępowanie DZR/PZ/27/041  ·  Breakdown Line and Hire Desk",
             footer="DZR/PZ/27/041  ·  strona / page %(page)s", doc_title="RFP DZR/PZ/27/041 Breakdown Line and Hire Desk",
             author="Dzwigar Rent S.A."),
 "opora": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#1f4e9c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="TOV Opora Contact Services (Lviv)  /  Opora Kontakt sp. z o.o. (Rzeszów)  –  Proposal OCS-117/27",
             footer="Opora Contact Services · vul. Kulparkivska 59, Lviv 79015 · EDRPOU 41876203 · page %(page)s",
             doc_title="Opora Contact Services proposal to Dzwigar Rent", author="TOV Opora Contact Services"),
 "brueckner": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9, accent="#44546a",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Brückner Dialog Services GmbH  |  Ref. BDS-ANG-2027-0388  |  Volume 1 – Technical Response Questionnaire",
             footer="Volume 1 · Seite %(page)s · Brückner Dialog Services GmbH · Amtsgericht Dresden HRB 39 114",
             doc_title="Brueckner Dialog Services - Volume 1 Technical Response", author="Brueckner Dialog Services GmbH"),
 "brueckner_b": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#44546a",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="Brückner Dialog Services GmbH | BDS-ANG-2027-0388 | Volume 2 - Preisblatt / Commercial Annex",
             footer="Volume 2 · Seite %(page)s · all prices net of VAT (USt.) · EUR",
             doc_title="Brueckner Dialog Services - Volume 2 Commercial Annex", author="Brueckner Dialog Services GmbH"),
 "crestwave": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d9432b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Crestwave CX  ·  built for the people who build",
             footer="crestwave.eu  ·  Kraków · Brno · Leipzig  ·  %(page)s",
             doc_title="Crestwave CX x Dzwigar Rent", author="Crestwave CX sp. z o.o."),
 "przystan": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.8, accent="#22485e",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Przystań Contact Solutions sp. z o.o.  —  A proposal for Dźwigar Rent S.A.  —  October 2027",
             footer="Przystań Contact Solutions · ul. Gdańska 148, 85-674 Bydgoszcz · NIP 953-287-40-16 · %(page)s",
             doc_title="Przystan Contact Solutions - proposal for Dzwigar Rent", author="Przystan Contact Solutions sp. z o.o."),
}
