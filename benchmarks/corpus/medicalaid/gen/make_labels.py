"""Write labels.json of the medicalaid set from gen/labels_src.py (each quote's pages are found in the built PDFs)."""
import os
import sys
GEN = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared kit
sys.path.insert(0, KIT); sys.path.insert(0, GEN)
from label_checks import make_labels
from labels_src import SCENARIO, VENDORS
sys.exit(make_labels(GEN, SCENARIO, VENDORS))
