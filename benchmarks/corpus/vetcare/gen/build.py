import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("ashgrove.txt", "proposals/ashgrove-claims.pdf", "ashgrove"),
        ("kloofview.txt", "proposals/kloofview-connect.pdf", "kloof"),
        ("klantkracht.txt", "proposals/klantkracht/proposal.pdf", "klant"),
        ("klantkracht_tarieven.txt", "proposals/klantkracht/tarieven.pdf", "klant"),
        ("tallyline.txt", "proposals/tallyline.pdf", "tally")]
SCANS = [("proposals/kloofview-connect.pdf", "Appendix C - Commercial Notes", "kloof_commercial")]
build_set(SET, DOCS, SCANS, THEMES)
