import sys, os
GEN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, GEN)
import _paths  # noqa: F401  (puts the shared label_checks on sys.path)
from label_checks import make_labels
from labels_src import SCENARIO, VENDORS
sys.exit(make_labels(GEN, SCENARIO, VENDORS))
