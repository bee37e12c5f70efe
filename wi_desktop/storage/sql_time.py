"""Times in SQL as people and stock tools read them."""

from __future__ import annotations


def iso(ms: str) -> str:
    """SQL for the instant MS (milliseconds since 1970, an SQL expression) as local ISO 8601
    with its offset; NULL stays NULL."""
    seconds = f"({ms}) / 1000"
    offset = (f"CAST(round((julianday({seconds}, 'unixepoch', 'localtime') - "
              f"julianday({seconds}, 'unixepoch')) * 1440) AS INTEGER)")
    return (f"CASE WHEN ({ms}) IS NULL THEN NULL ELSE printf('%s%s%02d:%02d', "
            f"strftime('%Y-%m-%dT%H:%M:%S', {seconds}, 'unixepoch', 'localtime'), "
            f"CASE WHEN {offset} < 0 THEN '-' ELSE '+' END, abs({offset}) / 60, "
            f"abs({offset}) % 60) END")
