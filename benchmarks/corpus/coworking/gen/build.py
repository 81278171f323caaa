"""Build the coworking set: render the RFP and the four proposals, scan Ponte Atlântico's signed price form (page 6)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("atalaya.txt", "proposals/atalaya/technical-volume.pdf", "atalaya"),
        ("atalaya_commercial.txt", "proposals/atalaya/commercial-offer.pdf", "atalaya_b"),
        ("ponte.txt", "proposals/ponte-atlantico.pdf", "ponte"),
        ("colmena.txt", "proposals/colmena-cx.pdf", "colmena"),
        ("orla.txt", "proposals/orla.pdf", "orla")]
SCANS = [("proposals/ponte-atlantico.pdf", "FORMULÁRIO DE PREÇOS", "ponte_price_form")]
build_set(SET, DOCS, SCANS, THEMES)
