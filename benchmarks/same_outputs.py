"""Are two report folders the same, apart from timestamps? For refactors that must not change behaviour.

    python benchmarks/same_outputs.py BEFORE_DIR AFTER_DIR

Compares every file that either folder holds: results.json as data (without `generated_at`, without the summary's
counts of the work a run did rather than of what it found (chunks embedded, OCR pages read, what came from the
caches, LLM usage), and with the checklist files named without their folder, which depends on where the code runs
from), Markdown and HTML as
text (with the generation time masked), and comparison.xlsx cell by cell (values and formulas, every sheet).
Prints each difference and exits 1 when there is any, 0 when the folders are the same.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

RUN_WORK = ("embedded", "vectors_reused", "ocr_pages_read", "files_from_cache", "vendors_from_cache", "vendors_judged",
            "cache_pruned", "llm")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?Z?(?: UTC)?")


def results_data(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("generated_at", None)
    for name in RUN_WORK:
        data.get("summary", {}).pop(name, None)
    for vendor in data.get("vendors", []):
        vendor.pop("llm", None)  # what judging the vendor cost in this run
    for checklist in ("criteria_set", "fee_set"):  # the shipped files' folder depends on where the code runs from
        if checklist in data:
            data[checklist]["file"] = Path(data[checklist]["file"]).name
    return data


def workbook_cells(path: Path) -> dict[tuple[str, str], object]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return {(sheet.title, cell.coordinate): cell.value
            for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None}


def differences(before: Path, after: Path) -> list[str]:
    names = sorted({p.relative_to(before).as_posix() for p in before.rglob("*") if p.is_file()} |
                   {p.relative_to(after).as_posix() for p in after.rglob("*") if p.is_file()})
    found = []
    for name in names:
        a, b = before / name, after / name
        if not a.is_file() or not b.is_file():
            found.append(f"{name}: only in {'after' if b.is_file() else 'before'}")
        elif name.endswith(".json"):
            if results_data(a) != results_data(b):
                found.append(f"{name}: data differs")
        elif name.endswith(".xlsx"):
            cells_a, cells_b = workbook_cells(a), workbook_cells(b)
            changed = sorted(k for k in cells_a.keys() | cells_b.keys() if cells_a.get(k) != cells_b.get(k))
            found += [f"{name}: {sheet}!{cell}: {cells_a.get((sheet, cell))!r} -> {cells_b.get((sheet, cell))!r}"
                      for sheet, cell in changed[:20]]
        else:
            text_a = TIMESTAMP.sub("<time>", a.read_text(encoding="utf-8"))
            text_b = TIMESTAMP.sub("<time>", b.read_text(encoding="utf-8"))
            if text_a != text_b:
                line = next(i for i, (x, y) in enumerate(zip(text_a.splitlines() + [""], text_b.splitlines() + [""]))
                            if x != y)
                found.append(f"{name}: text differs from line {line + 1}")
    return found


def main() -> int:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    found = differences(before, after)
    for line in found:
        print(line)
    print(f"{'the same' if not found else f'{len(found)} differences'}: {before} vs {after}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
