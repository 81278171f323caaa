import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("harbourline.txt", "proposals/harbourline.pdf", "harbour"),
        ("tasman.txt", "proposals/tasman-civic.pdf", "tasman"),
        ("kauripoint.txt", "proposals/kauri-point/proposal.pdf", "kauri"),
        ("kauripoint_schedule3.txt", "proposals/kauri-point/pricing-schedule.pdf", "kauri"),
        ("whetu.txt", "proposals/whetu-works.pdf", "whetu")]
SCANS = [("proposals/harbourline.pdf", "Commercial Summary and Acceptance", "harbourline_commercial_summary")]
build_set(SET, DOCS, SCANS, THEMES)
