import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("nudgelift.txt", "proposals/nudge-lift.pdf", "nudge"),
        ("atalaya.txt", "proposals/atalaya-contact.pdf", "atalaya"),
        ("talavera.txt", "proposals/talavera/proposal.pdf", "talavera"),
        ("talavera_pricing.txt", "proposals/talavera/pricing-annex.pdf", "talavera_annex"),
        ("peakwise.txt", "proposals/peakwise.pdf", "peakwise")]
SCANS = [("proposals/atalaya-contact.pdf", "ECONOMIC OFFER - MODEL OF ANNEX III", "atalaya_economic_offer")]
build_set(SET, DOCS, SCANS, THEMES)
