import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("corvane.txt", "proposals/corvane-public-services.pdf", "corvane"),
        ("khanyisa.txt", "proposals/khanyisa-contact.pdf", "khanyisa"),
        ("bellhaven.txt", "proposals/bellhaven-dunmore/proposal.pdf", "bellhaven"),
        ("bellhaven_charges.txt", "proposals/bellhaven-dunmore/schedule-of-charges.pdf", "bellhaven_s"),
        ("hearthstone.txt", "proposals/hearthstone-helplines.pdf", "hearthstone")]
SCANS = [("proposals/khanyisa-contact.pdf", "Signed Commercial Declaration", "khanyisa_annexure_b")]
build_set(SET, DOCS, SCANS, THEMES)
