DJ = "/usr/share/fonts/truetype/dejavu/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#8a1c2b", header="Transandina Airlines Group S.A. - RFP TAG-CR-2027-03 - Confidential",
             footer="TAG RFP - page %(page)s", doc_title="RFP Customer Relations", author="Transandina Airlines Group S.A."),
 "conecta": dict(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=10, accent="#f2a900",
             ttf={"DejaVuSansCondensed": DJ+"DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold": DJ+"DejaVuSansCondensed-Bold.ttf"},
             header="Conecta Caribe BPO S.A.S. - Propuesta TAG-CR-2027-03", footer="Conecta Caribe - pagina %(page)s", doc_title="Propuesta Conecta Caribe", author="Conecta Caribe BPO S.A.S."),
 "skyward": dict(font="Times-Roman", bold="Times-Bold", size=10, accent="#1b2a49", page="letter",
             header="SKYWARD PASSENGER SOLUTIONS, LLC - CONFIDENTIAL - RESPONSE TO RFP TAG-CR-2027-03",
             footer="Skyward / TAG - Page %(page)s", doc_title="Skyward proposal and draft terms", author="Skyward Passenger Solutions, LLC"),
 "atlantida": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=9.5, accent="#0a6e6e",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Atlântida Relacionamento, S.A. - ATL-TAG-2027-011", footer="Atlântida - pág. %(page)s", doc_title="Proposta Atlântida", author="Atlântida Relacionamento, S.A."),
 "bright": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10.5, accent="#00a3c4",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="BrightHarbor CX - brighter journeys, happier travellers", footer="BrightHarbor CX, Inc.  |  %(page)s", doc_title="BrightHarbor proposal", author="BrightHarbor CX, Inc."),
}
