DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#1d4e89",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="STAT - Societe Transalpine d'Autoroutes et Tunnels - RFP STAT-RC-2027-07 - Customer Service Operations",
             footer="STAT-RC-2027-07 - page %(page)s", doc_title="RFP Customer Service Operations", author="STAT"),
 "vialis": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10, accent="#2b2b6b",
             ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Groupement Vialis Relation Client - Offre / Tender STAT-RC-2027-07 - Lot unique",
             footer="Vialis Relation Client SAS - RCS Lyon 841 220 617 - page %(page)s", doc_title="Offre Vialis", author="Vialis Relation Client SAS"),
 "lumora": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d4145a",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="LUMORA  -  every journey, beautifully handled", footer="lumora.eu  |  %(page)s",
             doc_title="Lumora proposal", author="Lumora Experience Group S.L."),
 "rhone": dict(font="Helvetica", bold="Helvetica-Bold", size=8.5, accent="#b30000",
             header="Rhonetal Contact AG | Offerte RC-2027-331 | STAT-RC-2027-07",
             footer="RC-2027-331 | S. %(page)s", doc_title="Rhonetal Offerte", author="Rhonetal Contact AG"),
 "contactia": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10, accent="#1f6b3a",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Contactia Nord-Ovest S.r.l. - Aosta / Bolzano - Answers to RFP STAT-RC-2027-07",
             footer="Contactia Nord-Ovest S.r.l. - P.IVA 01288460079 - pag. %(page)s", doc_title="Contactia offer", author="Contactia Nord-Ovest S.r.l."),
}
