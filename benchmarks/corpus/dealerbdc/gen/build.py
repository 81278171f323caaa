"""Build the dealerbdc set: render the RFP and the four proposals, scan Penrose Whitfield's signed Form of Offer."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("khanyisa.txt", "proposals/khanyisa/proposal.pdf", "khanyisa"),
        ("khanyisa_pricing.txt", "proposals/khanyisa/pricing-schedule.pdf", "khanyisa_b"),
        ("velocity.txt", "proposals/velocity-ridge.pdf", "velocity"),
        ("tamarind.txt", "proposals/tamarind-bay.pdf", "tamarind"),
        ("penrose.txt", "proposals/penrose-whitfield.pdf", "penrose")]
SCANS = [("proposals/penrose-whitfield.pdf", "FORM OF OFFER", "penrose_form_of_offer")]
build_set(SET, DOCS, SCANS, THEMES)
