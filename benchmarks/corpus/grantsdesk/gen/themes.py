DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#8a1538",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Hafren Medical Research Trust - RFP HMRT-GD-2027-03 - Applicant Helpdesk, Screening and Claims",
             footer="HMRT-GD-2027-03 | page %(page)s", doc_title="RFP Applicant Helpdesk", author="Hafren Medical Research Trust"),
 "glanmor": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=10, accent="#1f6e43",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="Glanmor Helpdesk Partners Ltd - proposal to the Hafren Medical Research Trust",
             footer="Glanmor Helpdesk Partners Ltd - page %(page)s", doc_title="Glanmor proposal", author="Glanmor Helpdesk Partners Ltd"),
 "ashdown": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#2b2d5c",
             header="ASHDOWN FIELDING RESEARCH SERVICES LLP  -  AF/HMRT/0427  -  Confidential",
             footer="Ashdown Fielding Research Services LLP | %(page)s", doc_title="Ashdown Fielding proposal", author="Ashdown Fielding Research Services LLP"),
 "tarnwell": dict(font="Helvetica", bold="Helvetica-Bold", size=9, accent="#444444",
             header="Tarnwell Contact Operations (UK) Ltd | Offer TCO-27-0388 | HMRT-GD-2027-03",
             footer="TCO-27-0388 - p. %(page)s", doc_title="Tarnwell offer", author="Tarnwell Contact Operations (UK) Ltd"),
 "draig": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10.5, accent="#c0392b",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Draig Fach Support Co. - Aberystwyth - helo@draigfach.cymru",
             footer="Draig Fach Support Co. Ltd  ·  %(page)s", doc_title="Draig Fach proposal", author="Draig Fach Support Co. Ltd"),
}
