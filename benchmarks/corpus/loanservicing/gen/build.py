"""Build the loanservicing set: render the RFP and the four proposals (Lumora in two files) and scan Blue Mahoe's
signed price proposal form."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = SET.parent
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("ridgeline.txt", "proposals/ridgeline-servicing.pdf", "ridgeline"),
        ("tanglaw.txt", "proposals/tanglaw-contact.pdf", "tanglaw"),
        ("bluemahoe.txt", "proposals/blue-mahoe.pdf", "bluemahoe"),
        ("lumora.txt", "proposals/lumora/proposal.pdf", "lumora"),
        ("lumora_commercial.txt", "proposals/lumora/commercial-proposal.pdf", "lumora")]
SCANS = [("proposals/blue-mahoe.pdf", "ATTACHMENT C - PRICE PROPOSAL FORM", "bluemahoe_price_form")]
build_set(SET, DOCS, SCANS, THEMES)
