"""The reviewers' decisions, in SQLite beside the index (`<index>/reviews.sqlite`), as an append-only log.

Every decision is one row: who, when, which finding, from which status to which, why, and a fingerprint of the
evidence the reviewer saw (`evidence`). Nothing is ever updated or deleted (triggers refuse it), so the log is the
audit trail and the decision in force for a finding is simply its latest row.

Two reviewers writing at once lose nothing: the database is in WAL mode, each write is one `BEGIN IMMEDIATE`
transaction (SQLite serializes writers; a second writer waits up to `BUSY_SECONDS`), and the "from" status is read
inside that transaction, so it is the status the other reviewer's decision left in force.

SQLite because it ships with Python, is one file that travels with the index, and handles concurrent writers on one
machine safely; the log is small (one row per decision).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

DB_NAME = "reviews.sqlite"
BUSY_SECONDS = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    vendor TEXT NOT NULL,
    item TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL,
    machine_status TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_finding ON decisions (vendor, item, id);
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""
_COLUMNS = "id, at, reviewer, vendor, item, from_status, to_status, note, machine_status, evidence"


class ReviewError(ValueError):
    """A decision that cannot be recorded: unknown vendor or item, a status the item cannot have, no note."""


@dataclass(frozen=True)
class Decision:
    id: int
    at: str  # UTC, ISO 8601
    reviewer: str
    vendor: str
    item: str
    from_status: str  # the status in force before this decision
    to_status: str  # the reviewer's status
    note: str
    machine_status: str  # what the analysis said when the reviewer decided
    evidence: str  # fingerprint of the finding's evidence the reviewer saw

    def as_dict(self) -> dict:
        return {"id": self.id, "at": self.at, "reviewer": self.reviewer, "vendor": self.vendor, "item": self.item,
                "from": self.from_status, "to": self.to_status, "note": self.note,
                "machine_status": self.machine_status}


def _use_wal(db: sqlite3.Connection) -> None:
    """Write-ahead logging, so reviewers read while another writes. Switching a new database to it needs the file to
    itself, and SQLite does not wait for that (the busy timeout does not apply): when two reviewers open a new store
    at once, one switch fails at once with "database is locked". It is retried until the busy time is spent."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class ReviewStore:
    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / DB_NAME

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        _use_wal(db)
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(_SCHEMA)
        return db

    def record(self, vendor: str, item: str, to_status: str, note: str, reviewer: str, machine_status: str,
               evidence: str) -> Decision:
        """Append a decision; its "from" is the status in force when it is written (the latest decision made on the
        same evidence, else the machine's)."""
        with closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute("SELECT to_status, evidence FROM decisions WHERE vendor = ? AND item = ? "
                                 "ORDER BY id DESC LIMIT 1", (vendor, item)).fetchone()
                from_status = row[0] if row and row[1] == evidence else machine_status
                at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
                cursor = db.execute(
                    f"INSERT INTO decisions ({_COLUMNS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (at, reviewer, vendor, item, from_status, to_status, note, machine_status, evidence))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return Decision(cursor.lastrowid, at, reviewer, vendor, item, from_status, to_status, note,
                            machine_status, evidence)

    def log(self) -> list[Decision]:
        """Every decision ever recorded, oldest first."""
        if not self.path.exists():
            return []
        with closing(self._connect()) as db:
            return [Decision(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM decisions ORDER BY id")]

    def current(self) -> dict[tuple[str, str], Decision]:
        """The decision in force per (vendor, item): its latest."""
        return {(d.vendor, d.item): d for d in self.log()}
