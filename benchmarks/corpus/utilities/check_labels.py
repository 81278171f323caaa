#!/usr/bin/env python3
"""Verify labels.json against the PDFs of the `utilities` set (Yarran Creek utilities contact centre).

Usage:  python check_labels.py [SET_DIR]   (default: the folder of this script)

The checks are those of ../label_checks.py, with this set's page limits: a vendor's main file 8-20 pages and
all its files together at most 36 (20 for the main file, up to 16 for a separate pricing schedule). The scanned
page is checked against the text gen/build.py drew onto it (gen/scanned_text.json).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from label_checks import check_set, scanned_text_json  # noqa: E402

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(check_set(sys.argv[1] if len(sys.argv) > 1 else here, main_pages=(8, 20), max_total=36,
                       scan_source=scanned_text_json))
