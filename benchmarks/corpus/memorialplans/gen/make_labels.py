import sys, os
GEN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(GEN))); sys.path.insert(0, GEN)
from label_checks import make_labels
from labels_src import SCENARIO, VENDORS
sys.exit(make_labels(GEN, SCENARIO, VENDORS))
