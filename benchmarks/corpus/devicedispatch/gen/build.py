import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("brackwater.txt", "proposals/brackwater/proposal.pdf", "brack"),
        ("brackwater_schedule.txt", "proposals/brackwater/schedule-b-charges.pdf", "brack"),
        ("lumenpath.txt", "proposals/lumenpath.pdf", "lumen"),
        ("northgrid.txt", "proposals/northgrid.pdf", "north"),
        ("servitecnica.txt", "proposals/servitecnica.pdf", "servi")]
SCANS = [("proposals/servitecnica.pdf", "confirms the following prices for RFP", "servitecnica_annex_b")]
build_set(SET, DOCS, SCANS, THEMES)
