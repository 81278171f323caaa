"""Rebuild the grocery set: render the RFP and the four proposals from gen/content, scan one Ponte Atlantica page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tejobridge.txt", "proposals/tejo-bridge.pdf", "tejo"),
        ("carpatica_technical.txt", "proposals/carpatica/technical-offer.pdf", "carpatica"),
        ("carpatica_financial.txt", "proposals/carpatica/financial-offer.pdf", "carpatica"),
        ("ponte.txt", "proposals/ponte-atlantica.pdf", "ponte"),
        ("loopwise.txt", "proposals/loopwise.pdf", "loopwise")]
SCANS = [("proposals/ponte-atlantica.pdf", "COMMERCIAL PROPOSAL LETTER", "ponte_commercial_letter")]
build_set(SET, DOCS, SCANS, THEMES)
