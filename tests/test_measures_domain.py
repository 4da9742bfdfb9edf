"""The questionnaire engine: shipped instruments, scoring at every band edge, reverse scoring, the PHQ-9 item-9 rule,
every validation error, clinic files and the schedule."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from recoveryjournal.resources import FOLDER

from recoveryjournal.domain import measures
from recoveryjournal.domain.measures import (
    Catalogue,
    ScoringError,
    load_catalogue,
    parse_instrument,
    parse_instrument_text,
    score,
    shipped_instruments,
)
from recoveryjournal.domain.resources import ResourceError, parse_toml


@pytest.fixture(scope="module")
def shipped():
    return {instrument.id: instrument for instrument in shipped_instruments()}


def answers_for_total(instrument, total: int, **fixed: int) -> dict[str, int]:
    """Answers adding up to ``total``: scored items filled from the first, unscored items answered 0."""
    answers = {item.id: 0 for item in instrument.items}
    answers.update(fixed)
    left = total - sum(answers[item.id] for item in instrument.scored_items)
    for item in instrument.scored_items:
        if item.id in fixed:
            continue
        step = min(left, max(item.values()))
        answers[item.id] = step
        left -= step
    assert left == 0
    return answers


def test_shipped_instruments_load_with_citation_and_terms(shipped):
    assert set(shipped) == {"phq9", "gad7", "craving"}
    for instrument in shipped.values():
        assert instrument.citation and instrument.terms and instrument.recall_period
        assert instrument.source == measures.SHIPPED_SOURCE
    assert "No permission required to reproduce, translate, display or distribute" in shipped["phq9"].terms
    assert "No permission required to reproduce, translate, display or distribute" in shipped["gad7"].terms
    assert "own" in shipped["craving"].title and "not a published" in shipped["craving"].about.lower()


def test_phq9_is_the_published_form(shipped):
    phq9 = shipped["phq9"]
    assert [item.id for item in phq9.scored_items] == [str(n) for n in range(1, 10)]
    assert [o.label for o in phq9.item("1").options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert all(item.values() == (0, 1, 2, 3) for item in phq9.items)
    assert phq9.item("9").text == "Thoughts that you would be better off dead or of hurting yourself in some way"
    assert not phq9.item("10").scored
    assert (phq9.min_score, phq9.max_score) == (0, 27)


def test_gad7_is_the_published_form(shipped):
    gad7 = shipped["gad7"]
    assert len(gad7.scored_items) == 7
    assert gad7.item("1").text == "Feeling nervous, anxious, or on edge"
    assert gad7.item("7").text == "Feeling afraid as if something awful might happen"
    assert (gad7.min_score, gad7.max_score) == (0, 21)


# Published cut-points: PHQ-9 (Kroenke et al. 2001) 5, 10, 15, 20; GAD-7 (Spitzer et al. 2006) 5, 10, 15.
PHQ9_EDGES = [
    (0, "Minimal"),
    (4, "Minimal"),
    (5, "Mild"),
    (9, "Mild"),
    (10, "Moderate"),
    (14, "Moderate"),
    (15, "Moderately severe"),
    (19, "Moderately severe"),
    (20, "Severe"),
    (27, "Severe"),
]
GAD7_EDGES = [
    (0, "Minimal"),
    (4, "Minimal"),
    (5, "Mild"),
    (9, "Mild"),
    (10, "Moderate"),
    (14, "Moderate"),
    (15, "Severe"),
    (21, "Severe"),
]


@pytest.mark.parametrize(("total", "band"), PHQ9_EDGES)
def test_phq9_band_at_every_edge(shipped, total, band):
    answers = answers_for_total(shipped["phq9"], total)
    result = score(shipped["phq9"], answers)
    assert (result.total, result.band.label) == (total, band)
    assert result.needs_safety_response == (answers["9"] > 0)


def test_phq9_highest_total_is_severe_and_calls_for_safety(shipped):
    answers = {item.id: 3 for item in shipped["phq9"].items}
    result = score(shipped["phq9"], answers)
    assert (result.total, result.band.label, result.safety_items) == (27, "Severe", ("9",))


@pytest.mark.parametrize(("total", "band"), GAD7_EDGES)
def test_gad7_band_at_every_edge(shipped, total, band):
    result = score(shipped["gad7"], answers_for_total(shipped["gad7"], total))
    assert (result.total, result.band.label) == (total, band)
    assert result.safety_items == ()


def test_published_example_phq9_with_difficulty_item_not_counted(shipped):
    # Every symptom "several days" (1 x 9 = 9, mild); the difficulty question does not add to the score.
    answers = {str(n): 1 for n in range(1, 10)} | {"10": 3}
    result = score(shipped["phq9"], answers)
    assert (result.total, result.band.label) == (9, "Mild")


@pytest.mark.parametrize("value", [1, 2, 3])
def test_phq9_item9_above_zero_always_calls_for_safety_whatever_the_total(shipped, value):
    answers = {item.id: 0 for item in shipped["phq9"].items} | {"9": value}
    result = score(shipped["phq9"], answers)
    assert result.total == value and result.band.label == "Minimal"
    assert result.needs_safety_response and result.safety_items == ("9",)
    assert measures.safety_called_for(shipped["phq9"].item("9"), value)


def test_phq9_item9_at_zero_never_calls_for_safety_even_at_a_high_total(shipped):
    answers = {item.id: 3 for item in shipped["phq9"].items} | {"9": 0}
    result = score(shipped["phq9"], answers)
    assert result.total == 24 and not result.needs_safety_response


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, "No craving"),
        (1, "Mild"),
        (2, "Mild"),
        (3, "Moderate to strong"),
        (4, "Moderate to strong"),
        (5, "Very strong"),
        (6, "Very strong"),
    ],
)
def test_own_craving_item_bands(shipped, value, band):
    assert score(shipped["craving"], {"strongest": value}).band.label == band


REVERSED = """
id = "clinic-wellbeing"
title = "Clinic wellbeing check"
short_title = "Wellbeing"
about = "Four questions."
instructions = "In the past week:"
recall_period = "the past week"
citation = "Our clinic"
terms = "For our clients"
options = [{ value = 1, label = "Never" }, { value = 2, label = "Sometimes" }, { value = 3, label = "Often" },
           { value = 4, label = "Always" }]

