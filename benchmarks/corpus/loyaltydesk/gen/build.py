"""Build the loyaltydesk set: render the RFP and the four proposals, scan Meridiano's signed price sheet (Part C)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("cruzeiro_tecnico.txt", "proposals/cruzeiro/technical-volume.pdf", "cruzeiro"),
        ("cruzeiro_comercial.txt", "proposals/cruzeiro/commercial-proposal.pdf", "cruzeiro_c"),
        ("andes.txt", "proposals/andes-contact.pdf", "andes"),
        ("pulso.txt", "proposals/pulso-cx.pdf", "pulso"),
        ("meridiano.txt", "proposals/meridiano.pdf", "meridiano")]
SCANS = [("proposals/meridiano.pdf", "PLANILHA DE PREÇOS / PRICE SHEET", "meridiano_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)
