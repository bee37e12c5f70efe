"""Power-cut safety of the writing path: 30 SIGKILLs at random moments, checked each time."""

from __future__ import annotations

import pytest

from tests.crash_soak import soak


@pytest.mark.e2e
def test_thirty_random_kills_lose_no_acknowledged_note(tmp_path):
    result = soak(tmp_path / "data", kills=30, seed=7)
    assert result.kills == 30
    assert result.unstarted == 0
    assert result.acknowledged > 30  # the writer got going before most kills
    assert result.integrity_failures == []
    assert result.lost == []
