import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("arenapulse.txt", "proposals/arena-pulse/proposal.pdf", "pulse"),
        ("arenapulse_investment.txt", "proposals/arena-pulse/investment_summary.pdf", "pulse_inv"),
        ("odra.txt", "proposals/odra-contact.pdf", "odra"),
        ("elbmark.txt", "proposals/elbmark-service.pdf", "elbmark"),
        ("kurvenfunk.txt", "proposals/kurvenfunk.pdf", "kurve")]
SCANS = [("proposals/elbmark-service.pdf", "SCHEDULE 3 - PRICE SHEET (EXECUTED)", "elbmark_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)
