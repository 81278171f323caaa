"""Check labels.json of the medicalaid set (quotes on their pages, shape, page limits)."""
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the shared kit (label_checks)
sys.path.insert(0, KIT)
from label_checks import check_set
sys.exit(check_set(here, main_pages=(5, 9), max_total=11))
