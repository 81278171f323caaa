"""Build the aogdesk set: render the RFP and the four proposals, scan Atlas' signed Letter of commitment (annex)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("ardmore.txt", "proposals/ardmore-aero/technical-volume.pdf", "ardmore"),
        ("ardmore_commercial.txt", "proposals/ardmore-aero/commercial-schedule.pdf", "ardmore_b"),
        ("qamar.txt", "proposals/qamar-aerologix.pdf", "qamar"),
        ("atlas.txt", "proposals/atlas-aero.pdf", "atlas"),
        ("luzon.txt", "proposals/luzon-aerodesk.pdf", "luzon")]
SCANS = [("proposals/atlas-aero.pdf", "ACTE D'ENGAGEMENT", "atlas_letter_of_commitment")]
build_set(SET, DOCS, SCANS, THEMES)
