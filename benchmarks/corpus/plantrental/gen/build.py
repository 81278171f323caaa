"""Build the plantrental set: render the RFP and the four proposals, scan Opora's signed UAH price addendum."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("opora.txt", "proposals/opora-contact.pdf", "opora"),
        ("brueckner.txt", "proposals/brueckner-dialog/technical-volume.pdf", "brueckner"),
        ("brueckner_commercial.txt", "proposals/brueckner-dialog/commercial-annex.pdf", "brueckner_b"),
        ("crestwave.txt", "proposals/crestwave-cx.pdf", "crestwave"),
        ("przystan.txt", "proposals/przystan-contact.pdf", "przystan")]
SCANS = [("proposals/opora-contact.pdf", "ADDENDUM No. 1 to proposal", "opora_uah_addendum")]
build_set(SET, DOCS, SCANS, THEMES)
