"""Build the wasteline set: render the RFP and the four proposals, scan Sava's signed bid form (Annex 2)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = SET.parent
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("kontaktis.txt", "proposals/kontaktis/technical-offer.pdf", "kontaktis"),
        ("kontaktis_commercial.txt", "proposals/kontaktis/commercial-offer.pdf", "kontaktis_b"),
        ("panonija.txt", "proposals/panonija-kontakt.pdf", "panonija"),
        ("loopline.txt", "proposals/loopline-cx.pdf", "loopline"),
        ("sava.txt", "proposals/sava-contact.pdf", "sava")]
SCANS = [("proposals/sava-contact.pdf", "PONUDBENI LIST", "sava_bid_form")]
build_set(SET, DOCS, SCANS, THEMES)
