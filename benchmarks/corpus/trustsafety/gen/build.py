import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/main/benchmarks/corpus"); sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("veritas.txt", "proposals/veritas-ridge.pdf", "veritas"),
        ("ondaviva.txt", "proposals/ondaviva.pdf", "ondaviva"),
        ("bastion.txt", "proposals/bastion-review/proposal.pdf", "bastion"),
        ("bastion_cennik.txt", "proposals/bastion-review/cennik.pdf", "bastion"),
        ("harbourline.txt", "proposals/harbourline.pdf", "harbour")]
SCANS = [("proposals/harbourline.pdf", "Schedule C - Commercial clarifications", "harbour_schedule_c")]
build_set(SET, DOCS, SCANS, THEMES)
