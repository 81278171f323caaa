"""Where the index lives: an embedded Chroma store in the --index folder, or a Chroma server (--chroma-url).

In server mode the stored page texts go to the server too (collection `proposal_pages`), so any evaluator
who can reach the server can run `ask` and have its quotes verified without the PDFs or the analyst's disk.
The LLM answer cache, the run lock, the snapshot and a copy of the page texts stay in the local --index folder.
"""

from __future__ import annotations

from pathlib import Path

import chromadb

from ..config import parse_chroma_url, redact_url
from ..errors import ConfigError
from ..models import Chunk, SourceFile
from .records import pages_record, source_from_record

PAGES_COLLECTION = "proposal_pages"  # server mode: one record per file, id = its text key


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
        raise IndexUnavailable(f"cannot reach the Chroma server at {redact_url(chroma_url)} ({exc}); start it with "
                               "'chroma run --path DIR --host 127.0.0.1 --port PORT' or fix --chroma-url") from exc
    return client


class ServerPages:
    """Page texts in a collection of the Chroma server: one record per file and text key (see records.py)."""

    def __init__(self, client: chromadb.ClientAPI) -> None:
        # No embedding function: these records are looked up by id only, never searched by similarity.
        self.collection = client.get_or_create_collection(PAGES_COLLECTION, embedding_function=None)

    def save(self, source: SourceFile) -> None:
        if not self.collection.get(ids=[source.text_key], include=[])["ids"]:
            self.collection.add(ids=[source.text_key], documents=[pages_record(source)], embeddings=[[1.0]])

    def sources(self, chunks: list[Chunk]) -> list[SourceFile]:
        files = {c.file_sha256: c.file for c in chunks}
        got = self.collection.get(ids=list(files), include=["documents"])
        records = dict(zip(got["ids"], got["documents"]))
        return [source_from_record(name, key, records.get(key)) for key, name in files.items()]
