"""Build the recordsrelease set: render the RFP and the four proposals, scan Villarreal's faxed, signed price sheet."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("anacostia.txt", "proposals/anacostia-his.pdf", "anacostia"),
        ("villarreal.txt", "proposals/villarreal-records.pdf", "villarreal"),
        ("sahyadri_tech.txt", "proposals/sahyadri-healthinfo/technical-proposal.pdf", "sahyadri_t"),
        ("sahyadri_comm.txt", "proposals/sahyadri-healthinfo/commercial-proposal.pdf", "sahyadri_c"),
        ("brightline.txt", "proposals/brightline-him.pdf", "brightline")]
SCANS = [("proposals/villarreal-records.pdf", "PRICE SHEET", "villarreal_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)
