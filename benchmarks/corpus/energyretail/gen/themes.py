DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#234e70", header="Greystone Power & Gas Group - RFP GPG-CX-2027-02 - Confidential",
             footer="GPG-CX-2027-02 | page %(page)s", doc_title="RFP Energy Customer Operations", author="Greystone Power & Gas Group"),
 "orrington": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#3a3a3a", header="Orrington Global Business Services Limited - Tender Response GPG-CX-2027-02 - Commercial in Confidence",
             footer="Orrington GBS | Page %(page)s", doc_title="Orrington tender response", author="Orrington Global Business Services Limited"),
 "bursztyn": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#c77c02", ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Bursztyn Contact - we listen first", footer="Bursztyn Contact sp. z o.o. ~ %(page)s", doc_title="Bursztyn proposal", author="Bursztyn Contact"),
 "stratum": dict(font="Courier", bold="Courier-Bold", size=9, accent="#2f2f2f", page="letter", header="STRATUM ASSIST LTD // GPG-CX-2027-02 // MATRIX RESPONSE",
             footer="SA-GPG p.%(page)s", doc_title="Stratum matrix", author="Stratum Assist"),
 "larch": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#2e6b3a", ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="Larchfield Contact Solutions DAC - Q&A response to Greystone", footer="Larchfield | %(page)s", doc_title="Larchfield Q&A", author="Larchfield Contact Solutions DAC"),
}
