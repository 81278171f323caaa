"""Themes of the parkingappeals set: a font, colour and running header/footer per document voice (DejaVu only)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#24356b",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Kingsmere City Council  |  Parking Services  |  ITT KCC/PARK/0417",
             footer="OFFICIAL  –  ITT KCC/PARK/0417  –  page %(page)s",
             doc_title="ITT KCC/PARK/0417 Parking Appeals, Permits and Blue Badge Customer Desk",
             author="Kingsmere City Council"),
 "pennant": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10.8, accent="#3c4a3e",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Pennant Casework Services Ltd  ·  Volume 1: Technical  ·  KCC/PARK/0417",
             footer="Pennant Casework Services Ltd · Registered in England No. 09817264 · Volume 1, page %(page)s",
             doc_title="Pennant Volume 1 - Technical", author="Pennant Casework Services Ltd"),
 "pennant_b": dict(font="DejaVuSansMono", bold="DejaVuSansMono-Bold", size=8.5, accent="#3c4a3e",
             ttf=_ttf("DejaVuSansMono", "DejaVuSansMono-Bold"),
             header="PENNANT CASEWORK SERVICES LTD / VOL 2 SCHEDULE OF PRICES / KCC-PARK-0417 / v1.3",
             footer="Vol 2 - sheet page %(page)s - commercial in confidence",
             doc_title="Pennant Volume 2 - Schedule of Prices", author="Pennant Casework Services Ltd"),
 "ribeira": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#8a2432",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Ribeira Contact Services, S.A.  –  Proposta n.º RCS-UK-2026/112  –  Kingsmere City Council",
             footer="Ribeira Contact Services, S.A. · Rua do Bonjardim 318, 4000-115 Porto · NIPC 513 884 206 · pág. %(page)s",
             doc_title="Proposta Ribeira Contact Services", author="Ribeira Contact Services, S.A."),
 "brightlane": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#e0612b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="brightlane  ·  every conversation, brighter",
             footer="Brightlane Experience Ltd  ·  Stockport · Belfast  ·  %(page)s",
             doc_title="Brightlane x Kingsmere", author="Brightlane Experience Ltd"),
 "mostowa": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#2d6f8f",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Mostowa Shared Services sp. z o.o.  |  Tender response KCC/PARK/0417  |  Doc. MSS/OF/2026/233",
             footer="Mostowa Shared Services sp. z o.o., ul. Mostowa 14, 31-061 Kraków, KRS 0000581234, NIP 6762498135  |  str. %(page)s",
             doc_title="Mostowa tender response KCC/PARK/0417", author="Mostowa Shared Services sp. z o.o."),
}
