"""Which signed version each amendment amends."""

from __future__ import annotations

from wi_desktop.core.versions import Amendment, SignedFile, amendment_chain


def _signed(version: int, kind: str, at: int) -> SignedFile:
    return SignedFile(1, kind, version, "Sam", "c" * 64, f"{version}{kind}".ljust(64, "0"),
                      100, f"/tmp/{kind}-{version}.pdf", at)


def test_each_amendment_names_the_last_version_signed_before_it():
    signed = [_signed(1, "letter", 100), _signed(1, "summary", 110), _signed(2, "summary", 300)]
    later = Amendment("Sam", "second fix", 400, 310)
    first = Amendment("Sam", "first fix", 200, 90)
    lines = amendment_chain([later, first], signed)
    assert [line.amendment.reason for line in lines] == ["first fix", "second fix"]
    assert [(line.amends.version, line.amends.kind) for line in lines if line.amends] == [
        (1, "summary"), (2, "summary")]


def test_an_amendment_before_any_signing_amends_nothing_signed():
    [line] = amendment_chain([Amendment("Sam", "why", 50, 40)], [_signed(1, "summary", 100)])
    assert line.amends is None
