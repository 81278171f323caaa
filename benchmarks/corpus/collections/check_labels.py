"""Check the collections set's labels (shared checks in /work/corpus/label_checks.py)."""
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from label_checks import check_set  # noqa: E402
sys.exit(check_set(here, main_pages=(6, 20), max_total=22))
