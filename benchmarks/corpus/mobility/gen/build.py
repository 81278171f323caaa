import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("altavia.txt", "proposals/altavia-cx.pdf", "altavia"),
    ("pampa.txt", "proposals/pampa-atendimento.pdf", "pampa"),
    ("andino.txt", "proposals/corredor-andino.pdf", "andino"),
    ("kinetik_proposal.txt", "proposals/kinetik-ops/proposal.pdf", "kinetik"),
    ("kinetik_pricing.txt", "proposals/kinetik-ops/pricing-schedule.pdf", "kinetik_price"),
]
SCANS = [("proposals/pampa-atendimento.pdf", "ANNEX 2 - COMMERCIAL CONDITIONS", "pampa_annex2")]
if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
