"""Rebuild the medcoding set: render the RFP and the four proposals from gen/content, scan Brisamar's signed price page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("copperline.txt", "proposals/copperline.pdf", "copper"),
        ("vaidya.txt", "proposals/vaidya-codeworks/proposal.pdf", "vaidya"),
        ("vaidya_commercial.txt", "proposals/vaidya-codeworks/commercial-offer.pdf", "vaidya"),
        ("brisamar.txt", "proposals/brisamar.pdf", "brisamar"),
        ("stanhope.txt", "proposals/stanhope-kessler.pdf", "stanhope")]
DOCS = [d for d in DOCS if (SET / "gen" / "content" / d[0]).exists()]
SCANS = [s for s in [("proposals/brisamar.pdf", "CONFIRMACIÓN DE PRECIOS FIRMADA", "brisamar_price_confirmation")]
         if any(d[1] == s[0] for d in DOCS)]
build_set(SET, DOCS, SCANS, THEMES)
