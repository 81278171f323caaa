"""Write the `marketplace` set's labels.json from gen/labels_src.py, finding each quote's page(s) in the built PDFs.

usage: /work/main/.venv/bin/python gen/make_labels.py   (after gen/build.py)

label_checks.make_labels() does the work: a quote written with " | " between table cells is stored with plain spaces,
as pypdf reads a table row; an "ocr" quote takes its page from gen/scan_map.json; it fails loudly if a quote is on
no page, so a content edit cannot silently break the labels.
"""
import sys
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN.parent.parent))  # benchmarks/corpus, for label_checks

from label_checks import make_labels  # noqa: E402
from labels_src import SCENARIO, VENDORS  # noqa: E402  (gen/, the script's own folder)

if __name__ == "__main__":
    sys.exit(make_labels(GEN, SCENARIO, VENDORS))
