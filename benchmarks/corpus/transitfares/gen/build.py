import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("schelde.txt", "proposals/schelde-contact.pdf", "schelde"),
        ("norbridge.txt", "proposals/norbridge/proposal.pdf", "norbridge"),
        ("norbridge_schedule.txt", "proposals/norbridge/commercial_schedule.pdf", "norbridge"),
        ("fareloop.txt", "proposals/fareloop.pdf", "fareloop"),
        ("halberd.txt", "proposals/halberd-global.pdf", "halberd")]
SCANS = [("proposals/fareloop.pdf", "Schedule 1 - Order Form Terms", "fareloop_terms")]
build_set(SET, DOCS, SCANS, THEMES)
