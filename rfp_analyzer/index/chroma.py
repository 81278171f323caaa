"""The chunk index in ChromaDB, keyed by file content so unchanged files are never embedded twice.

Chunk ids are `<sha256 prefix>-v<chunker version>-<n>`: a second run over the same files finds every id and
embeds nothing; a run that was interrupted finds the ids it already stored and embeds only the rest; a file
whose content changed gets new ids, and its old chunks are deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from ..ingest.chunk import CHUNKER_VERSION
from ..models import Chunk, SourceFile
from .embed import MODEL_NAME, LocalMiniLM, shared_embedder
from .records import chunk_from_record, embedding_text, save_pages, stored_sources
from .snapshot import write_snapshot
from .store import ServerPages, connect

log = logging.getLogger(__name__)

COLLECTION = "proposal_chunks"
ADD_BATCH = 32  # chunks embedded and stored per step: the unit of progress and of resumption (a kill loses
# at most one, about 2 s of embedding on 2 cores)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chunk_metadata(chunk: Chunk) -> dict:
    return {
        "text_sha256": text_hash(embedding_text(chunk)),  # the same text (boilerplate, a resent file) reuses its vector
        "vendor": chunk.vendor,
        "file": chunk.file,
        "sha256": chunk.file_sha256,
        "chunker": CHUNKER_VERSION,
        "chunk_index": chunk.index,
        "page": chunk.page,
        "page_end": chunk.pages[-1],
        "section": chunk.section,
        "page_map": json.dumps(chunk.page_map),
        "sentence_start": chunk.sentence_range[0],
        "sentence_end": chunk.sentence_range[1],
        "tokens": chunk.tokens,
    }


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Chroma's embedding-function interface over the shared local model. Passed on every open, because chroma
    would otherwise fall back to its default function, which downloads a model."""

    def __init__(self, model: LocalMiniLM) -> None:
        self.model = model

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (chromadb's signature)
        return list(self.model.embed(list(input)))

    @staticmethod
    def name() -> str:
        return MODEL_NAME

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> "ChromaEmbedding":
        return ChromaEmbedding(shared_embedder())

    def is_legacy(self) -> bool:
        return False


class ProposalIndex:
    """Chunks with their vectors, and the page text of every indexed file (so `ask` can verify quotes without
    the PDFs): embedded in `path`, or on the Chroma server at `chroma_url` (see store.py)."""

    def __init__(self, path: Path, embedder: LocalMiniLM | None = None, chroma_url: str | None = None) -> None:
        self.embedder = embedder or shared_embedder()
        self.path = path
        path.mkdir(parents=True, exist_ok=True)  # also in server mode: lock, LLM cache, snapshot, page texts
        self.client = connect(path, chroma_url)
        self.server_pages = ServerPages(self.client) if chroma_url else None
        self.collection = self.client.get_or_create_collection(
            COLLECTION, embedding_function=ChromaEmbedding(self.embedder), configuration={"hnsw": {"space": "cosine"}})

    def missing(self, chunks: list[Chunk]) -> list[Chunk]:
        """The chunks not stored yet; stored ones get their vendor/file labels refreshed (a renamed file)."""
        if not chunks:
            return []
        stored = self.collection.get(ids=[c.id for c in chunks], include=["metadatas"])
        known = dict(zip(stored["ids"], stored["metadatas"]))
        relabel = [c for c in chunks if c.id in known and
                   (known[c.id]["vendor"], known[c.id]["file"]) != (c.vendor, c.file)]
        if relabel:
            self.collection.update(ids=[c.id for c in relabel], metadatas=[chunk_metadata(c) for c in relabel])
        return [c for c in chunks if c.id not in known]

    def add(self, chunks: list[Chunk], on_progress: Callable[[int], None] | None = None) -> int:
        """Embed and store chunks in batches; each stored batch survives an interruption. Returns how many vectors
        were copied instead of computed: a text already in the index, or earlier in this call, is not embedded
        again. Shortest first, so that each batch pads little."""
        reused = 0
        todo = sorted(((c, chunk_metadata(c)) for c in chunks), key=lambda item: len(embedding_text(item[0])))
        # One look-up for the whole call, not one per batch: a metadata query costs more as the index grows.
        known = self._stored_vectors({meta["text_sha256"] for _, meta in todo})  # text hash -> vector
        for start in range(0, len(todo), ADD_BATCH):
            batch = todo[start:start + ADD_BATCH]
            hashes = [meta["text_sha256"] for _, meta in batch]
            new = {h: embedding_text(c) for (c, _), h in zip(batch, hashes) if h not in known}
            known.update(zip(new, self.embedder.embed(list(new.values()))))
            reused += len(batch) - len(new)
            self.collection.add(ids=[c.id for c, _ in batch], embeddings=np.stack([known[h] for h in hashes]),
                                documents=[c.text for c, _ in batch], metadatas=[meta for _, meta in batch])
            log.debug("stored %d of %d chunks (%d vectors computed)", start + len(batch), len(todo), len(new))
            if on_progress:
                on_progress(len(batch))
        return reused

    def _stored_vectors(self, hashes: set[str], group: int = 500) -> dict[str, np.ndarray]:
        """The stored vectors of these text hashes, asked `group` hashes at a time (SQLite bounds a query's size)."""
        ordered, found = sorted(hashes), {}
        for start in range(0, len(ordered), group):
            got = self.collection.get(where={"text_sha256": {"$in": ordered[start:start + group]}},
                                      include=["embeddings", "metadatas"])
            found |= {m["text_sha256"]: np.asarray(e, dtype=np.float32)
                      for e, m in zip(got["embeddings"], got["metadatas"])}
        return found

    def drop_stale(self, vendor: str, file: str, current_sha: str) -> int:
        """Delete chunks of an earlier version of (vendor, file), or made by an earlier chunker."""
        outdated = {"$or": [{"sha256": {"$ne": current_sha}}, {"chunker": {"$ne": CHUNKER_VERSION}}]}
        where = {"$and": [{"vendor": vendor}, {"file": file}, outdated]}
        stale = self.collection.get(where=where, include=[])["ids"]
        if stale:
            self.collection.delete(ids=stale)
        return len(stale)

    def nearest(self, vendor: str, vector: np.ndarray, k: int) -> list[str]:
        """Ids of the k chunks of `vendor` closest to the query vector."""
        result = self.collection.query(query_embeddings=[vector], n_results=k, where={"vendor": vendor},
                                       include=[])
        return result["ids"][0] if result["ids"] else []

    def vectors(self, ids: list[str]) -> np.ndarray:
        got = self.collection.get(ids=ids, include=["embeddings"])
        by_id = dict(zip(got["ids"], got["embeddings"]))
        return np.array([by_id[i] for i in ids], dtype=np.float32)

    def chunks(self, vendors: Iterable[str] | None = None) -> list[Chunk]:
        """Stored chunks (all, or of some vendors), rebuilt with their page provenance."""
        vendors = list(vendors) if vendors is not None else None
        where = None if vendors is None else ({"vendor": vendors[0]} if len(vendors) == 1
                                              else {"vendor": {"$in": vendors}})
        got = self.collection.get(where=where, include=["documents", "metadatas"])
        return [chunk_from_record(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    def count(self) -> int:
        return self.collection.count()

    def write_snapshot(self) -> Path:
        """Copy every chunk and its vector to the snapshot that `ask` reads (see snapshot.py)."""
        got = self.collection.get(include=["documents", "metadatas", "embeddings"])
        # In id order, not Chroma's storage order: equally close chunks then rank the same whatever the history.
        order = sorted(range(len(got["ids"])), key=lambda i: got["ids"][i])
        return write_snapshot(self.path, [got["ids"][i] for i in order], [got["documents"][i] for i in order],
                              [got["metadatas"][i] for i in order], np.asarray(got["embeddings"])[order])

    def save_pages(self, source: SourceFile) -> None:
        """Keep the extracted page text next to the vectors, and on the server in server mode (once per content)."""
        save_pages(self.path, source)
        if self.server_pages:
            self.server_pages.save(source)

    def stored_sources(self, chunks: list[Chunk]) -> list[SourceFile]:
        """The files behind some chunks, rebuilt from the stored page text (the PDFs are not needed)."""
        return self.server_pages.sources(chunks) if self.server_pages else stored_sources(self.path, chunks)