[[item]]
id = "a"
text = "I felt low"

[[item]]
id = "b"
text = "I felt hopeful"
reverse = true

[[item]]
id = "c"
text = "I slept well"
reverse = true

[[item]]
id = "d"
text = "I felt on edge"

[[subscale]]
id = "low"
title = "Low mood"
items = ["a", "b"]

[[subscale]]
id = "rest"
title = "Rest"
items = ["c", "d"]

[[band]]
min = 4
max = 9
label = "Lower"

[[band]]
min = 10
max = 16
label = "Higher"
"""


def test_reverse_scored_items_count_from_the_other_end_and_subscales_add_up():
    instrument = parse_instrument_text(REVERSED, "clinic.toml")
    assert (instrument.min_score, instrument.max_score) == (4, 16)
    result = score(instrument, {"a": 4, "b": 1, "c": 4, "d": 1})
    # a 4; b "Never" hopeful → 4; c "Always" slept well → 1; d 1
    assert result.total == 10
    assert result.subscales == {"low": 8, "rest": 2}
    assert result.band.label == "Higher"
    assert score(instrument, {"a": 1, "b": 4, "c": 4, "d": 1}).total == 4


def test_scoring_refuses_incomplete_or_impossible_answers(shipped):
    phq9 = shipped["phq9"]
    complete = {item.id: 0 for item in phq9.items}
    with pytest.raises(ScoringError, match="item '9' has no answer"):
        score(phq9, {k: v for k, v in complete.items() if k != "9"})
    with pytest.raises(ScoringError, match="item '1' has no option with value 4"):
        score(phq9, complete | {"1": 4})
    with pytest.raises(ScoringError, match="no item called 'x'"):
        score(phq9, complete | {"x": 0})


# --- validation: every error names the file, the item and the field ---------------------------------------------

BASE = {
    "head": 'id = "t"\ntitle = "T"\nshort_title = "T"\nabout = "A"\ninstructions = "I"\nrecall_period = "R"\n'
    'citation = "C"\nterms = "Free"\n',
    "options": 'options = [{ value = 0, label = "No" }, { value = 1, label = "Yes" }]\n',
    "items": '[[item]]\nid = "q1"\ntext = "Question one"\n\n[[item]]\nid = "q2"\ntext = "Question two"\n',
    "bands": '[[band]]\nmin = 0\nmax = 1\nlabel = "Low"\n\n[[band]]\nmin = 2\nmax = 2\nlabel = "High"\n',
}


def definition(**parts: str) -> str:
    merged = BASE | parts
    return merged["head"] + merged["options"] + merged["items"] + merged.get("extra", "") + merged["bands"]


def test_the_base_definition_is_valid():
    instrument = parse_instrument_text(definition(), "t.toml")
    assert [item.id for item in instrument.items] == ["q1", "q2"]


ERRORS = [
    ({"head": BASE["head"] + "title = broken"}, r"t\.toml: .*"),
    ({"head": BASE["head"] + 'colour = "red"\n'}, r"t\.toml: unknown field 'colour'"),
    ({"head": BASE["head"].replace('id = "t"', 'id = "Not OK!"')}, r"t\.toml: 'id' must be lower-case"),
    ({"head": BASE["head"].replace('terms = "Free"\n', "")}, r"t\.toml: 'terms' must be non-empty text"),
    ({"head": BASE["head"].replace('title = "T"\n', 'title = "  "\n')}, r"t\.toml: 'title' must be non-empty text"),
    ({"head": BASE["head"] + "default_every_days = -7\n"}, r"t\.toml: 'default_every_days' must be a whole number"),
    ({"items": ""}, r"t\.toml: needs at least one \[\[item\]\] table"),
    ({"items": '[[item]]\ntext = "No id"\n'}, r"t\.toml, item 1: 'id' must be non-empty text"),
    ({"items": '[[item]]\nid = "q1"\n'}, r"t\.toml, item 'q1': 'text' must be non-empty text"),
    ({"items": BASE["items"] + '[[item]]\nid = "q1"\ntext = "Again"\n'}, r"item 'q1': 'id' is used by two items"),
    ({"items": BASE["items"] + "weight = 2\n"}, r"t\.toml, item 'q2': unknown field 'weight'"),
    ({"options": ""}, r"t\.toml, item 'q1': 'options' is missing"),
    ({"options": 'options = [{ value = 0, label = "Only" }]\n'}, r"t\.toml, options: 'options' must list at least"),
    (
        {"options": 'options = [{ value = 0, label = "No" }, { value = "1", label = "Yes" }]\n'},
        r"t\.toml, options 2: 'value' must be a whole number",
    ),
    (
        {"options": 'options = [{ value = 0, label = "No" }, { value = 1, label = "" }]\n'},
        r"t\.toml, options 2: 'label' must be non-empty text",
    ),
    (
        {"options": 'options = [{ value = 0, label = "No" }, { value = 0, label = "Yes" }]\n'},
        r"t\.toml, options: the value 0 is used by two answers",
    ),
    ({"items": BASE["items"] + "reverse = 1\n"}, r"item 'q2': 'reverse' must be true or false"),
    ({"items": BASE["items"] + 'scored = "no"\n'}, r"item 'q2': 'scored' must be true or false"),
    ({"items": BASE["items"] + "safety_at = 5\n"}, r"item 'q2': 'safety_at' must be one of the answer values \(0, 1\)"),
    (
        {"items": '[[item]]\nid = "q1"\ntext = "Q"\nscored = false\n'},
        r"t\.toml: at least one item must be scored",
    ),
    (
        {"extra": '[[subscale]]\nid = "s"\ntitle = "S"\nitems = ["q1", "q9"]\n'},
        r"t\.toml, subscale 's': 'items' names 'q9', which is not an item",
    ),
    ({"extra": '[[subscale]]\nid = "s"\ntitle = "S"\nitems = []\n'}, r"subscale 's': 'items' must list item ids"),
    (
        {
            "extra": '[[subscale]]\nid = "s"\ntitle = "S"\nitems = ["q1"]\n[[subscale]]\nid = "s"\ntitle = "S"\n'
            'items = ["q2"]\n'
        },
        r"subscale 's': 'id' is used by two sub-scales",
    ),
    ({"extra": '[[subscale]]\nid = "s"\nitems = ["q1"]\n'}, r"subscale 's': 'title' must be non-empty text"),
    ({"bands": ""}, r"t\.toml: needs at least one \[\[band\]\] table"),
    ({"bands": '[[band]]\nmin = 0\nmax = "2"\nlabel = "All"\n'}, r"t\.toml, band 1: 'max' must be a whole number"),
    ({"bands": "[[band]]\nmin = 0\nmax = 2\n"}, r"t\.toml, band 1: 'label' must be non-empty text"),
    ({"bands": '[[band]]\nmin = 2\nmax = 0\nlabel = "Odd"\n'}, r"band 1 \('Odd'\): 'min' \(2\) is above 'max' \(0\)"),
    (
        {"bands": '[[band]]\nmin = 0\nmax = 0\nlabel = "Low"\n[[band]]\nmin = 2\nmax = 2\nlabel = "High"\n'},
        r"band 2 \('High'\): 'min' must be 1, so the bands cover every total once \(found 2\)",
    ),
    (
        {"bands": '[[band]]\nmin = 0\nmax = 1\nlabel = "Low"\n[[band]]\nmin = 1\nmax = 2\nlabel = "High"\n'},
        r"band 2 \('High'\): 'min' must be 2",
    ),
    ({"bands": '[[band]]\nmin = 0\nmax = 1\nlabel = "Low"\n'}, r"band 1 \('Low'\): 'max' must be 2, the highest"),
    ({"bands": '[[band]]\nmin = 0\nmax = 2\nlabel = "All"\nwords = 3\n'}, r"band 1 \('All'\): 'words' must be text"),
    ({"bands": '[[band]]\nmin = 0\nmax = 2\nlabel = "All"\nshade = "red"\n'}, r"band 1: unknown field 'shade'"),
]


@pytest.mark.parametrize(("parts", "message"), ERRORS)
def test_each_validation_error_names_file_item_and_field(parts, message):
    with pytest.raises(ResourceError, match=message):
        parse_instrument_text(definition(**parts), "t.toml")


# --- clinic files ---------------------------------------------------------------------------------------------------


def test_a_clinic_instrument_loads_with_its_source_and_bad_ones_are_named_not_fatal(tmp_path):
    folder = tmp_path / "measures"
    folder.mkdir()
    (folder / "wellbeing.toml").write_text(REVERSED, encoding="utf-8")
    (folder / "broken.toml").write_text(definition(bands=""), encoding="utf-8")
    (folder / "again.toml").write_text(definition(head=BASE["head"].replace('id = "t"', 'id = "phq9"')), "utf-8")
    (folder / "notes.txt").write_text("not a questionnaire", encoding="utf-8")
    catalogue = load_catalogue(folder)
    clinic = catalogue.get("clinic-wellbeing")
    assert clinic is not None and clinic.source == "Added by your clinic (wellbeing.toml)"
    assert catalogue.get("phq9").source == measures.SHIPPED_SOURCE
    assert [problem.split(":")[0] for problem in catalogue.problems] == ["again.toml", "broken.toml"]
    assert "already used" in catalogue.problems[0]
    assert "needs at least one [[band]] table" in catalogue.problems[1]


def test_a_missing_clinic_folder_gives_the_shipped_instruments(tmp_path):
    catalogue = load_catalogue(tmp_path / "nowhere")
    assert [each.id for each in catalogue.instruments] == ["craving", "gad7", "phq9"]
    assert catalogue.problems == ()


# --- schedule -------------------------------------------------------------------------------------------------------


def test_default_schedule_is_craving_weekly_phq9_and_gad7_every_two_weeks(shipped):
    catalogue = Catalogue(tuple(shipped.values()))
    assert measures.schedule(catalogue, None) == {"phq9": 14, "gad7": 14, "craving": 7}
    assert measures.schedule(catalogue, {"phq9": 0, "gad7": "soon"}) == {"phq9": 0, "gad7": 14, "craving": 7}


def test_a_clinic_bam_file_can_be_scheduled_monthly():
    bam = parse_instrument_text(definition(head=BASE["head"].replace('id = "t"', 'id = "bam"')) + "", "bam.toml")
    bam = measures.replace(bam, default_every_days=30)
    assert measures.schedule(Catalogue((bam,)), None) == {"bam": 30}
    assert measures.frequency_label(30) == "Every month"


def test_due_when_never_done_or_when_the_time_has_come(shipped):
    catalogue = Catalogue(tuple(shipped.values()))
    every = {"phq9": 14, "gad7": 0, "craving": 7}
    today = date(2026, 12, 1)
    last = {"phq9": date(2026, 11, 18), "craving": date(2026, 11, 24)}
    assert [d.instrument.id for d in measures.due(catalogue, every, last, today)] == ["craving"]
    last["craving"] = date(2026, 11, 25)
    assert measures.due(catalogue, every, last, today) == []
    assert [d.instrument.id for d in measures.due(catalogue, every, {}, today)] == ["craving", "phq9"]


def test_in_spanish_the_shipped_questionnaires_keep_ids_values_scores_and_bands():
    english = {each.id: each for each in shipped_instruments("en")}
    spanish = {each.id: each for each in shipped_instruments("es")}
    assert spanish.keys() == english.keys()
    for key, es in spanish.items():
        en = english[key]
        assert [item.id for item in es.items] == [item.id for item in en.items]
        assert [item.values() for item in es.items] == [item.values() for item in en.items]
        assert [(item.reverse, item.scored, item.safety_at) for item in es.items] == [
            (item.reverse, item.scored, item.safety_at) for item in en.items
        ]
        assert [(band.min, band.max) for band in es.bands] == [(band.min, band.max) for band in en.bands]
        assert all(a.text != b.text for a, b in zip(es.items, en.items, strict=True))  # every question in Spanish
        assert es.instructions != en.instructions and es.citation != en.citation and es.terms != en.terms
        answers = {item.id: item.values()[-1] for item in es.items}
        assert score(es, answers) == replace(score(en, answers), band=score(es, answers).band)
    phq9, gad7 = spanish["phq9"], spanish["gad7"]
    for each in (phq9, gad7):  # the article keeps its published title; the credit line is in Spanish
        assert each.citation.startswith(english[each.id].citation.split(" Developed")[0])
        assert "Desarrollado por" in each.citation and each.terms.startswith("No se requiere permiso")
    assert [option.label for option in gad7.items[0].options] == [
        "Nunca",
        "Varios días",
        "Más de la mitad de los días",
        "Casi todos los días",
    ]
    assert [option.label for option in phq9.items[0].options][1:] == [
        "Varios días",
        "Más de la mitad de los días",
        "Casi todos los días",
    ]
    assert [band.label for band in phq9.bands] == ["Mínima", "Leve", "Moderada", "Moderadamente grave", "Grave"]
    assert phq9.item("9").text == "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"
    assert phq9.item("9").safety_at == 1 and score(
        phq9, {item.id: int(item.id == "9") for item in phq9.items}
    ).safety_items == ("9",)
    assert spanish["craving"].short_title == "Deseo de consumir (propia)"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('options = ["Nunca", "Varios días"]', "'options' must be 4 answer labels"),
        ('[[item]]\nid = "99"\ntext = "¿Otra?"', "'99' is not an item of gad7"),
        ('[[band]]\nlabel = "Mínima"', "give all 4 bands of gad7"),
        ("scored = false", "unknown field"),
    ],
)
def test_a_translation_that_does_not_fit_its_questionnaire_is_refused(extra, message):
    english = parse_toml((FOLDER / "measures" / "gad7.toml").read_text(encoding="utf-8"), "gad7.toml")
    instrument = parse_instrument(english, "gad7.toml")
    shared = tuple(option["label"] for option in english["options"])
    with pytest.raises(ResourceError, match=re.escape(message)):
        measures.in_words(instrument, shared, parse_toml(extra, "gad7_es.toml"), "gad7_es.toml")


def test_saved_results_are_shown_with_the_names_and_bands_of_the_current_language():
    from recoveryjournal import i18n
    from recoveryjournal.domain.measure_models import MeasureResult

    saved = [
        MeasureResult("phq9", datetime(2026, 3, 1, 9), {}, 16, "Moderately severe", title="PHQ-9"),
        MeasureResult("craving", datetime(2026, 3, 2, 9), {}, 0, "Sin deseo", title="Deseo de consumir (propia)"),
        MeasureResult("bam", datetime(2026, 3, 3, 9), {}, 3, "Low risk", title="BAM"),
    ]
    assert [(each.title, each.band) for each in measures.in_current_words(saved)] == [
        ("PHQ-9", "Moderately severe"),
        ("Craving (own)", "No craving"),
        ("BAM", "Low risk"),
    ]
    with i18n.speaking("es"):
        assert [(each.title, each.band) for each in measures.in_current_words(saved)] == [
            ("PHQ-9", "Moderadamente grave"),
            ("Deseo de consumir (propia)", "Sin deseo"),
            ("BAM", "Low risk"),
        ]


def test_how_often_is_said_in_the_current_language():
    from recoveryjournal import i18n

    assert [measures.frequency_label(days) for days in (0, 7, 10)] == ["Not scheduled", "Every week", "Every 10 days"]
    with i18n.speaking("es"):
        assert [measures.frequency_label(days) for days in (0, 7, 10)] == [
            "Sin programar",
            "Cada semana",
            "Cada 10 días",
        ]


def test_where_a_questionnaire_comes_from_is_said_in_the_current_language(tmp_path):
    from recoveryjournal import i18n

    clinic = measures.clinic_source(tmp_path / "bam.toml")
    assert measures.source_words(measures.SHIPPED_SOURCE) == "Shipped with Recovery Journal"
    with i18n.speaking("es"):
        assert measures.source_words(measures.SHIPPED_SOURCE) == "Incluido con Recovery Journal"
        assert measures.source_words(clinic) == clinic


def test_a_clinic_file_problem_is_named_in_the_language_of_the_window(tmp_path):
    """A clinic's TOML that does not fit is skipped with a message the person (or the clinic) can read: in Spanish
    when the app speaks Spanish, still naming the file and the field."""
    from recoveryjournal import i18n

    (tmp_path / "wellbeing.toml").write_text('id = "Well Being"\n', encoding="utf-8")
    with i18n.speaking("es"):
        problems = measures.load_catalogue(tmp_path).problems
    assert problems == (
        "wellbeing.toml: 'id' debe tener solo letras minúsculas, cifras, '-' o '_' (40 como máximo), no 'Well Being'",
    )
