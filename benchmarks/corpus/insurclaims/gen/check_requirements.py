"""Self-check of requirements.yaml: every `find` is on one line of rfp.pdf's pypdf text; every requirement is labelled
for every vendor with a valid status; every "quoted" fragment in a comment is verbatim in that vendor's files
(or, when marked [scan], in the scanned page's source text). Prints the counts."""
import os, re, sys, json
import yaml
from pypdf import PdfReader
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda t: re.sub(r"\s+", " ", t or "").strip()
FILES = {"fenwick-lorimer": ["proposals/fenwick-lorimer.pdf"], "kaveri-lumen": ["proposals/kaveri-lumen.pdf"],
         "bursztyn": ["proposals/bursztyn/proposal.pdf", "proposals/bursztyn/cennik.pdf"],
         "cnoc-mara": ["proposals/cnoc-mara.pdf"]}
STATUS = {"compliant", "partial", "non_compliant", "not_addressed"}
fails = []
doc = yaml.safe_load(open(os.path.join(ROOT, "requirements.yaml")))
rfp_pages = [p.extract_text() or "" for p in PdfReader(os.path.join(ROOT, "rfp.pdf")).pages]
rfp_lines = [l for t in rfp_pages for l in t.splitlines()]
labels = [r["label"] for r in doc["requirements"]]
for r in doc["requirements"]:
    if not any(r["find"] in l for l in rfp_lines):
        fails.append("find not on one line of rfp.pdf: %r" % r["find"])
    if sum(r["find"] in ws(t) for t in rfp_pages) != 1 or ws(" ".join(rfp_pages)).count(r["find"]) != 1:
        fails.append("find not unique in rfp.pdf: %r" % r["find"])
texts = {}
for slug, fs in FILES.items():
    texts[slug] = ws(" ".join(p.extract_text() or "" for f in fs for p in PdfReader(os.path.join(ROOT, f)).pages))
scan = ws(open(os.path.join(ROOT, "gen", "scans", "kaveri_commercial.txt")).read())
texts["kaveri-lumen"] += " " + scan
counts = {s: 0 for s in sorted(STATUS)}
for slug in FILES:
    got = doc["compliance"].get(slug, {})
    if set(got) != set(labels):
        fails.append("%s: labels differ: missing %s extra %s" % (slug, sorted(set(labels) - set(got)), sorted(set(got) - set(labels))))
    for k, v in got.items():
        if v not in STATUS:
            fails.append("%s %s: bad status %r" % (slug, k, v))
        else:
            counts[v] += 1
# quotes in comments
cur = None
for line in open(os.path.join(ROOT, "requirements.yaml")):
    m = re.match(r"^  ([a-z-]+):\s*$", line)
    if m:
        cur = m.group(1)
        continue
    if cur in FILES and "#" in line:
        comment = line.split("#", 1)[1]
        for q in re.findall(r'"([^"]+)"', comment):
            if ws(q.replace(" | ", " ")) not in texts[cur]:
                fails.append("%s: quote not found: %r" % (cur, q[:80]))
print("requirements: %d (%d mandatory); pairs: %d; %s" % (len(labels), sum(r["mandatory"] for r in doc["requirements"]),
      sum(counts.values()), ", ".join("%s %d" % kv for kv in counts.items())))
for f in fails:
    print("FAIL: " + f)
print("OK" if not fails else "%d failure(s)" % len(fails))
sys.exit(1 if fails else 0)
