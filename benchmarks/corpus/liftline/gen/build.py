"""Build the liftline set: render the RFP and the four proposals, scan Talfer's signed price sheet (Anlage 1)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("vigilis.txt", "proposals/vigilis/technical-response.pdf", "vigilis"),
        ("vigilis_workbook.txt", "proposals/vigilis/price-workbook.pdf", "vigilis_b"),
        ("vjosa.txt", "proposals/vjosa-multilingual.pdf", "vjosa"),
        ("lindmatt.txt", "proposals/lindmatt-partners.pdf", "lindmatt"),
        ("talfer.txt", "proposals/talfer-teleservice.pdf", "talfer")]
SCANS = [("proposals/talfer-teleservice.pdf", "PREISBLATT / LISTINO PREZZI", "talfer_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)
