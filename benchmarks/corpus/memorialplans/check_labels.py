"""Check labels.json of the memorialplans set (quotes on their pages, shape, page limits)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from label_checks import check_set
sys.exit(check_set(here, main_pages=(5, 9), max_total=9))
