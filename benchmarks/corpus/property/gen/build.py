import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("meridian.txt", "proposals/meridian-hallmark.pdf", "meridian"),
    ("vandeputte.txt", "proposals/vandeputte-klantendienst.pdf", "vandeputte"),
    ("wisla.txt", "proposals/wisla-contact.pdf", "wisla"),
    ("castellan.txt", "proposals/castellan/proposal.pdf", "castellan"),
    ("castellan_s4.txt", "proposals/castellan/schedule-4-charges.pdf", "castellan_s4"),
]
SCANS = [("proposals/vandeputte-klantendienst.pdf", "Annex B - Signed conditions", "vandeputte-annex-b")]
if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
