"""Time as the core sees it: wall-clock instants in integer milliseconds (UTC)."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current instant."""

    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


class FakeClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start_ms: int = 1_780_000_000_000) -> None:
        self._now_ms = start_ms

    def now_ms(self) -> int:
        return self._now_ms

    def advance(self, seconds: float) -> None:
        self._now_ms += round(seconds * 1000)

    def set(self, instant_ms: int) -> None:
        self._now_ms = instant_ms


def format_duration(total_ms: int, *, signed: bool = False) -> str:
    """``h:mm:ss`` (or ``m:ss`` below an hour); ``signed`` adds +/− for differences."""
    sign = ""
    if total_ms < 0:
        sign = "−"
        total_ms = -total_ms
    elif signed:
        sign = "+"
    seconds = total_ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
