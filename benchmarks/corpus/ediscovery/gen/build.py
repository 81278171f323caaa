import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("dockethbr.txt", "proposals/docket-harbor.pdf", "docket"),
        ("northbeam.txt", "proposals/northbeam/proposal.pdf", "north"),
        ("northbeam_terms.txt", "proposals/northbeam/commercial_terms.pdf", "north"),
        ("paperbark.txt", "proposals/paperbark-review.pdf", "paper"),
        ("ravensworth.txt", "proposals/ravensworth.pdf", "raven")]
SCANS = [("proposals/paperbark-review.pdf", "Schedule S - Acceptance and Signature", "paperbark_schedule_s")]
build_set(SET, DOCS, SCANS, THEMES)
