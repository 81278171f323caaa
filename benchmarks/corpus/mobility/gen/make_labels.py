import sys
from pathlib import Path
GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN.parent.parent))
sys.path.insert(0, str(GEN))
from label_checks import make_labels
from labels_src import SCENARIO, VENDORS
if __name__ == "__main__":
    sys.exit(make_labels(str(GEN), SCENARIO, VENDORS))
