import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("harbourline.txt", "proposals/harbourline.pdf", "harbourline"),
    ("kizuna.txt", "proposals/kizuna-support.pdf", "kizuna"),
    ("tropika_proposal.txt", "proposals/tropika-cx/proposal.pdf", "tropika"),
    ("tropika_ratecard.txt", "proposals/tropika-cx/rate-card.pdf", "tropika_rc"),
    ("bluegum.txt", "proposals/bluegum-helpdesk.pdf", "bluegum"),
]
SCANS = [("proposals/kizuna-support.pdf", "Conditions of the Estimate", "kizuna_conditions")]
if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
