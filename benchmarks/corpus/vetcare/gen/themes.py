DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#1f5d4a", header="Harrowgate Veterinary Group plc - RFP HVG-CC-2026-07 - Confidential",
             footer="RFP page %(page)s", doc_title="RFP Contact Centre Services", author="Harrowgate Veterinary Group plc"),
 "ashgrove": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#0b2545", header="Ashgrove Claims Partners Limited | Response to HVG-CC-2026-07 | Commercial in confidence",
             footer="Ashgrove | %(page)s", doc_title="Ashgrove proposal", author="Ashgrove Claims Partners Limited"),
 "kloof": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#d9480f", ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Kloofview Connect - happy people, happy pets", footer="Kloofview Connect (Pty) Ltd  -  page %(page)s", doc_title="Kloofview proposal", author="Kloofview Connect"),
 "klant": dict(font="LiberationSerif", bold="LiberationSerif-Bold", size=10.5, accent="#e36c0a", ttf={"LiberationSerif": LB+"LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB+"LiberationSerif-Bold.ttf"},
             header="KlantKracht Dienstverlening B.V. - Offerte HVG-CC-2026-07", footer="blad %(page)s", doc_title="Offerte KlantKracht", author="KlantKracht"),
 "tally": dict(font="Courier", bold="Courier-Bold", size=9.5, accent="#444444", page="letter", header="TALLYLINE OUTSOURCING LTD // RESPONSE HVG-CC-2026-07",
             footer="TL-HVG p.%(page)s", doc_title="Tallyline response", author="Tallyline"),
}
