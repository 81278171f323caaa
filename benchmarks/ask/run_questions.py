"""Run the question set (questions.yaml) through `ask` and print vendor recall and precision per kind of question,
the share of quotes found verbatim on their page of the PDF, the share of quotes that are whole clauses, and the time
per answer.

usage: python benchmarks/ask/run_questions.py SET INDEX_DIR OUT_DIR [--json]
  SET is a key of questions.yaml (dev, finserv); INDEX_DIR and OUT_DIR are what `rfp-analyze` wrote for that set,
  e.g. rfp-analyze ../shared/benchmark/dev/proposals --rfp ../shared/benchmark/dev/rfp.pdf --out OUT --index IDX

A vendor counts as answered when the answer cites it. Quotes are checked against the PDFs that
results.json names (read again with pypdf, not the index); a page without a text layer is checked against the
OCR text the index stored. `tests/test_ask_questions.py` runs the same scoring.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from rfp_analyzer.ask.library import ProposalLibrary
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.text import TYPOGRAPHIC

QUESTIONS = Path(__file__).with_name("questions.yaml")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")
_OPENS = re.compile(r"(?:^|\n|[.!?:][\"')\]]*\s|[\u2022\u2013\u2014\u25aa\u25cf\u203a\u00bb*-]\s*|\(?\b\d+(?:\.\d+)*[.)]?\s)$")
_CLOSES = re.compile(r"^(?:$|[\"')\]]*\s*\n\s*(?![a-z])|[\"')\]]*\s*$)")


def load_questions(name: str) -> list[dict]:
    return yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))[name]


def _fold(text: str) -> str:
    return text.translate(TYPOGRAPHIC).lower()


def _locate(piece: str, page: str) -> re.Match | None:
    words = _fold(piece).split()
    return re.search(r"\s+".join(re.escape(w) for w in words), _fold(page)) if words else None


def quote_checks(quote: str, page: str | None) -> tuple[bool, bool]:
    """(verbatim, whole clause): every piece between "..." is on the page in order; the quote starts where a
    sentence, line or list item starts and ends where a sentence or line ends (never at a ';' or ',')."""
    if page is None:
        return False, False
    pieces = [p for p in _ELLIPSIS.split(quote.strip()) if p]
    matches, at = [], 0
    for piece in pieces:
        found = _locate(piece, page[at:])
        if not found:
            return False, False
        matches.append((at + found.start(), at + found.end()))
        at += found.end()
    start, end = matches[0][0], matches[-1][1]
    ends_clause = quote.rstrip()[-1:] not in (";", ",", ":") and bool(
        quote.rstrip()[-1:] in ".!?" or _CLOSES.match(page[end:end + 3]))
    return True, bool(_OPENS.search(page[:start])) and ends_clause


class PageTexts:
    """Page text of the proposals as pypdf reads them again; OCR'd pages from the index's stored text."""

    def __init__(self, proposals_dir: Path, library: ProposalLibrary) -> None:
        self.pages: dict[tuple[str, str, int], str] = {}
        for pdf in sorted(proposals_dir.rglob("*.pdf")):
            source, _ = read_pdf(pdf, pdf.name)
            vendor = pdf.parent.name if pdf.parent != proposals_dir else pdf.stem
            for page in source.pages:
                self.pages[(vendor, pdf.name, page.number)] = page.text
        self.library = library

    def page(self, vendor: str, file: str, page: int) -> str | None:
        text = self.pages.get((vendor, file, page))
        if text:
            return text
        stored = next((s for s in self.library.store.stored_sources(self.library.retriever.chunks_of(vendor))
                       if s.name == file), None)
        found = stored.page(page) if stored else None
        return found.text if found else None


def score(questions: list[dict], answer, pages: PageTexts) -> dict:
    by_kind: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    quotes = verbatim = whole = 0
    seconds, misses = [], []
    for item in questions:
        start = time.perf_counter()
        result = answer(item["q"])
        seconds.append(time.perf_counter() - start)
        cited = {c["vendor"] for c in result["citations"]}
        expect, allowed = set(item["expect"]), set(item["expect"]) | set(item.get("also", []))
        kind = by_kind[item["kind"]]
        kind["expected"] += len(expect)
        kind["found"] += len(expect & cited)
        kind["cited"] += len(cited)
        kind["cited_ok"] += len(cited & allowed)
        if expect - cited or cited - allowed:
            misses.append({"q": item["q"], "missed": sorted(expect - cited), "extra": sorted(cited - allowed)})
        for c in result["citations"]:
            ok, clause = quote_checks(c["quote"], pages.page(c["vendor"], c["file"], c["page"]))
            quotes += 1
            verbatim += ok
            whole += clause
    kinds = {k: {"recall": v["found"] / v["expected"] if v["expected"] else 1.0,
                 "precision": v["cited_ok"] / v["cited"] if v["cited"] else 1.0} for k, v in by_kind.items()}
    return {"kinds": kinds, "quotes": quotes, "verbatim": verbatim / max(quotes, 1), "whole_clause": whole / max(quotes, 1),
            "seconds_mean": sum(seconds) / len(seconds), "seconds_max": max(seconds), "misses": misses}


def run(name: str, index_dir: Path, out_dir: Path) -> dict:
    library = ProposalLibrary(index_dir, results_dir=out_dir)
    proposals = Path(json.loads((out_dir / "results.json").read_text(encoding="utf-8"))["proposals_dir"])
    return score(load_questions(name), lambda q: library.ask(q).as_dict(), PageTexts(proposals, library))


def report(name: str, result: dict) -> str:
    lines = [f"{name}: {result['quotes']} quotes, verbatim {result['verbatim']:.2f}, whole clause "
             f"{result['whole_clause']:.2f}, {result['seconds_mean']:.2f} s per answer (max {result['seconds_max']:.2f})"]
    lines += [f"  {kind:<10} recall {v['recall']:.2f}  precision {v['precision']:.2f}"
              for kind, v in sorted(result["kinds"].items())]
    lines += [f"  miss: {m['q']} missed={m['missed']} extra={m['extra']}" for m in result["misses"]]
    return "\n".join(lines)


if __name__ == "__main__":
    set_name, index, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    outcome = run(set_name, index, out)
    print(json.dumps(outcome, indent=1) if "--json" in sys.argv else report(set_name, outcome))
