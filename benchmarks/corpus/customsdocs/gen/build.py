"""Build the customsdocs set: render every content file to PDF and scan the Kite quotation page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tanglaw.txt", "proposals/tanglaw/proposal.pdf", "tanglaw"),
        ("tanglaw_ratecard.txt", "proposals/tanglaw/rate-card.pdf", "tanglaw_rc"),
        ("seriandalas.txt", "proposals/seri-andalas.pdf", "seri"),
        ("kite.txt", "proposals/kite-labs.pdf", "kite"),
        ("castellan.txt", "proposals/castellan.pdf", "castellan")]
SCANS = [("proposals/kite-labs.pdf", "QUOTATION No. KL-Q-2608-017", "kite_quotation")]
build_set(SET, DOCS, SCANS, THEMES)
