"""Write labels.json from labels_src.py: python gen/make_labels.py"""
import sys
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN.parent.parent))
sys.path.insert(0, str(GEN))
from label_checks import make_labels  # noqa: E402
from labels_src import SCENARIO, VENDORS  # noqa: E402

if __name__ == "__main__":
    sys.exit(make_labels(str(GEN), SCENARIO, VENDORS))
