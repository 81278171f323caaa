"""A read-only copy of the index for questions: every chunk with its vector in one numpy file.

`ask` and `chat` must answer within a second of being started, and importing chromadb alone takes more than that.
So each analysis ends by writing this snapshot of the whole collection, and the question path reads it instead
of opening Chroma. It is one `.npz` file replaced atomically, so a reader sees the last finished analysis or the
one before it, never a mix. Without a snapshot (an index from an older version) `ask` opens Chroma as before.

The analysis judges from the snapshot too: an exact search, whose result does not depend on the order in which
chunks were added (an approximate one could differ between a cold run and a run that added one vendor), and
which needs no chromadb when nothing has to be embedded. `snapshot.files.json` lists the files (vendor, name,
text key) whose chunks the snapshot holds, so a run over unchanged files knows without opening Chroma.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from ..ingest.chunk import CHUNKER_VERSION
from ..models import Chunk, SourceFile
from .embed import MODEL_NAME, LocalMiniLM, shared_embedder
from .records import chunk_from_record, stored_sources

SNAPSHOT_FILE = "snapshot.npz"
FILES_FILE = "snapshot.files.json"

IndexedFile = tuple[str, str, str]  # vendor, file name, text key


def write_snapshot(index_dir: Path, ids: list[str], texts: list[str], metadatas: list[dict],
                   vectors: np.ndarray) -> Path:
    target = Path(index_dir) / SNAPSHOT_FILE
    records = json.dumps([{"id": i, "text": t, "meta": m} for i, t, m in zip(ids, texts, metadatas)])
    tmp = target.with_name(f".{SNAPSHOT_FILE}.{os.getpid()}.tmp")
    with tmp.open("wb") as out:  # a file object: np.savez would append ".npz" to a name
        np.savez(out, vectors=np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1), records=np.array(records))
    tmp.replace(target)
    return target


def _files_header(chroma_url: str | None) -> dict:
    return {"chroma_url": chroma_url or "", "chunker": CHUNKER_VERSION, "model": MODEL_NAME}


def indexed_files(index_dir: Path, chroma_url: str | None) -> set[IndexedFile]:
    """The files whose chunks the index and its snapshot hold, as the last analysis recorded them; empty when
    unknown (no snapshot, another Chroma server, chunker or model)."""
    try:
        stored = json.loads((Path(index_dir) / FILES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if stored.get("header") != _files_header(chroma_url) or not (Path(index_dir) / SNAPSHOT_FILE).is_file():
        return set()
    return {tuple(entry) for entry in stored.get("files", [])}


def record_indexed_files(index_dir: Path, chroma_url: str | None, files: set[IndexedFile]) -> None:
    """Written after the snapshot: a run killed in between leaves a list that claims less, never more."""
    target = Path(index_dir) / FILES_FILE
    tmp = target.with_name(f".{FILES_FILE}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"header": _files_header(chroma_url), "files": sorted(files)}), encoding="utf-8")
    tmp.replace(target)


class IndexSnapshot:
    def __init__(self, path: Path, chunks: list[Chunk], vectors: np.ndarray, embedder: LocalMiniLM | None = None) -> None:
        self.path = path  # the index folder
        self._chunks = chunks
        self._vectors = vectors
        rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(chunks):
            rows.setdefault(chunk.vendor, []).append(row)
        self._rows_by_vendor = {vendor: np.array(r) for vendor, r in rows.items()}
        self._embedder = embedder
        self._row_of = {c.id: row for row, c in enumerate(chunks)}

    @classmethod
    def load(cls, index_dir: Path, embedder: LocalMiniLM | None = None) -> IndexSnapshot | None:
        path = Path(index_dir) / SNAPSHOT_FILE
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as data:
            records = json.loads(str(data["records"]))
            vectors = data["vectors"]
        return cls(Path(index_dir), [chunk_from_record(r["id"], r["text"], r["meta"]) for r in records], vectors,
                   embedder)

    @property
    def embedder(self) -> LocalMiniLM:
        if self._embedder is None:  # loaded on the first search, not when the snapshot is opened
            self._embedder = shared_embedder(quick_start=True)
        return self._embedder

    def chunks(self, vendors: Iterable[str] | None = None) -> list[Chunk]:
        wanted = None if vendors is None else set(vendors)
        return [c for c in self._chunks if wanted is None or c.vendor in wanted]

    def nearest(self, vendor: str, vector: np.ndarray, k: int) -> list[str]:
        """Ids of the k chunks of `vendor` closest to the query vector (cosine: the vectors are normalized)."""
        rows = self._rows_by_vendor.get(vendor)
        if rows is None or k <= 0:
            return []
        similarity = self._vectors[rows] @ np.asarray(vector, dtype=np.float32)
        best = np.argsort(-similarity, kind="stable")[:k]
        return [self._chunks[rows[i]].id for i in best]

    def vectors(self, ids: list[str]) -> np.ndarray:
        return self._vectors[[self._row_of[i] for i in ids]]

    def stored_sources(self, chunks: list[Chunk]) -> list[SourceFile]:
        return stored_sources(self.path, chunks)
