"""Build the interpreting set: render the RFP and the four proposals, scan Sunbridge's signed price bid (Annexure-C)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("hudson.txt", "proposals/hudson-relay/technical-volume.pdf", "hudson"),
        ("hudson_commercial.txt", "proposals/hudson-relay/commercial-schedule.pdf", "hudson_c"),
        ("passerelle.txt", "proposals/passerelle.pdf", "passerelle"),
        ("sunbridge.txt", "proposals/sunbridge.pdf", "sunbridge"),
        ("bayanihan.txt", "proposals/bayanihan-cx.pdf", "bayanihan")]
SCANS = [("proposals/sunbridge.pdf", "ANNEXURE-C", "sunbridge_price_bid")]
build_set(SET, DOCS, SCANS, THEMES)
