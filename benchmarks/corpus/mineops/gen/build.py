"""Build the mineops set: render the RFP and the four proposals, scan Vértice's signed price form (Anexo N° 4)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("altiplano.txt", "proposals/altiplano-contact/propuesta-tecnica.pdf", "altiplano"),
        ("altiplano_economica.txt", "proposals/altiplano-contact/propuesta-economica.pdf", "altiplano_b"),
        ("benchline.txt", "proposals/benchline.pdf", "benchline"),
        ("pukara.txt", "proposals/pukara-ss.pdf", "pukara"),
        ("vertice.txt", "proposals/vertice.pdf", "vertice")]
SCANS = [("proposals/vertice.pdf", "FORMULARIO DE OFERTA", "vertice_price_form")]
build_set(SET, DOCS, SCANS, THEMES)
