"""Build the mealkit set: render the RFP and the four proposals, scan Fynbos' signed rate card (Schedule A)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("lindholm.txt", "proposals/lindholm-dialog/technical-questionnaire.pdf", "lindholm"),
        ("lindholm_prices.txt", "proposals/lindholm-dialog/price-sheet.pdf", "lindholm_b"),
        ("odra.txt", "proposals/odra-contact.pdf", "odra"),
        ("larder.txt", "proposals/larder-lane.pdf", "larder"),
        ("fynbos.txt", "proposals/fynbos-contact.pdf", "fynbos")]
SCANS = [("proposals/fynbos-contact.pdf", "SCHEDULE A", "fynbos_rate_card")]
build_set(SET, DOCS, SCANS, THEMES)
