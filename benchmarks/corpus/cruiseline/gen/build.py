import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("azul.txt", "proposals/azul-horizonte.pdf", "azul"),
        ("hartwell.txt", "proposals/hartwell-sandor.pdf", "hartwell"),
        ("kystlinje.txt", "proposals/kystlinje.pdf", "kyst"),
        ("kontaktwerk.txt", "proposals/kontaktwerk/proposal.pdf", "kw"),
        ("kontaktwerk_preisblatt.txt", "proposals/kontaktwerk/preisblatt.pdf", "kw")]
SCANS = [("proposals/kystlinje.pdf", "VEDLEGG 1 / ANNEX 1 - PRICE CONFIRMATION", "kystlinje_annex1")]
build_set(SET, DOCS, SCANS, THEMES)
