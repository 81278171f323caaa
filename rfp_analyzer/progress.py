"""Progress reporting seam: the library reports steps, the CLI decides how to show them (rich bars or nothing)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, label: str, total: int) -> int: ...

    def advance(self, task: int, n: int = 1) -> None: ...

    def finish(self, task: int) -> None: ...

    def note(self, message: str) -> None: ...


class NullProgress:
    def start(self, label: str, total: int) -> int:
        return 0

    def advance(self, task: int, n: int = 1) -> None:
        pass

    def finish(self, task: int) -> None:
        pass

    def note(self, message: str) -> None:
        pass
