"""Numbers a person reads are rounded half-up, everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import recoveryjournal
from recoveryjournal.domain.numbers import decimals, half_up, short


@pytest.mark.parametrize(
    ("value", "one", "brief"),
    [(6.25, "6.3", "6.3"), (0.05, "0.1", "0.1"), (2.45, "2.5", "2.5"), (9.0, "9.0", "9"), (-0.04, "0.0", "0")],
)
def test_half_up(value, one, brief):
    assert decimals(value) == one
    assert short(value) == brief
    assert half_up(value) == float(one)


def test_two_places_and_whole_numbers():
    assert decimals(2.675, 2) == "2.68"
    assert short(1.125, 2) == "1.13"
    assert half_up(2.5, 0) == 3.0


def test_no_half_to_even_format_left_in_the_app():
    """``f"{x:.1f}"`` and ``round`` to a place round half to even; the app formats through ``domain.numbers``."""
    package = Path(recoveryjournal.__file__).parent
    offenders = []
    for path in package.rglob("*.py"):
        if "importers" in path.parts or path.name == "numbers.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r":\.\d+f\}|round\([^()]*,\s*[0-3]\)", line):
                offenders.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert offenders == []


def test_numbers_for_people_take_the_decimal_mark_of_the_language():
    from recoveryjournal import i18n

    assert (decimals(1.75), short(1.75), short(2.0)) == ("1.8", "1.8", "2")
    assert (decimals(1.75, language="es"), short(1.75, language="es"), decimals(2.675, 2, "es")) == (
        "1,8",
        "1,8",
        "2,68",
    )
    with i18n.speaking("es"):
        assert (decimals(1.75), short(1.75), short(9.0), decimals(-0.04)) == ("1,8", "1,8", "9", "0,0")
        assert half_up(1.75) == 1.8 and half_up(2.5, 0) == 3.0  # the number itself is the same in every language
