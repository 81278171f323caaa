"""Where the index lives: an embedded Chroma store in the --index folder, or a Chroma server (--chroma-url).

In server mode the stored page texts go to the server too (collection `proposal_pages`), so any evaluator
who can reach the server can run `ask` and have its quotes verified without the PDFs or the analyst's disk.
The LLM answer cache and the run lock stay in the local --index folder: they belong to one machine.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import chromadb

from .criteria import ConfigError
from .models import Page, SourceFile
from .text import normalize_page

PAGES_DIR = "pages"  # embedded mode: raw page text per file (by content hash), next to the vectors
PAGES_COLLECTION = "proposal_pages"  # server mode: one record per page, id "<sha256>-p<page>"


class IndexUnavailable(ConfigError):
    """The Chroma server cannot be reached (or answers with something that is not Chroma)."""


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of http(s)://host:port; a ValueError says what is wrong."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("expected http://host:port or https://host:port")
    if parts.path.strip("/") or parts.query:
        raise ValueError("give only scheme, host and port (no path)")
    ssl = parts.scheme == "https"
    return parts.hostname, parts.port or (443 if ssl else 8000), ssl


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


class LocalPages:
    """Page texts as one JSON file per file content in the --index folder (written atomically)."""

    def __init__(self, index_dir: Path) -> None:
        self.folder = index_dir / PAGES_DIR

    def save(self, source: SourceFile) -> None:
        target = self.folder / f"{source.sha256}.json"
        if target.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps([p.raw_text for p in source.pages]), encoding="utf-8")
        tmp.replace(target)

    def load(self, sha256: str) -> list[str]:
        path = self.folder / f"{sha256}.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


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
