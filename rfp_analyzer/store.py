"""Where the index lives: an embedded Chroma store in the --index folder, or a Chroma server (--chroma-url).

In server mode the stored page texts go to the server too (collection `proposal_pages`), so any evaluator
who can reach the server can run `ask` and have its quotes verified without the PDFs or the analyst's disk.
The LLM answer cache, the run lock, the snapshot and a copy of the page texts stay in the local --index folder.
"""

from __future__ import annotations

from pathlib import Path

import chromadb

from .config import ConfigError, parse_chroma_url
from .models import Page, SourceFile
from .text import normalize_page

PAGES_COLLECTION = "proposal_pages"  # server mode: one record per page, id "<sha256>-p<page>"


class IndexUnavailable(ConfigError):
    """The Chroma server cannot be reached (or answers with something that is not Chroma)."""


def settings() -> chromadb.Settings:
    """A new object per client: HttpClient writes the server's address into the settings it is given."""
    return chromadb.Settings(anonymized_telemetry=False, allow_reset=False)


def connect(index_dir: Path, chroma_url: str | None) -> chromadb.ClientAPI:
    if not chroma_url:
        return chromadb.PersistentClient(path=str(index_dir), settings=settings())
    host, port, ssl = parse_chroma_url(chroma_url)
    try:
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings())
        client.heartbeat()
    except Exception as exc:  # chromadb raises ValueError or bare Exception for an unreachable/foreign server
        raise IndexUnavailable(f"cannot reach the Chroma server at {chroma_url} ({exc}); start it with "
                               "'chroma run --path DIR --host 127.0.0.1 --port PORT' or fix --chroma-url") from exc
    return client


class ServerPages:
    """Page texts in a collection of the Chroma server; a file's pages are written in one add (all or none)."""

    def __init__(self, client: chromadb.ClientAPI) -> None:
        # No embedding function: these records are looked up by id only, never searched by similarity.
        self.collection = client.get_or_create_collection(PAGES_COLLECTION, embedding_function=None)

    def save(self, source: SourceFile) -> None:
        ids = [f"{source.sha256}-p{p.number}" for p in source.pages]
        if self.collection.get(ids=ids[-1:], include=[])["ids"]:
            return
        self.collection.add(ids=ids, documents=[p.raw_text for p in source.pages], embeddings=[[1.0]] * len(ids),
                            metadatas=[{"sha256": source.sha256, "page": p.number} for p in source.pages])

    def load(self, sha256: str) -> list[str]:
        got = self.collection.get(where={"sha256": sha256}, include=["documents", "metadatas"])
        by_page = {m["page"]: d for d, m in zip(got["documents"], got["metadatas"])}
        return [by_page[n] for n in sorted(by_page)]


def rebuild_source(name: str, sha256: str, raw_pages: list[str]) -> SourceFile:
    return SourceFile(path=Path(name), name=name, sha256=sha256,
                      pages=[Page(n, raw, normalize_page(raw)) for n, raw in enumerate(raw_pages, start=1)])
