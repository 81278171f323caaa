"""Build the timeshare set: render the RFP and the four proposals (Bellwether in two files), scan Cenzontle's
signed letter of commercial conditions."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = SET.parent
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("bellwether.txt", "proposals/bellwether/technical-response.pdf", "bellwether"),
        ("bellwether_exhibit_c.txt", "proposals/bellwether/exhibit-c-pricing.pdf", "bellwether_exc"),
        ("alcaravan.txt", "proposals/alcaravan-contact.pdf", "alcaravan"),
        ("sunward.txt", "proposals/sunward-experience.pdf", "sunward"),
        ("cenzontle.txt", "proposals/cenzontle.pdf", "cenzontle")]
SCANS = [("proposals/cenzontle.pdf", "CARTA DE CONDICIONES COMERCIALES", "cenzontle_carta")]
if __name__ == "__main__":
    only = sys.argv[1:]
    if only:  # draft mode: render only the named content files, no scans
        DOCS = [d for d in DOCS if d[0] in only]
        SCANS = []
    build_set(SET, DOCS, SCANS, THEMES)
