"""Build the musicrights set: render the RFP and the four proposals, scan Vinterhamn's signed price annex (Bilaga 1)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("halvard.txt", "proposals/halvard-lind/volume-1-service.pdf", "halvard"),
        ("halvard_commercial.txt", "proposals/halvard-lind/volume-2-commercial.pdf", "halvard_b"),
        ("fjordlinje.txt", "proposals/fjordlinje.pdf", "fjordlinje"),
        ("saimaa.txt", "proposals/saimaa-contact.pdf", "saimaa"),
        ("vinterhamn.txt", "proposals/vinterhamn.pdf", "vinterhamn")]
SCANS = [("proposals/vinterhamn.pdf", "PRISBILAGA / PRICE ANNEX", "vinterhamn_price_annex")]
build_set(SET, DOCS, SCANS, THEMES)
