"""Check labels.json of the hearingcare set (quotes on their pages, shape, page limits)."""
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
kit = os.path.dirname(here)
sys.path.insert(0, kit)
from label_checks import check_set
sys.exit(check_set(here, main_pages=(5, 9), max_total=11))
