"""Build the travelassist set: render the RFP and the four proposals, scan Siam Careline's signed letter of
commercial conditions (its last page)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("likya.txt", "proposals/likya-asistans.pdf", "likya"),
        ("costa.txt", "proposals/costa-asistencia.pdf", "costa"),
        ("siam.txt", "proposals/siam-careline.pdf", "siam"),
        ("teralis_tech.txt", "proposals/teralis/technical-volume.pdf", "teralis"),
        ("teralis_price.txt", "proposals/teralis/price-schedule.pdf", "teralis_p")]
SCANS = [("proposals/siam-careline.pdf", "Minimum invoice for each month", "siam_commercial_letter")]
build_set(SET, DOCS, SCANS, THEMES)
