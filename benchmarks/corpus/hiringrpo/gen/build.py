import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("sahyadri.txt", "proposals/sahyadri-talentserve/proposal.pdf", "sahyadri"),
        ("sahyadri_annex.txt", "proposals/sahyadri-talentserve/commercial_annex.pdf", "sahyadri"),
        ("lanternhouse.txt", "proposals/lanternhouse.pdf", "lantern"),
        ("quadrant.txt", "proposals/quadrant-wfo.pdf", "quadrant"),
        ("cardinal.txt", "proposals/cardinal-public.pdf", "cardinal")]
SCANS = [("proposals/lanternhouse.pdf", "A letter from", "lantern_letter")]
build_set(SET, DOCS, SCANS, THEMES)
