import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/main/benchmarks/corpus"); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("passerelle.txt", "proposals/passerelle.pdf", "passerelle"),
        ("vistara.txt", "proposals/vistara.pdf", "vistara"),
        ("harbourlight.txt", "proposals/harbourlight.pdf", "harbour"),
        ("keyline.txt", "proposals/keyline/proposal.pdf", "keyline"),
        ("keyline_fees.txt", "proposals/keyline/fee-schedule.pdf", "keyline")]
SCANS = [("proposals/vistara.pdf", "Commercial Terms (Page 2 of 2)", "vistara_annex_a2")]
build_set(SET, DOCS, SCANS, THEMES)
