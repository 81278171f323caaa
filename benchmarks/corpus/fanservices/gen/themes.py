DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"


def _ttf(regular, bold, rpath, bpath):
    return {regular: rpath, bold: bpath}


THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=9.6, accent="#8a1c1c",
             ttf=_ttf("LiberationSans", "LiberationSans-Bold", LB + "LiberationSans-Regular.ttf", LB + "LiberationSans-Bold.ttf"),
             header="FC Ruhrwacht Essen 1910 e.V. / Ruhrwacht Arena Betriebs-GmbH - RFP FCR-FS-2027/02 - Fan Services and Ticketing Contact Centre",
             footer="FCR-FS-2027/02 | page %(page)s", doc_title="RFP Fan Services and Ticketing Contact Centre",
             author="FC Ruhrwacht Essen 1910 e.V."),
 "pulse": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#e0245e",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold", DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf"),
             header="ARENA PULSE  |  Every fan. Every moment. Every matchday.",
             footer="Arena Pulse Fan Engagement Ltd  ·  arenapulse.co.uk  ·  %(page)s",
             doc_title="Arena Pulse proposal", author="Arena Pulse Fan Engagement Ltd"),
 "pulse_inv": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=9.2, accent="#e0245e",
             ttf=_ttf("DejaVuSans", "DejaVuSans-Bold", DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf"),
             header="ARENA PULSE  |  Investment Summary  |  Commercial in confidence",
             footer="Arena Pulse Investment Summary AP-FCR-0227  ·  %(page)s",
             doc_title="Arena Pulse Investment Summary", author="Arena Pulse Fan Engagement Ltd"),
 "odra": dict(font="LiberationSansNarrow", bold="LiberationSansNarrow-Bold", size=9.4, accent="#1f4e79",
             ttf=_ttf("LiberationSansNarrow", "LiberationSansNarrow-Bold", LB + "LiberationSansNarrow-Regular.ttf",
                      LB + "LiberationSansNarrow-Bold.ttf"),
             header="ODRA CONTACT SOLUTIONS SP. Z O.O. | Offer OCS/2027/031 | RFP FCR-FS-2027/02",
             footer="OCS/2027/031 - p. %(page)s", doc_title="Odra offer OCS/2027/031", author="Odra Contact Solutions sp. z o.o."),
 "elbmark": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#2b2b2b",
             ttf=_ttf("LiberationSerif", "LiberationSerif-Bold", LB + "LiberationSerif-Regular.ttf", LB + "LiberationSerif-Bold.ttf"),
             header="Elbmark Servicepartner GmbH - Offer and Draft Services Agreement - Ref. EMS-ANG-2027-019",
             footer="Elbmark Servicepartner GmbH, Amtsgericht Hamburg HRB 151 662 - Page %(page)s",
             doc_title="Elbmark offer and draft agreement", author="Elbmark Servicepartner GmbH"),
 "kurve": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#00875a",
             ttf=_ttf("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", DJ + "DejaVuSansCondensed.ttf",
                      DJ + "DejaVuSansCondensed-Bold.ttf"),
             header="kurvenfunk  -  fan support, built by people who stand in the Kurve",
             footer="Kurvenfunk GmbH, Berlin  ·  hallo@kurvenfunk.de  ·  %(page)s",
             doc_title="Kurvenfunk proposal", author="Kurvenfunk GmbH"),
}
