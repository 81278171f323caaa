"""Write labels.json of the hearingcare set from gen/labels_src.py (each quote's pages are found in the built PDFs)."""
import os
import sys
GEN = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(GEN)
kit = os.path.dirname(SET)
sys.path.insert(0, kit); sys.path.insert(0, GEN)
from label_checks import make_labels
from labels_src import SCENARIO, VENDORS
sys.exit(make_labels(GEN, SCENARIO, VENDORS))
