import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("hopscotch.txt", "proposals/hopscotch.pdf", "hop"),
        ("kestrel.txt", "proposals/kestrel-bay.pdf", "kes"),
        ("corvant.txt", "proposals/corvant/proposal.pdf", "cvt"),
        ("corvant_ratecard.txt", "proposals/corvant/rate-card.pdf", "cvt"),
        ("fernhill.txt", "proposals/fernhill.pdf", "fern")]
SCANS = [("proposals/fernhill.pdf", "Fernhill Pastoral Support Services Ltd. confirms the following", "fernhill_schedule")]
build_set(SET, DOCS, SCANS, THEMES)
