"""Build the boatcharter set: render the RFP and the four proposals, scan Azzurra's signed Allegato C (page 6)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("helix.txt", "proposals/kvarner-helix/technical-volume.pdf", "helix"),
        ("helix_prices.txt", "proposals/kvarner-helix/price-schedule.pdf", "helix_p"),
        ("seeblick.txt", "proposals/seeblick.pdf", "seeblick"),
        ("azzurra.txt", "proposals/azzurra-nautica.pdf", "azzurra"),
        ("blueharbour.txt", "proposals/blueharbour.pdf", "blueharbour")]
SCANS = [("proposals/azzurra-nautica.pdf", "ALLEGATO C", "azzurra_allegato_c")]
build_set(SET, DOCS, SCANS, THEMES)
