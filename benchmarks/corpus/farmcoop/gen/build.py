"""Rebuild the farmcoop set: render the RFP and the four proposals from gen/content, scan Cerrado's price declaration."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("cerrado.txt", "proposals/cerrado-atende.pdf", "cerrado"),
        ("duero.txt", "proposals/duero-contact.pdf", "duero"),
        ("fieldstone.txt", "proposals/fieldstone-cx.pdf", "fieldstone"),
        ("atlantico.txt", "proposals/atlantico/proposal.pdf", "atlantico"),
        ("atlantico_schedule4.txt", "proposals/atlantico/schedule-4-charges.pdf", "atlantico")]
SCANS = [("proposals/cerrado-atende.pdf", "DECLARAÇÃO DE PREÇOS", "cerrado_price_declaration")]
build_set(SET, DOCS, SCANS, THEMES)
