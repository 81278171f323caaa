import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("hollis.txt", "proposals/hollis-crane/proposal.pdf", "hollis"),
        ("hollis_commercial.txt", "proposals/hollis-crane/commercial.pdf", "hollis"),
        ("kaveri.txt", "proposals/kaveri-meridian.pdf", "kaveri"),
        ("seeland.txt", "proposals/seeland-people.pdf", "seeland"),
        ("auerbach.txt", "proposals/auerbach-lenz.pdf", "auerbach")]
SCANS = [("proposals/auerbach-lenz.pdf", "Schedule 5 - Special Commercial Conditions", "auerbach_schedule5")]
build_set(SET, DOCS, SCANS, THEMES)
