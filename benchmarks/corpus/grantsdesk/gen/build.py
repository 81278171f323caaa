import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("glanmor.txt", "proposals/glanmor/proposal.pdf", "glanmor"),
        ("glanmor_prices.txt", "proposals/glanmor/price-schedule.pdf", "glanmor"),
        ("ashdown.txt", "proposals/ashdown-fielding.pdf", "ashdown"),
        ("tarnwell.txt", "proposals/tarnwell.pdf", "tarnwell"),
        ("draigfach.txt", "proposals/draig-fach.pdf", "draig")]
SCANS = [("proposals/tarnwell.pdf", "Tarnwell Contact Operations (UK) Ltd confirms the following", "tarnwell_price_schedule")]
build_set(SET, DOCS, SCANS, THEMES)
