"""Print pages/s read, chunks/s embedded, and the wall time of a cold and a warm run on a folder of proposals.

usage: python benchmarks/bench_pipeline.py PROPOSALS_DIR
The cold run starts from an empty index; the warm run reuses it (nothing is embedded again).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rfp_analyzer.index.embed import shared_embedder
from rfp_analyzer.index.records import embedding_text
from rfp_analyzer.ingest.chunk import make_chunks, vendor_sentences
from rfp_analyzer.pipeline import AnalysisOptions, analyze, read_vendors
from rfp_analyzer.progress import NullProgress


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main(folder: Path) -> None:
    (vendors, _, _), read_s = timed(lambda: read_vendors(folder, None, NullProgress()))
    pages = sum(v.page_count for v in vendors)
    chunks = [c for v in vendors for f in v.files for c in make_chunks(v.slug, f, vendor_sentences(v.slug, v.files))]
    embedder = shared_embedder()
    embedder.embed(["warm-up"])
    _, embed_s = timed(lambda: embedder.embed([embedding_text(c) for c in chunks]))
    print(f"read:  {pages} pages in {read_s:.2f} s = {pages / read_s:.1f} pages/s")
    print(f"embed: {len(chunks)} chunks (mean {sum(c.tokens for c in chunks) / max(len(chunks), 1):.0f} tokens) "
          f"in {embed_s:.2f} s = {len(chunks) / embed_s:.1f} chunks/s")
    with tempfile.TemporaryDirectory() as tmp:
        options = AnalysisOptions(proposals_dir=folder, out_dir=Path(tmp) / "out", index_dir=Path(tmp) / "idx")
        cold, cold_s = timed(lambda: analyze(options))
        warm, warm_s = timed(lambda: analyze(options))
    print(f"cold run: {cold_s:.1f} s ({cold.stats.embedded} chunks embedded)")
    print(f"warm run: {warm_s:.1f} s ({warm.stats.embedded} chunks embedded)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
