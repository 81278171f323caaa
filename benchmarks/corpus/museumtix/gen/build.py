"""Build the museumtix set: render every content file to PDF and scan Kasumi's signed price confirmation page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("larkspur.txt", "proposals/larkspur/proposal.pdf", "larkspur"),
        ("larkspur_charges.txt", "proposals/larkspur/schedule-of-charges.pdf", "larkspur"),
        ("straits.txt", "proposals/straits-meridian.pdf", "straits"),
        ("kasumi.txt", "proposals/kasumi-relations.pdf", "kasumi"),
        ("kite.txt", "proposals/kite-and-lantern.pdf", "kite")]
SCANS = [("proposals/kasumi-relations.pdf", "PRICE CONFIRMATION LETTER", "kasumi_price_confirmation")]
build_set(SET, DOCS, SCANS, THEMES)
