import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("aldermoor.txt", "proposals/aldermoor/proposal.pdf", "aldermoor"),
        ("aldermoor_schedule.txt", "proposals/aldermoor/commercial_schedule.pdf", "aldermoor_cs"),
        ("rimal.txt", "proposals/rimal-global.pdf", "rimal"),
        ("corrib.txt", "proposals/corrib-shared.pdf", "corrib"),
        ("slotwise.txt", "proposals/slotwise.pdf", "slotwise")]
SCANS = [("proposals/rimal-global.pdf", "COMMERCIAL OFFER - PRICE CONFIRMATION", "rimal_price_confirmation")]
build_set(SET, DOCS, SCANS, THEMES)
