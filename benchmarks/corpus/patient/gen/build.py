"""Rebuild the patient set: python gen/build.py"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("caresphere.txt", "proposals/caresphere-health.pdf", "caresphere"),
    ("bayanihan.txt", "proposals/bayanihan-patient-connect.pdf", "bayanihan"),
    ("andina.txt", "proposals/andina-nearshore.pdf", "andina"),
    ("harbor_proposal.txt", "proposals/harbor-lane-access/proposal.pdf", "harbor"),
    ("harbor_pricing.txt", "proposals/harbor-lane-access/pricing-exhibit.pdf", "harborx"),
]
SCANS = [("proposals/bayanihan-patient-connect.pdf", "Data, privacy and security", "bayanihan_p4")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
