DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#243b6b", page="letter",
             header="Quillmark Tax Technologies Inc. - RFP QTT-CS-2027-04 - Confidential",
             footer="QTT-CS-2027-04 | page %(page)s", doc_title="RFP Seasonal Consumer Support", author="Quillmark Tax Technologies Inc."),
 "tanglaw": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#0f7c7a", page="letter",
             ttf={"LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf"},
             header="Tanglaw Support Systems, Inc. | Q&A response to QTT-CS-2027-04", footer="Tanglaw - page %(page)s",
             doc_title="Tanglaw answers to QTT-CS-2027-04", author="Tanglaw Support Systems, Inc."),
 "havre": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#1b3a5c",
             header="Havrebleu Customer Services Inc. / Services à la clientèle Havrebleu inc. - Proposal QTT-CS-2027-04",
             footer="Page %(page)s", doc_title="Havrebleu Proposal", author="Havrebleu Customer Services Inc."),
 "swarm": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#f0a202", page="letter",
             ttf={"DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf"},
             header="swarmdesk  //  tax season, minus the panic", footer="swarmdesk.example  -  %(page)s",
             doc_title="Swarmdesk x Quillmark", author="Swarmdesk, Inc."),
 "atalaya": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#8a1c1c",
             header="GRUPO ATALAYA CONTACT SOLUTIONS - Oferta GA-2027-0611 - Quillmark QTT-CS-2027-04",
             footer="GA-2027-0611  Hoja %(page)s", doc_title="Oferta Atalaya", author="Grupo Atalaya Contact Solutions"),
}
