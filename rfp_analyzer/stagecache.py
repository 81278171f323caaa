"""Stage results kept between runs, each under a key made of everything the result depends on.

A sourcing event is analyzed many times (a late proposal, a best and final offer, a changed weight), and a re-run
should cost what changed. Each cached result is one JSON file, `<index>/cache/<stage>/<key>.json`, where the key
is a hash of the stage's inputs:

- `pages`: a file's page texts and reading issues, by the file's sha256, its name, the password given (hashed
  with the rest, never stored) and the OCR engine;
- `findings`: a vendor's verified findings, by its files (name and text key), the criteria without their weights,
  the fee checklist and the judge (for the LLM judge: model, temperature, endpoint and prompt files);
- `rates`: a vendor's priced items, by its files, the fee checklist and the pricing vocabulary;
- `rfp`: the scenario defaults read from the RFP, by its sha256 and the pricing vocabulary.

Every key also holds `code_fingerprint()`, a hash of the package's own source files and shipped model: a new
version of the reader, the chunker, the retriever, a judge or the learned fee-clause model can never serve a result
an older one produced, and nobody has to remember to bump a version constant. What is cheap and depends on the
scenario or the weights (total cost, scores, the reports) is recomputed on every run, so a changed weight or scenario
re-scores without re-judging.

JSON rather than pickle: the index folder may be shared, and loading a cache file must never run code. A file that
cannot be read or decoded is a miss.

Pruning: a completed run deletes the entries it neither read nor wrote (`prune`). Every key is a hash of inputs, so
an entry the run did not use belongs to an earlier version of a file, of the criteria or checklist, of the judge
settings or of the code: no current input references it, and a folder that has seen many revisions does not keep
growing. Runs on one index take turns (index/runlock.py), so no other run's entries are in use meanwhile. The price
is that going back to an earlier checklist or judge setting judges again (an LLM judge's answers stay in llm-cache,
so that costs no calls). `read=False` (`--no-cache`) reads no entry and writes every result afresh.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

CACHE_DIR = "cache"
PACKAGE = Path(__file__).resolve().parent

T = TypeVar("T")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source, schema and shipped-vector file of the package (about a hundred small files: milliseconds):
    the learned clause models (judge/fee_clause_model.npz, criterion_clause_model.npz) decide findings as much as the
    code does."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".json", ".npz") and p.is_file()):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def files_fingerprint(*paths: Path | None) -> str:
    """A hash of the contents of some files and of every file in some folders (e.g. a prompts folder)."""
    digest = hashlib.sha256()
    for root in (Path(p) for p in paths if p is not None):
        files = sorted(f for f in root.rglob("*") if f.is_file()) if root.is_dir() else [root]
        for path in files:
            name = path.relative_to(root).as_posix() if root.is_dir() else path.name
            digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


def stage_key(*parts: Any) -> str:
    """The cache key of a stage result: the code fingerprint and the JSON of `parts`, hashed."""
    text = json.dumps([code_fingerprint(), *parts], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StageCache:
    def __init__(self, index_dir: Path, read: bool = True) -> None:
        self.folder = Path(index_dir) / CACHE_DIR
        self.read = read  # False: every get is a miss (results are computed and stored again)
        self.used: set[Path] = set()  # entries this run read or wrote: what `prune` keeps
        self.inputs: set[str] = set()  # sha256 of every file this run looked at: the OCR cache keeps their pages

    def get(self, stage: str, key: str) -> Any | None:
        path = self.folder / stage / f"{key}.json"
        if not self.read:
            return None
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.used.add(path)
        return value

    def remember(self, stage: str, key: str, compute: Callable[[], Any]) -> Any:
        """The stored value of `key`, or `compute()`'s, stored now."""
        stored = self.get(stage, key)
        if stored is None:
            stored = compute()
            self.put(stage, key, stored)
        return stored

    def put(self, stage: str, key: str, value: Any) -> None:
        """Written atomically: a run killed while writing leaves the previous entry or none, never half of one."""
        target = self.folder / stage / f"{key}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{key}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(to_json(value), ensure_ascii=False), encoding="utf-8")
        tmp.replace(target)
        self.used.add(target)

    def prune(self) -> int:
        """Delete every entry this run neither read nor wrote (and temporary files a killed run left); returns how
        many. Called after a completed run only: an interrupted or dry run has not looked at every input."""
        stale = [path for path in self.folder.glob("*/*") if path.is_file() and path not in self.used]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)


@lru_cache(maxsize=None)
def _type_hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def to_json(value: Any) -> Any:
    """Dataclasses (nested, in lists and tuples) as plain JSON data; their types are restored by `from_json`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    return value


def from_json(kind: type[T] | Any, data: Any) -> T:
    """`data` as an instance of `kind`, a dataclass or a type hint (list[Evidence], Evidence | None, Path...)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if data is None:
        return None  # type: ignore[return-value]
    if origin in (typing.Union, types.UnionType):
        return from_json(next(a for a in args if a is not type(None)), data)
    if origin is list:
        return [from_json(args[0], v) for v in data]  # type: ignore[return-value]
    if origin is tuple:
        items = args if len(args) != 2 or args[1] is not Ellipsis else (args[0],) * len(data)
        return tuple(from_json(a, v) for a, v in zip(items, data))  # type: ignore[return-value]
    if origin is dict:
        return {k: from_json(args[1], v) for k, v in data.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(kind):
        hints = _type_hints(kind)
        return kind(**{f.name: from_json(hints[f.name], data[f.name])
                       for f in dataclasses.fields(kind) if f.init and f.name in data})
    if kind is Path:
        return Path(data)  # type: ignore[return-value]
    return data
