import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("aurelis.txt", "proposals/aurelis-cx.pdf", "aurelis"),
        ("korvex_proposal.txt", "proposals/korvex/proposal.pdf", "korvex"),
        ("korvex_prices.txt", "proposals/korvex/price-schedule.pdf", "korvex"),
        ("donaustrom.txt", "proposals/donaustrom.pdf", "donau"),
        ("tankly.txt", "proposals/tankly.pdf", "tankly")]
SCANS = [("proposals/donaustrom.pdf", "Schedule 6 / Anlage 6", "donaustrom_schedule6")]
build_set(SET, DOCS, SCANS, THEMES)
