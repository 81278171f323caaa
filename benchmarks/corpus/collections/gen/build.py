"""Build the collections set: render every content file and scan one page of Wisla's offer."""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("meridia.txt", "proposals/meridia-shared-services.pdf", "meridia"),
    ("wisla.txt", "proposals/wisla-nearshore.pdf", "wisla"),
    ("kessler.txt", "proposals/kessler-partner/proposal.pdf", "kessler"),
    ("kesslerfee.txt", "proposals/kessler-partner/fee-schedule.pdf", "kesslerfee"),
    ("ledgerline.txt", "proposals/ledgerline.pdf", "ledgerline"),
]
SCANS = [("proposals/wisla-nearshore.pdf", "6. Commercial conditions", "wisla-commercial")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
