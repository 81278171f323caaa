"""Build the tutoring set: render the RFP and the four proposals, scan Andina's signed price form (Anexo 3)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("lusovox.txt", "proposals/lusovox/volume-1-technical.pdf", "lusovox"),
        ("lusovox_commercial.txt", "proposals/lusovox/volume-2-commercial.pdf", "lusovox_b"),
        ("andina.txt", "proposals/andina-contacto.pdf", "andina"),
        ("kora.txt", "proposals/kora-experience.pdf", "kora"),
        ("serra.txt", "proposals/serra-grande.pdf", "serra")]
SCANS = [("proposals/andina-contacto.pdf", "FORMULARIO DE OFERTA ECON", "andina_price_form")]
build_set(SET, DOCS, SCANS, THEMES)
