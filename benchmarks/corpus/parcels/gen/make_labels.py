"""Write ../labels.json from labels_src.py (finds each quote's pages): python gen/make_labels.py"""
import os
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(GEN))
sys.path.insert(0, os.path.dirname(os.path.dirname(GEN)))
sys.path.insert(0, GEN)
from label_checks import make_labels  # noqa: E402
from labels_src import SCENARIO, VENDORS  # noqa: E402

if __name__ == "__main__":
    sys.exit(make_labels(GEN, SCENARIO, VENDORS))
