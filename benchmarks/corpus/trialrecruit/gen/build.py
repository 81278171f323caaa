"""Build the trialrecruit set: render the RFP and the four proposals, scan Sahyadri's signed price bid (Annexure-C)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("lakeshore.txt", "proposals/lakeshore/technical-volume.pdf", "lakeshore"),
        ("lakeshore_commercial.txt", "proposals/lakeshore/commercial-volume.pdf", "lakeshore_b"),
        ("sahyadri.txt", "proposals/sahyadri-healthconnect.pdf", "sahyadri"),
        ("enrollnova.txt", "proposals/enrollnova.pdf", "enrollnova"),
        ("northgate.txt", "proposals/northgate-clinical.pdf", "northgate")]
SCANS = [("proposals/sahyadri-healthconnect.pdf", "ANNEXURE-C", "sahyadri_price_bid")]
build_set(SET, DOCS, SCANS, THEMES)
