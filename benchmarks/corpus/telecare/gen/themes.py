"""Themes of the telecare set: one font, colour and running header/footer per document voice (DejaVu only; the
machine has no CJK font, so Japanese words and sentences are written in Hepburn romanisation)."""
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ttf(regular, bold):
    return {regular: DJ + regular + ".ttf", bold: DJ + bold + ".ttf"}


THEMES = {
 "rfp": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.5, accent="#7a2e12",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Yodogawa Anshin Network K.K.  ·  RFP YAN-PR-2027-017  ·  Mimamori Centre outsourcing",
             footer="YAN-PR-2027-017  ·  Confidential to bidders  ·  p. %(page)s",
             doc_title="RFP YAN-PR-2027-017 Mimamori Centre", author="Yodogawa Anshin Network K.K."),
 "harukaze": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9.5, accent="#20476b",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Harukaze Contact Solutions K.K.  |  Volume 1 – Technical Questionnaire  |  YAN-PR-2027-017",
             footer="HCS-TQ-2731  |  Volume 1  |  page %(page)s",
             doc_title="Harukaze Volume 1 Technical Questionnaire", author="Harukaze Contact Solutions K.K."),
 "harukaze_b": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=9, accent="#20476b",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
             header="Harukaze Contact Solutions K.K.  |  Volume 2 – Price Workbook (print of sheets P1–P4)  |  YAN-PR-2027-017",
             footer="HCS-PW-2731  |  Volume 2  |  sheet page %(page)s",
             doc_title="Harukaze Volume 2 Price Workbook", author="Harukaze Contact Solutions K.K."),
 "tsuzumi": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#6b1d4f",
             ttf=_ttf("DejaVuSerif", "DejaVuSerif-Bold"),
             header="Tsuzumi Careline Co., Ltd. (Kabushiki Kaisha Tsuzumi Kearain)  –  Teian-sho / Proposal",
             footer="Tsuzumi Careline Co., Ltd.  ·  3-21 Kitabanchō, Wakayama-shi 640-8156  ·  TEL 073-428-5510  ·  %(page)s",
             doc_title="Tsuzumi Careline proposal", author="Tsuzumi Careline Co., Ltd."),
 "lumina": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#c2185b",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold"),
             header="Lumina Kizuna CX  ·  KizunaCare 360™ for Yodogawa Anshin Network",
             footer="luminakizuna.jp  ·  Tokyo · Naha · Sendai · Cebu  ·  %(page)s",
             doc_title="Lumina Kizuna CX proposal", author="Lumina Kizuna CX K.K."),
 "calloway": dict(font="DejaVuSerifCondensed", bold="DejaVuSerifCondensed-Bold", size=10, accent="#2f4f3a",
             ttf=_ttf("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
             header="Calloway Teo Partners  –  A response to Yodogawa Anshin Network  –  Private and confidential",
             footer="Calloway Teo Partners Pte. Ltd. (UEN 201408812K), 8 Cross Street, Singapore 048424  –  %(page)s",
             doc_title="Calloway Teo Partners response", author="Calloway Teo Partners Pte. Ltd."),
}
