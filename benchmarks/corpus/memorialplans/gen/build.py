import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("candlewick.txt", "proposals/candlewick.pdf", "candle"),
        ("marchmont.txt", "proposals/marchmont.pdf", "marchmont"),
        ("brolga.txt", "proposals/brolga/proposal.pdf", "brolga"),
        ("brolga_prices.txt", "proposals/brolga/price_schedule.pdf", "brolga2"),
        ("nandadeep.txt", "proposals/nandadeep.pdf", "nanda")]
SCANS = [("proposals/candlewick.pdf", "A letter from our founder", "candlewick_founder_letter")]
build_set(SET, DOCS, SCANS, THEMES)
