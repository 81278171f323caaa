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

from .chunk import CHUNKER_VERSION
from .embed import LocalMiniLM, shared_embedder
from .models import Chunk, SourceFile
from .store import LocalPages, ServerPages, connect, rebuild_source

log = logging.getLogger(__name__)

COLLECTION = "proposal_chunks"
ADD_BATCH = 32  # chunks embedded and stored per step: the unit of progress and of resumption (a kill loses
# at most one, about 2 s of embedding on 2 cores)


def embedding_text(chunk: Chunk) -> str:
    """What the model embeds: the section heading gives short chunks (table rows, notes) their topic."""
    if chunk.section and not chunk.text.startswith(chunk.section):
        return f"{chunk.section}\n{chunk.text}"
    return chunk.text


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


def chunk_from_record(chunk_id: str, text: str, meta: dict) -> Chunk:
    return Chunk(
        id=chunk_id,
        vendor=meta["vendor"],
        file=meta["file"],
        file_sha256=meta["sha256"],
        index=int(meta["chunk_index"]),
        text=text,
        section=meta.get("section", ""),
        page_map=tuple(tuple(p) for p in json.loads(meta["page_map"])),
        sentence_range=(int(meta["sentence_start"]), int(meta["sentence_end"])),
        tokens=int(meta["tokens"]),
    )


class ProposalIndex:
    """Chunks with their vectors, and the page text of every indexed file (so `ask` can verify quotes without
    the PDFs): embedded in `path`, or on the Chroma server at `chroma_url` (see store.py)."""

    def __init__(self, path: Path, embedder: LocalMiniLM | None = None, chroma_url: str | None = None) -> None:
        self.embedder = embedder or shared_embedder()
        self.path = path
        if not chroma_url:
            path.mkdir(parents=True, exist_ok=True)
        self.client = connect(path, chroma_url)
        self.pages = ServerPages(self.client) if chroma_url else LocalPages(path)
        # Always pass our embedding function: chroma would otherwise fall back to its downloading default.
        self.collection = self.client.get_or_create_collection(
            COLLECTION, embedding_function=self.embedder, configuration={"hnsw": {"space": "cosine"}})

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
        known: dict[str, np.ndarray] = {}  # text hash -> vector
        todo = sorted(((c, chunk_metadata(c)) for c in chunks), key=lambda item: len(embedding_text(item[0])))
        for start in range(0, len(todo), ADD_BATCH):
            batch = todo[start:start + ADD_BATCH]
            hashes = [meta["text_sha256"] for _, meta in batch]
            known.update(self._stored_vectors(set(hashes) - set(known)))
            new = {h: embedding_text(c) for (c, _), h in zip(batch, hashes) if h not in known}
            known.update(zip(new, self.embedder.embed(list(new.values()))))
            reused += len(batch) - len(new)
            self.collection.add(ids=[c.id for c, _ in batch], embeddings=np.stack([known[h] for h in hashes]),
                                documents=[c.text for c, _ in batch], metadatas=[meta for _, meta in batch])
            log.debug("stored %d of %d chunks (%d vectors computed)", start + len(batch), len(todo), len(new))
            if on_progress:
                on_progress(len(batch))
        return reused

    def _stored_vectors(self, hashes: set[str]) -> dict[str, np.ndarray]:
        if not hashes:
            return {}
        got = self.collection.get(where={"text_sha256": {"$in": sorted(hashes)}}, include=["embeddings", "metadatas"])
        return {m["text_sha256"]: np.asarray(e, dtype=np.float32) for e, m in zip(got["embeddings"], got["metadatas"])}

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

    def chunks(self, vendors: Iterable[str] | None = None) -> list[Chunk]:
        """Stored chunks (all, or of some vendors), rebuilt with their page provenance."""
        vendors = list(vendors) if vendors is not None else None
        where = None if vendors is None else ({"vendor": vendors[0]} if len(vendors) == 1
                                              else {"vendor": {"$in": vendors}})
        got = self.collection.get(where=where, include=["documents", "metadatas"])
        return [chunk_from_record(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    def count(self) -> int:
        return self.collection.count()

    def save_pages(self, source: SourceFile) -> None:
        """Keep the extracted page text next to the vectors (written once per file content)."""
        self.pages.save(source)

    def stored_sources(self, chunks: list[Chunk]) -> list[SourceFile]:
        """The files behind some chunks, rebuilt from the stored page text (the PDFs are not needed)."""
        sources = {}
        for chunk in chunks:
            if chunk.file_sha256 in sources:
                continue
            sources[chunk.file_sha256] = rebuild_source(chunk.file, chunk.file_sha256,
                                                        self.pages.load(chunk.file_sha256))
        return list(sources.values())
