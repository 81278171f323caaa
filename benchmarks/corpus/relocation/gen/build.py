"""Build the relocation set: render the RFP and the four proposals, scan Wisła's signed Annex 1 (commercial terms)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("lechtal.txt", "proposals/lechtal/technical-volume.pdf", "lechtal"),
        ("lechtal_commercial.txt", "proposals/lechtal/commercial-volume.pdf", "lechtal_b"),
        ("wisla.txt", "proposals/wisla-contact.pdf", "wisla"),
        ("anatolia.txt", "proposals/anatolialink.pdf", "anatolia"),
        ("miljacka.txt", "proposals/miljacka-contact.pdf", "miljacka")]
SCANS = [("proposals/wisla-contact.pdf", "ANEKS NR 1", "wisla_annex1")]
build_set(SET, DOCS, SCANS, THEMES)
