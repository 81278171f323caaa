import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("helix.txt", "proposals/helix-global.pdf", "helix"),
    ("respawn.txt", "proposals/respawn-support.pdf", "respawn"),
    ("hanbit.txt", "proposals/hanbit-cx.pdf", "hanbit"),
    ("castellan.txt", "proposals/castellan-outsourcing.pdf", "castellan"),
    ("kestrel.txt", "proposals/kestrel-cx/proposal.pdf", "kestrel"),
    ("kestrel_rates.txt", "proposals/kestrel-cx/rate-card.pdf", "kestrel_rc"),
]
SCANS = [("proposals/hanbit-cx.pdf", "Section 7. Additional Cost Items", "hanbit_p7")]
if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
