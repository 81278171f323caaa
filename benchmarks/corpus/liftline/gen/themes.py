"""Themes of the liftline set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#8a1c1c",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Steigwerk Aufzüge AG  ·  Ausschreibung / RFP SWA-CC-2028-02  ·  Emergency, Dispatch and Customer Desk",
             footer="SWA-CC-2028-02  ·  Seite / page %(page)s  ·  vertraulich / confidential",
             doc_title="RFP SWA-CC-2028-02 Emergency, Dispatch and Customer Desk", author="Steigwerk Aufzuege AG"),
 "vigilis": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Vigilis Alarmzentrale AG  |  VIG-ANG-28-0117  |  Volume 1: Technical Response (Questionnaire and Compliance Matrix)",
             footer="Vigilis Alarmzentrale AG · Hagenholzstrasse 88 · 8050 Zürich · CHE-109.442.871 · Vol. 1 p. %(page)s",
             doc_title="Vigilis Technical Response SWA-CC-2028-02", author="Vigilis Alarmzentrale AG"),
 "vigilis_b": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#0b4f6c",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Vigilis Alarmzentrale AG  |  VIG-ANG-28-0117  |  Volume 2: Price Workbook",
             footer="Vigilis Alarmzentrale AG · Hagenholzstrasse 88 · 8050 Zürich · CHE-109.442.871 · Vol. 2 p. %(page)s",
             doc_title="Vigilis Price Workbook SWA-CC-2028-02", author="Vigilis Alarmzentrale AG"),
 "vjosa": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#b3261e",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="VJOSA MULTILINGUAL SERVICES Sh.p.k.  -  Offerta / Offer nr. VMS-157/2028  -  Steigwerk SWA-CC-2028-02",
             footer="Vjosa Multilingual Services Sh.p.k. · Rruga e Durrësit 112, Tiranë · NIPT L81712045K · faqe %(page)s",
             doc_title="Offer Vjosa Multilingual Services", author="Vjosa Multilingual Services Sh.p.k."),
 "lindmatt": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#3d4a2f",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Lindmatt Service Partners  ·  A proposal for Steigwerk: keeping people calm between floors",
             footer="Lindmatt Service Partners AG · Baarerstrasse 21 · 6300 Zug  ·  %(page)s",
             doc_title="Lindmatt proposal for Steigwerk", author="Lindmatt Service Partners AG"),
 "talfer": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#2b2b2b",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="TALFER TELESERVICE GmbH-S.r.l. / Bozen-Bolzano / Angebot-Offerta-Offer TT-28-031 / SWA-CC-2028-02",
             footer="Talfer Teleservice GmbH-S.r.l. | Galileo-Galilei-Str. 9, 39100 Bozen | MwSt.-Nr. IT 02984410217 | S. %(page)s",
             doc_title="Talfer Offer TT-28-031", author="Talfer Teleservice GmbH-S.r.l."),
}
