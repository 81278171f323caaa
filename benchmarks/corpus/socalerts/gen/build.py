"""Build the socalerts set: render the RFP and the four proposals (Bastion Ridge in two volumes), then scan
Centinela's signed price-commitment letter (Anexo B)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("bastion.txt", "proposals/bastion-ridge/technical-volume.pdf", "bastion"),
        ("bastion_pricing.txt", "proposals/bastion-ridge/pricing-schedule.pdf", "bastion_b"),
        ("centinela.txt", "proposals/centinela-contacto.pdf", "centinela"),
        ("kestrelwave.txt", "proposals/kestrelwave.pdf", "kestrel"),
        ("atalaya.txt", "proposals/atalaya-member-protection.pdf", "atalaya")]
SCANS = [("proposals/centinela-contacto.pdf", "CARTA COMPROMISO", "centinela_carta_compromiso")]
build_set(SET, DOCS, SCANS, THEMES)
