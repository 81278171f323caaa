#!/usr/bin/env python3
"""Verify labels.json against the PDFs of the `telecom` set (billing back office, collections and fraud holds for Larkspur Wireless).

Usage:  python check_labels.py [SET_DIR]   (default: the folder of this script)

The checks are those of ../label_checks.py, with this set's page limits: a vendor's main file 6-16 pages and
all its files together at most 32. Multi-file vendor here: Kalinaw's rate-card.pdf and terms.pdf. The set's one
scanned page (Dacoria's Appendix C) is drawn from gen/scan_content.py, so its quotes are checked against that text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from label_checks import check_set  # noqa: E402


def scan_content(root):
    """The scan source: a reader (file, page) -> the text of gen/scan_content.py, the set's one scanned page."""
    sys.path.insert(0, os.path.join(root, "gen"))
    try:
        import scan_content as sc
    except ImportError:
        return lambda file, page: ""
    text = " ".join([sc.TITLE] + [h + " " + t for h, t in sc.CLAUSES])
    return lambda file, page: text


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(check_set(sys.argv[1] if len(sys.argv) > 1 else here, main_pages=(6, 16), max_total=32,
                       scan_source=scan_content))
