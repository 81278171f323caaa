"""Build the parkingappeals set: render the ITT and the four proposals, then scan Ribeira's signed Addendum No. 1."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("pennant_technical.txt", "proposals/pennant-casework/technical-volume.pdf", "pennant"),
        ("pennant_prices.txt", "proposals/pennant-casework/schedule-of-prices.pdf", "pennant_b"),
        ("ribeira.txt", "proposals/ribeira-contact.pdf", "ribeira"),
        ("brightlane.txt", "proposals/brightlane-experience.pdf", "brightlane"),
        ("mostowa.txt", "proposals/mostowa-shared-services.pdf", "mostowa")]
SCANS = [("proposals/ribeira-contact.pdf", "ADENDA N.º 1", "ribeira_adenda")]
build_set(SET, DOCS, SCANS, THEMES)
