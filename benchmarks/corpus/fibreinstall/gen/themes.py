"""Themes of the fibreinstall set: one font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#b3431b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Lasair Fibre Networks DAC  ·  RFP LFN-PRC-2028-07  ·  Installation, Dispatch, Fault and Rebooking Desk",
             footer="LFN-PRC-2028-07  ·  leathanach / pagina / page %(page)s",
             doc_title="RFP LFN-PRC-2028-07 Installation and Fault Desk", author="Lasair Fibre Networks DAC"),
 "tidewell": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2bd9",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Tidewell CX  ·  made for moments that matter",
             footer="tidewell.ie  ·  Galway · Derry~Londonderry · Catania  ·  %(page)s",
             doc_title="Tidewell CX for Lasair", author="Tidewell CX Limited"),
 "ashgrove": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#23434f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Ashgrove Mercer Partners  ·  Proposal to Lasair Fibre Networks  ·  Strictly private and confidential",
             footer="Ashgrove Mercer Partners Limited, 14 Fitzwilliam Place, Dublin 2  ·  %(page)s",
             doc_title="Ashgrove Mercer proposal", author="Ashgrove Mercer Partners Limited"),
 "lagan": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#0f3d2e",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Lagan Customer Operations Limited  ·  Tender LFN-PRC-2028-07  ·  VOLUME 1: TECHNICAL RESPONSE",
             footer="Volume 1 – page %(page)s – Lagan Customer Operations Limited (NI 612044), Registered Office: 3 Lanyon Quay, Belfast BT1 3LG",
             doc_title="Lagan Volume 1 Technical Response", author="Lagan Customer Operations Limited"),
 "lagan_b": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=9.5, accent="#0f3d2e",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Lagan Customer Operations Limited  ·  Tender LFN-PRC-2028-07  ·  VOLUME 2: COMMERCIAL ANNEX",
             footer="Volume 2 – page %(page)s – Lagan Customer Operations Limited (NI 612044) – Commercial in confidence",
             doc_title="Lagan Volume 2 Commercial Annex", author="Lagan Customer Operations Limited"),
 "levante": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#005c99",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="LEVANTE CUSTOMER CARE S.p.A.  |  Offerta n. LCC/OFF/2028/0413  |  Gara LFN-PRC-2028-07",
             footer="Levante Customer Care S.p.A. · Via Giulio Petroni 121, 70124 Bari · P.IVA 08311470725 · pag. %(page)s",
             doc_title="Levante Customer Care - Risposta puntuale", author="Levante Customer Care S.p.A."),
}
