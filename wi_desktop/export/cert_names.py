"""Names a certificate can hold. X.509 compares names after the string preparation of
RFC 4518 (RFC 3454's tables): some characters are refused outright, and a value holding a
right-to-left letter may hold no left-to-right one and must begin and end with a
right-to-left letter. A certificate whose name breaks these rules is written, but no
verifier can match it to itself, so every signature made with it reads as damaged: an
observer called "مُحَمَّد Ng", or "عَلِيّ" (a mark at the end), could never sign.

So a certificate gets the name as typed when the rules allow it, and otherwise the nearest
value they allow. The name as typed still goes, whole, into the signature's own /Name and
into the picture of the signature, and the verifier reports that one.
"""

from __future__ import annotations

import stringprep

FALLBACK = "Observer"


def acceptable(value: str) -> bool:
    """Does VALUE pass the preparation a verifier makes of a certificate's name? Asked of
    asn1crypto, the parser pyHanko verifies with (characters newer than Unicode 3.2, such
    as emoji, are refused there too)."""
    from asn1crypto.x509 import Name  # type: ignore[import-untyped]

    if not value.strip():
        return False
    try:
        _ = Name.build({"common_name": value}).hashable  # prepares the value, or raises
    except ValueError:
        return False
    return True


def _refused(char: str) -> bool:
    return not char.isspace() and not acceptable(char)


def _rtl(char: str) -> bool:
    return bool(stringprep.in_table_d1(char))


def _ltr(char: str) -> bool:
    return bool(stringprep.in_table_d2(char))


def certificate_name(name: str) -> str:
    """NAME if a certificate can hold it, else the nearest value it can: characters X.509
    refuses (or does not know) left out; a name mixing directions keeps the words in the
    direction of its first letter; a right-to-left value begins and ends on a letter."""
    if acceptable(name):
        return name
    kept = "".join(char for char in name if not _refused(char))
    first = next((char for char in kept if _rtl(char) or _ltr(char)), "")
    if first and _rtl(first):
        words = [word for word in kept.split() if not any(_ltr(char) for char in word)]
        value = " ".join(words)
        start = next((i for i, char in enumerate(value) if _rtl(char)), len(value))
        end = next((i for i in range(len(value) - 1, -1, -1) if _rtl(value[i])), -1)
        value = value[start:end + 1]
    else:
        value = " ".join(word for word in kept.split() if not any(_rtl(c) for c in word))
    return value if acceptable(value) else FALLBACK
