import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("atlantica.txt", "proposals/atlantica-contact.pdf", "atlantica"),
        ("thamesgate.txt", "proposals/thamesgate.pdf", "thamesgate"),
        ("lucerna.txt", "proposals/lucerna/proposal.pdf", "lucerna"),
        ("lucerna_offerta.txt", "proposals/lucerna/offerta_economica.pdf", "lucerna_eco"),
        ("kmcero.txt", "proposals/kmcero-ops.pdf", "kmcero")]
SCANS = [("proposals/thamesgate.pdf", "SCHEDULE 4 - CHARGES (EXECUTED COPY)", "thamesgate_schedule4")]
build_set(SET, DOCS, SCANS, THEMES)
