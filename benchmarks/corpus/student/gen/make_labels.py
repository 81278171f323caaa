"""Write labels.json from labels_src.py, finding each quote's page(s) in the built PDFs (label_checks.write_labels).

usage: /work/main/.venv/bin/python gen/make_labels.py   (after gen/build.py)
"""
import sys
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN.parent.parent))  # benchmarks/corpus, for label_checks
sys.path.insert(0, str(GEN))

from label_checks import write_labels  # noqa: E402
from labels_src import SCENARIO, VENDORS  # noqa: E402

if __name__ == "__main__":
    errors = write_labels(GEN.parent, SCENARIO, VENDORS)
    print("\n".join(errors) if errors else "labels.json written")
    sys.exit(1 if errors else 0)
