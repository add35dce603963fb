"""ICD-10 matching between a differential entry and a case's accepted codes.

Codes are compared case-insensitively, ignoring dots and spaces ("i21.4" == "I214").
Two codes match when either is a prefix of the other, so the comparison works at the
category level both ways: an entry coded I21.4 matches an accepted "I21", and an entry
coded "I21" matches an accepted "I21.4". Sibling subcategories do not match
(I20.0 unstable angina vs I20.9 stable angina), and a bare letter never matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_JUNK = re.compile(r"[\s.]+")


def normalise_code(code: str) -> str:
    return _JUNK.sub("", code).upper()


def codes_match(entry_code: str, accepted: str) -> bool:
    a, b = normalise_code(entry_code), normalise_code(accepted)
    if len(a) < 3 or len(b) < 3:  # a category is a letter and two digits
        return False
    return a.startswith(b) or b.startswith(a)


def entry_matches(entry_codes: Iterable[str], accepted: Sequence[str]) -> bool:
    return any(codes_match(code, acc) for code in entry_codes for acc in accepted)


def correct_rank(differential: Sequence[Sequence[str]], accepted: Sequence[str]) -> int | None:
    """1-based rank of the first entry (given as its code list) matching an accepted code; None if absent."""
    if not accepted:
        return None
    for rank, codes in enumerate(differential, start=1):
        if entry_matches(codes, accepted):
            return rank
    return None
