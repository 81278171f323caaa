import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("trivanta.txt", "proposals/trivanta/proposal.pdf", "trivanta"),
        ("trivanta_workbook.txt", "proposals/trivanta/commercial_workbook.pdf", "trivanta_wb"),
        ("somes.txt", "proposals/somes-contact.pdf", "somes"),
        ("ardcarn.txt", "proposals/ardcarn.pdf", "ardcarn"),
        ("brisa.txt", "proposals/brisa-ops.pdf", "brisa")]
SCANS = [("proposals/somes-contact.pdf", "ANNEX 2 - PRICE PAGE", "somes_price_page")]
build_set(SET, DOCS, SCANS, THEMES)
