import pytest

from recoveryjournal.domain.crisis import (
    DEFAULT_CODE,
    CrisisLine,
    countries,
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


def test_us_lists_samhsa_helpline_and_the_emergency_number_too():
    numbers = [line.number for line in lines_to_show(None, "en_US")]
    assert numbers == ["988", "1-800-662-4357", "911"]


@pytest.mark.parametrize(
    ("locale_name", "number"),
    [("de_DE", "0800 111 0 111"), ("fr_FR", "3114"), ("es_ES", "024"), ("es_MX", "800 911 2000"), ("en_NZ", "1737")],
)
def test_more_countries_have_their_national_line_first(locale_name, number):
    assert lines_to_show(None, locale_name)[0].number == number


@pytest.mark.parametrize("code", ["IT", "PL", "PT", "FI", "DE", "FR", "ES", "IE"])
def test_every_eu_country_listed_shows_112(code):
    assert "112" in [line.number for line in default_crisis_lines()[code]]


@pytest.mark.parametrize("locale_name", ["C", "POSIX", "xx_ZZ", "en", ""])
def test_unknown_country_gets_the_international_guidance_never_nothing(locale_name):
    lines = lines_to_show(None, locale_name)
    assert lines == default_crisis_lines()[DEFAULT_CODE]
    text = " ".join(line.note for line in lines)
    assert "emergency number" in text and "112" in text and "findahelpline.com" in text


def test_the_chosen_country_wins_over_the_locale_and_an_unknown_choice_is_ignored():
    assert lines_to_show(None, "C", country="GB")[0].number == "116 123"
    assert lines_to_show(None, "en_US", country="AU")[0].number == "13 11 14"
    assert lines_to_show(None, "en_US", country="pending")[0].number == "988"
    assert lines_to_show({"name": "Night line", "number": "0800 123"}, "en_US", country="AU")[0].name == "Night line"


def test_every_shipped_number_names_its_source():
    for code, lines in default_crisis_lines().items():
        for line in lines:
            assert not line.number or line.source.startswith("https://"), (code, line.name)


def test_countries_are_listed_by_name_with_somewhere_else_last():
    listed = countries()
    assert listed[-1] == (DEFAULT_CODE, "Somewhere else")
    names = [name for _code, name in listed[:-1]]
    assert names == sorted(names, key=str.casefold) and len(listed) == len(default_crisis_lines())


def test_own_line_replaces_the_defaults():
    setting = {"name": "Night line", "number": "0800 123", "note": ""}
    assert lines_to_show(setting, "en_US") == [CrisisLine("Night line", "0800 123")]
    assert own_line({"name": " ", "number": ""}) is None
    assert own_line({"number": "555"}).name == "My crisis line"
    assert own_line("garbage") is None


def test_every_shipped_region_is_valid():
    catalogue = default_crisis_lines()
    assert {"default", "US", "GB", "CA", "AU", "IE", "NZ", "DE", "FR", "ES", "MX", "IT"} <= set(catalogue)


HERE = '[[region]]\ncode = "default"\nname = "Somewhere else"'
US = '[[region]]\ncode = "US"\nname = "United States"'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f'{US}\n[[region.line]]\nname = "A"\nnote = "x"', 'needs a region with code = "default"'),
        (
            '[[region]]\ncode = "USA"\nname = "U"\n[[region.line]]\nname = "A"\nnote = "x"',
            "region 1 ('USA'): 'code' must",
        ),
        (f"{HERE}", "region 1 ('default'): needs at least one [[region.line]]"),
        ('[[region]]\ncode = "default"\n[[region.line]]\nname = "A"\nnote = "x"', "region 1 ('default'): 'name'"),
        (f'{HERE}\n[[region.line]]\nnumber = "1"', "region 1 ('default'), line 1: 'name'"),
        (f'{HERE}\n[[region.line]]\nname = "A"', "line 1 ('A'): give a 'number' or a 'note'"),
        (f'{HERE}\n[[region.line]]\nname = "A"\nnumber = 988', "('A'): 'number' must be text"),
        (f'{HERE}\n[[region.line]]\nname = "A"\nnumber = "988"', "('A'): give the 'source' where the number"),
    ],
)
def test_bad_entries_name_the_region_line_and_field(text, message):
    with pytest.raises(ResourceError) as caught:
        parse_crisis_lines(parse_toml(text, "crisis_lines.toml"))
    assert message in str(caught.value)


def test_a_spanish_text_for_a_line_that_is_not_shipped_is_refused(tmp_path, monkeypatch):
    from recoveryjournal import i18n
    from recoveryjournal.domain import resources

    for name in ("crisis_lines.toml", "crisis_lines_es.toml"):
        (tmp_path / name).write_text((resources.FOLDER / name).read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "crisis_lines_es.toml").open("a", encoding="utf-8") as extra:
        extra.write('\n[[text]]\nof = "No such line"\ntext = "Ninguna"\n')
    monkeypatch.setattr(resources, "FOLDER", tmp_path)
    i18n.set_language("es")
    with pytest.raises(ResourceError, match=r"'No such line' no es un texto de crisis_lines\.toml"):
        default_crisis_lines()


def test_an_own_line_without_a_name_is_called_my_crisis_line_in_the_language():
    from recoveryjournal import i18n

    assert own_line({"number": "0800 555 123"}).name == "My crisis line"
    with i18n.speaking("es"):
        assert own_line({"number": "0800 555 123"}) == CrisisLine("Mi línea de crisis", "0800 555 123")


def test_a_bad_crisis_lines_file_is_named_in_the_language_of_the_window():
    """An edited crisis_lines.toml's problem reaches the person in Spanish; the fields stay as the file writes them."""
    from recoveryjournal import i18n

    with i18n.speaking("es"), pytest.raises(ResourceError) as caught:
        parse_crisis_lines(parse_toml(f'{HERE}\n[[region.line]]\nname = "A"\nnumber = "988"', "crisis_lines.toml"))
    assert str(caught.value) == (
        "crisis_lines.toml, region 1 ('default'), line 1 ('A'): indica la 'source' donde se puede comprobar el número"
    )
