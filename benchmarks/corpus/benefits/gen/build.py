#!/usr/bin/env python3
"""Rebuild every PDF of the `benefits` set, then labels.json (via make_labels.py).

usage: python gen/build.py        (from the set folder or anywhere)
"""
import io
import os
import subprocess
import sys

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from render import Doc  # noqa: E402
from scan import scan_pdf_page  # noqa: E402
from themes import THEMES  # noqa: E402

# (content file, output pdf relative to ROOT, theme)
JOBS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("halberd.txt", "proposals/halberd-gs.pdf", "halberd"),
    ("brightline-technical.txt", "proposals/brightline/technical-volume.pdf", "brightline_tech"),
    ("brightline-price.txt", "proposals/brightline/price-volume.pdf", "brightline_price"),
    ("ochoa-tran.txt", "proposals/ochoa-tran.pdf", "ochoa"),
    ("lotus-bridge.txt", "proposals/lotus-bridge.pdf", "lotus"),
]


def replace_scans(path, names):
    """Swap each placeholder page for an image-only page rendered from gen/scans/<name>.txt."""
    if not names:
        return []
    reader = PdfReader(path)
    writer = PdfWriter()
    done = []
    for i, page in enumerate(reader.pages):
        txt = page.extract_text() or ""
        hit = [n for n in names if ("SCANPLACEHOLDER " + n) in txt]
        if hit:
            with open(os.path.join(HERE, "scans", hit[0] + ".txt")) as fh:
                src = fh.read()
            img = PdfReader(io.BytesIO(scan_pdf_page(src, seed=17 + i)))
            writer.add_page(img.pages[0])
            done.append((hit[0], i + 1))
        else:
            writer.add_page(page)
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items() if k in ("/Title", "/Author")})
    with open(path, "wb") as fh:
        writer.write(fh)
    return done


def main():
    scan_map = {}
    for src, out, theme in JOBS:
        dest = os.path.join(ROOT, out)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(os.path.join(HERE, "content", src)) as fh:
            text = fh.read()
        doc = Doc(THEMES[theme])
        n = doc.build(text, dest)
        scans = replace_scans(dest, doc.scan_pages)
        print("%-45s %2d pages%s" % (out, n, ("  scanned: %s" % scans) if scans else ""))
        if scans:
            scan_map[out] = {name: page for name, page in scans}
    import json
    with open(os.path.join(HERE, "scan_map.json"), "w") as fh:
        json.dump(scan_map, fh, indent=1)
    if "--no-labels" not in sys.argv:
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_labels.py")])


if __name__ == "__main__":
    main()
