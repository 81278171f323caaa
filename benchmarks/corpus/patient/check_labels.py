"""Check the patient set's labels: python check_labels.py"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from label_checks import check_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_set(here, main_pages=(6, 20), max_total=22))
