"""One analysis at a time per index folder: runs on the same --index wait for each other instead of racing.

The lock is an flock on a file in the index folder, so the kernel releases it when its holder dies, even by
SIGKILL: a lock left by a dead run is simply taken over. The file holds the holder's pid, for the message.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "run.lock"


@contextmanager
def index_lock(index_dir: Path, on_wait: Callable[[str], None]) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    # Never deleted: removing a lock file another process has open would let a third one lock a new file.
    with (index_dir / LOCK_FILE).open("a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            on_wait(f"waiting for another run on {index_dir} (pid {holder}) to finish")
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)
