import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("amperio.txt", "proposals/amperio-mobility.pdf", "amperio"),
        ("motlawa.txt", "proposals/motlawa-support.pdf", "motlawa"),
        ("sundsvik.txt", "proposals/sundsvik/proposal.pdf", "sundsvik"),
        ("sundsvik_schedule4.txt", "proposals/sundsvik/schedule-4-charges.pdf", "sundsvik_s4"),
        ("plugline.txt", "proposals/plugline.pdf", "plugline")]
SCANS = [("proposals/motlawa-support.pdf", "ANNEX 3 - DECLARATIONS AND DEVIATIONS", "motlawa_annex3")]
build_set(SET, DOCS, SCANS, THEMES)
