import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET / "gen"))
import _paths  # noqa: F401  (puts the shared pdfkit on sys.path)
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("northbridge.txt", "proposals/northbridge-ledger.pdf", "northbridge"),
        ("clearwater.txt", "proposals/clearwater-backoffice.pdf", "clearwater"),
        ("kaveri.txt", "proposals/kaveri-finops.pdf", "kaveri"),
        ("solveo.txt", "proposals/solveo/proposal.pdf", "solveo"),
        ("solveo_tarifs.txt", "proposals/solveo/tarifs.pdf", "solveo")]
SCANS = [("proposals/clearwater-backoffice.pdf", "Schedule C - Commercial Terms (page 1 of 2)", "clearwater_schedule_c")]
build_set(SET, DOCS, SCANS, THEMES)
