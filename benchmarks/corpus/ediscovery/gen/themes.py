DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
THEMES = {
 "rfp": dict(font="Helvetica", bold="Helvetica-Bold", size=10, accent="#3b2f63", page="letter",
             header="Whitlock Caraway LLP - RFP WCL-LSS-2027-02 - Confidential", footer="WCL RFP | page %(page)s",
             doc_title="RFP Managed Review and Litigation Support", author="Whitlock Caraway LLP"),
 "docket": dict(font="LiberationSans", bold="LiberationSans-Bold", size=10, accent="#1b4f72", page="letter",
             ttf={"LiberationSans": LB+"LiberationSans-Regular.ttf", "LiberationSans-Bold": LB+"LiberationSans-Bold.ttf"},
             header="Docket Harbor Review Services, Inc. | Response to WCL-LSS-2027-02", footer="DHRS  %(page)s",
             doc_title="Docket Harbor response", author="Docket Harbor Review Services, Inc."),
 "north": dict(font="DejaVuSans", bold="DejaVuSans-Bold", size=11, accent="#0f766e",
             ttf={"DejaVuSans": DJ+"DejaVuSans.ttf", "DejaVuSans-Bold": DJ+"DejaVuSans-Bold.ttf"},
             header="NORTHBEAM  //  Whitlock Caraway  //  Feb 2027", footer="northbeam.example  |  %(page)s",
             doc_title="Northbeam proposal deck", author="Northbeam Legal Operations, Inc."),
 "paper": dict(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=10.5, accent="#6b4226",
             ttf={"DejaVuSerif": DJ+"DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ+"DejaVuSerif-Bold.ttf"},
             header="Paperbark Review Co. - proposal to Whitlock Caraway LLP", footer="Paperbark Review Co. Pty Ltd - page %(page)s",
             doc_title="Paperbark proposal", author="Paperbark Review Co. Pty Ltd"),
 "raven": dict(font="Times-Roman", bold="Times-Bold", size=10.5, accent="#222222", page="letter",
             header="RAVENSWORTH LEGAL PROCESS SERVICES LLC - PRIVILEGED AND CONFIDENTIAL - RLPS/WCL/0227",
             footer="Page %(page)s", doc_title="Ravensworth tender response", author="Ravensworth Legal Process Services LLC"),
}
