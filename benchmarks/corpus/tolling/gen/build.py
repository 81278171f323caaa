import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("vialis_memoire.txt", "proposals/vialis/memoire-technique.pdf", "vialis"),
        ("vialis_bpu.txt", "proposals/vialis/bpu.pdf", "vialis"),
        ("lumora.txt", "proposals/lumora.pdf", "lumora"),
        ("rhonetal.txt", "proposals/rhonetal.pdf", "rhone"),
        ("contactia.txt", "proposals/contactia.pdf", "contactia")]
SCANS = [("proposals/rhonetal.pdf", "Rhonetal Contact AG declares the following commercial", "rhonetal_annex_d")]
build_set(SET, DOCS, SCANS, THEMES)
