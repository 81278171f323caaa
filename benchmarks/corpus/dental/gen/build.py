"""Rebuild the dental set: render the RFP and the four proposals from gen/content, scan Malasakit's Annex C."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("sterling_vol1.txt", "proposals/sterling-atlas/volume-1-technical.pdf", "sterling"),
        ("sterling_vol2.txt", "proposals/sterling-atlas/volume-2-price.pdf", "sterling"),
        ("malasakit.txt", "proposals/malasakit-care.pdf", "malasakit"),
        ("concerto.txt", "proposals/concerto-accueil.pdf", "concerto"),
        ("gumline.txt", "proposals/gumline.pdf", "gumline")]
SCANS = [("proposals/malasakit-care.pdf", "ANNEX C - SCHEDULE OF OTHER CHARGES", "malasakit_annex_c")]
build_set(SET, DOCS, SCANS, THEMES)
