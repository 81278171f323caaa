"""Build the warrantydesk set: render the RFP and the four proposals, scan Sahyadri's Annexure-C page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("torqline.txt", "proposals/torqline.pdf", "torq"),
        ("schaller.txt", "proposals/schaller-filles.pdf", "schaller"),
        ("sahyadri.txt", "proposals/sahyadri/proposal.pdf", "sahyadri"),
        ("sahyadri_commercials.txt", "proposals/sahyadri/commercials.pdf", "sahyadri_wb"),
        ("ferrovale.txt", "proposals/ferrovale.pdf", "ferro")]
SCANS = [("proposals/sahyadri/proposal.pdf", "Annexure-C: Terms and Conditions of Commercial Offer", "sahyadri_annex_c")]
build_set(SET, DOCS, SCANS, THEMES)
