"""How chunks and page texts are stored, independent of chromadb: shared by the index (`index.py`) and the
fast read-only snapshot that `ask` uses (`snapshot.py`)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Chunk, Page, SourceFile
from .text import normalize_page

PAGES_DIR = "pages"  # raw page text per file (by content hash): lets `ask` verify quotes without the PDFs


def embedding_text(chunk: Chunk) -> str:
    """What the model embeds: the section heading gives short chunks (table rows, notes) their topic."""
    if chunk.section and not chunk.text.startswith(chunk.section):
        return f"{chunk.section}\n{chunk.text}"
    return chunk.text


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


def save_pages(index_dir: Path, source: SourceFile) -> None:
    """Keep the extracted page text next to the vectors (written once per file content, atomically)."""
    target = index_dir / PAGES_DIR / f"{source.sha256}.json"
    if target.exists():
        return
    target.parent.mkdir(exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([p.raw_text for p in source.pages]), encoding="utf-8")
    tmp.replace(target)


def stored_sources(index_dir: Path, chunks: list[Chunk]) -> list[SourceFile]:
    """The files behind some chunks, rebuilt from the stored page text (the PDFs are not needed)."""
    sources = {}
    for chunk in chunks:
        if chunk.file_sha256 in sources:
            continue
        path = index_dir / PAGES_DIR / f"{chunk.file_sha256}.json"
        raw_pages = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        sources[chunk.file_sha256] = SourceFile(
            path=Path(chunk.file), name=chunk.file, sha256=chunk.file_sha256,
            pages=[Page(n, raw, normalize_page(raw)) for n, raw in enumerate(raw_pages, start=1)])
    return list(sources.values())
