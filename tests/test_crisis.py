import pytest

from recoveryjournal.domain.crisis import (
    CrisisLine,
    country_code,
    default_crisis_lines,
    lines_to_show,
    own_line,
    parse_crisis_lines,
)
from recoveryjournal.domain.resources import ResourceError, parse_toml


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [("en_US", "US"), ("en-GB", "GB"), ("fr_CA.UTF-8", "CA"), ("de", ""), ("C", ""), ("sr_RS@latin", "RS")],
)
def test_country_code_from_locale_name(locale_name, code):
    assert country_code(locale_name) == code


@pytest.mark.parametrize(
    ("locale_name", "number"),
    [("en_US", "988"), ("en_GB", "116 123"), ("en_IE", "116 123"), ("en_AU", "13 11 14"), ("fr_CA", "988")],
)
def test_shipped_default_per_country(locale_name, number):
    assert lines_to_show(None, locale_name)[0].number == number


def test_us_lists_samhsa_helpline_too():
    numbers = [line.number for line in lines_to_show(None, "en_US")]
    assert numbers == ["988", "1-800-662-4357"]


def test_unknown_country_asks_the_person_to_add_their_own():
    (line,) = lines_to_show(None, "xx_ZZ")
    assert line.number == ""
    assert "Add the number" in line.note


def test_own_line_replaces_the_defaults():
    setting = {"name": "Night line", "number": "0800 123", "note": ""}
    assert lines_to_show(setting, "en_US") == [CrisisLine("Night line", "0800 123")]
    assert own_line({"name": " ", "number": ""}) is None
    assert own_line({"number": "555"}).name == "My crisis line"
    assert own_line("garbage") is None


def test_every_shipped_region_is_valid():
    catalogue = default_crisis_lines()
    assert {"default", "US", "GB", "CA", "AU", "IE"} <= set(catalogue)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[region]]\ncode = "US"\n[[region.line]]\nname = "A"\nnumber = "1"', 'needs a region with code = "default"'),
        ('[[region]]\ncode = "USA"\n[[region.line]]\nname = "A"\nnumber = "1"', "region 1 ('USA'): 'code' must be"),
        ('[[region]]\ncode = "default"', "region 1 ('default'): needs at least one [[region.line]]"),
        ('[[region]]\ncode = "default"\n[[region.line]]\nnumber = "1"', "region 1 ('default'), line 1: 'name'"),
        ('[[region]]\ncode = "default"\n[[region.line]]\nname = "A"', "line 1 ('A'): give a 'number' or a 'note'"),
        ('[[region]]\ncode = "default"\n[[region.line]]\nname = "A"\nnumber = 988', "('A'): 'number' must be text"),
    ],
)
def test_bad_entries_name_the_region_line_and_field(text, message):
    with pytest.raises(ResourceError) as caught:
        parse_crisis_lines(parse_toml(text, "crisis_lines.toml"))
    assert message in str(caught.value)
