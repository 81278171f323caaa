"""How chunks and page texts are stored, independent of chromadb: shared by the index (`chroma.py`) and the
fast read-only snapshot that `ask` uses (`snapshot.py`)."""

from __future__ import annotations

import json
from pathlib import Path

from ..models import Chunk, Page, SourceFile
from ..text import normalize_page

PAGES_DIR = "pages"  # page text per file (by text key, see SourceFile): lets `ask` verify quotes without the PDFs


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


def pages_record(source: SourceFile) -> str:
    """A file's analyzed page text (OCR text included) as stored with the index, under `source.text_key`."""
    return json.dumps({"pages": [p.raw_text for p in source.pages], "ocr_pages": source.ocr_pages})


def source_from_record(name: str, key: str, record: str | None) -> SourceFile:
    stored = json.loads(record) if record else []
    if isinstance(stored, list):  # written before OCR existed: page texts only
        stored = {"pages": stored}
    ocr = set(stored.get("ocr_pages", []))
    return SourceFile(path=Path(name), name=name, sha256=key,
                      pages=[Page(n, raw, normalize_page(raw), ocr=n in ocr)
                             for n, raw in enumerate(stored["pages"], start=1)])


def save_pages(index_dir: Path, source: SourceFile) -> None:
    """Keep the page text next to the vectors, written once per text key, atomically."""
    target = index_dir / PAGES_DIR / f"{source.text_key}.json"
    if target.exists():
        return
    target.parent.mkdir(exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(pages_record(source), encoding="utf-8")
    tmp.replace(target)


def stored_sources(index_dir: Path, chunks: list[Chunk]) -> list[SourceFile]:
    """The files behind some chunks, rebuilt from the stored page text (the PDFs are not needed)."""
    files = {c.file_sha256: c.file for c in chunks}
    return [source_from_record(name, key, _read(index_dir / PAGES_DIR / f"{key}.json")) for key, name in files.items()]


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None
