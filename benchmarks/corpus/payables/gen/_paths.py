"""Find the shared corpus kit (pdfkit.py, label_checks.py): next to the set when it sits in benchmarks/corpus/,
else in /work/main/benchmarks/corpus (where this set was written)."""
import os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for cand in (os.path.dirname(SET), "/work/main/benchmarks/corpus"):
    if os.path.exists(os.path.join(cand, "label_checks.py")):
        sys.path.insert(0, cand)
        break
