import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("marealta.txt", "proposals/mare-alta-cx.pdf", "mare"),
        ("hanbit.txt", "proposals/hanbit-contact.pdf", "hanbit"),
        ("norrljus.txt", "proposals/norrljus/anbud.pdf", "norrljus"),
        ("norrljus_prisbilaga.txt", "proposals/norrljus/prisbilaga.pdf", "norrljus"),
        ("calder.txt", "proposals/calder-ridge.pdf", "calder")]
SCANS = [("proposals/mare-alta-cx.pdf", "ADITIVO DE PREMIERE", "mare_premiere_addendum")]
build_set(SET, DOCS, SCANS, THEMES)
