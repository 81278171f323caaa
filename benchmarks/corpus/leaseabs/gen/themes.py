DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#1d3b2a",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Aarvest Property Holdings S.A. - RFP APH-BO-2027-03 - Lease Abstraction, Rent Roll and Tenant Query Desk",
             footer="APH-BO-2027-03 - page %(page)s", doc_title="RFP APH-BO-2027-03", author="Aarvest Property Holdings S.A."),
 "ledger": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#6a2bd9",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Ledgerlight  //  lease data, minus the drudgery", footer="ledgerlight.example  -  %(page)s",
             doc_title="Ledgerlight proposal for Aarvest", author="Ledgerlight Ltd"),
 "vogt": dict(font="LiberationSansNarrow", bold="LiberationSansNarrow-Bold", size=9.5, accent="#404040",
             ttf={"LiberationSansNarrow": LB+"LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold": LB+"LiberationSansNarrow-Bold.ttf"},
             header="Vogt & Brandhorst Objektdaten GmbH | Angebot VB-2027-031 | APH-BO-2027-03",
             footer="VB-2027-031 - Seite %(page)s", doc_title="Angebot Vogt & Brandhorst", author="Vogt & Brandhorst Objektdaten GmbH"),
 "meridiaan": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#d35400",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Meridiaan Backoffice B.V. - Groningen / Paramaribo - offerte voor Aarvest Property Holdings",
             footer="Meridiaan Backoffice B.V. - KvK 71940285 - blad %(page)s", doc_title="Offerte Meridiaan", author="Meridiaan Backoffice B.V."),
 "sarnegg": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#7b1e2b",
             header="SARNEGG REALTY OPERATIONS AG  -  Proposal SRO/APH/2027/14  -  Confidential",
             footer="Sarnegg Realty Operations AG, Zug  |  Page %(page)s", doc_title="Sarnegg proposal", author="Sarnegg Realty Operations AG"),
}
