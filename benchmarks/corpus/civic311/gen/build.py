import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/main/benchmarks/corpus"); sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("halvorsen.txt", "proposals/halvorsen/proposal.pdf", "halv"),
        ("halvorsen_cost.txt", "proposals/halvorsen/cost-proposal.pdf", "halvcost"),
        ("oakline.txt", "proposals/oakline-community.pdf", "oak"),
        ("puentenexo.txt", "proposals/puentenexo.pdf", "puente"),
        ("civiq.txt", "proposals/civiq-labs.pdf", "civiq")]
SCANS = [("proposals/oakline-community.pdf", "Attachment D - Signed Price Sheet", "oak_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)
