"""Build the orderdesk set: render the RFP and the four proposals, scan Beskyd's signed price offer (Annex 3)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("trivium.txt", "proposals/trivium/volume1-approach.pdf", "trivium"),
        ("trivium_commercial.txt", "proposals/trivium/volume2-commercial.pdf", "trivium_b"),
        ("odra.txt", "proposals/odra-business.pdf", "odra"),
        ("nexaflow.txt", "proposals/nexaflow.pdf", "nexaflow"),
        ("beskyd.txt", "proposals/beskyd-bbs.pdf", "beskyd")]
SCANS = [("proposals/beskyd-bbs.pdf", "CENOVÁ NABÍDKA", "beskyd_price_offer")]
build_set(SET, DOCS, SCANS, THEMES)
