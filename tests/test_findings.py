"""Findings in words: planted effects are found at their size, noise is not spoken of, and the words stay plain."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from findings_journals import TZ, Plant, clustered_journal, journal

from recoveryjournal.domain import findings as f
from recoveryjournal.domain import patterns as p


def by_key(report: f.Report) -> dict[str, f.Finding]:
    return {finding.key: finding for finding in report.findings}


# ----------------------------------------------------------------------------------------------------- statistics


@pytest.mark.parametrize(
    ("t", "df", "expected"),
    [(2.228, 10, 0.05), (12.706, 1, 0.05), (2.576, 10_000, 0.01), (3.169, 10, 0.01), (0.0, 5, 1.0), (-2.228, 10, 0.05)],
)
def test_t_p_values_match_the_tables(t, df, expected):
    assert f.t_p_value(t, df) == pytest.approx(expected, abs=2e-4)


def test_holm_steps_down_and_stops_at_the_first_that_fails():
    assert f.holm([0.001, 0.02, 0.04, 0.5], alpha=0.05) == [True, False, False, False]
    assert f.holm([0.01, 0.012, 0.013], alpha=0.05) == [True, True, True]
    assert f.holm([0.2, 0.001], alpha=0.05) == [False, True]
    assert f.holm([], alpha=0.05) == []


# --------------------------------------------------------------------------------------------------- planted effects


PLANTED_JOURNALS = [journal(seed, Plant(trigger=2.0, friday=2.5, coping=2.5), days=120) for seed in range(8)]
PLANTED = [planted.find() for planted in PLANTED_JOURNALS]


@pytest.mark.parametrize(
    ("key", "size", "start", "end"),
    [
        ("trigger:1:craving", 2.0, "Cravings tend to run about", "higher when you note “Work pressure”"),
        ("weekday:4:craving", 2.5, "Cravings tend to run about", "higher on Fridays"),
        (
            "coping:1:drop",
            2.5,
            "“Call my sponsor” goes with a drop in craving about",
            "bigger than your other coping tools",
        ),
    ],
)
def test_planted_effects_are_found_with_their_direction_and_size(key, size, start, end):
    """A trigger adding 2 points of craving, Fridays 2.5 points higher and a coping action with a 2.5 points bigger
    drop, each in a 120-day journal of otherwise pure noise: found in (nearly) every journal, always the right way
    round and near the planted size, with a 95% interval that (nearly always) holds it."""
    found = [by_key(report)[key] for report in PLANTED if key in by_key(report)]
    assert len(found) >= 7
    assert sum(finding.low < size < finding.high for finding in found) >= len(found) - 2
    for finding in found:
        assert finding.effect == pytest.approx(size, abs=0.8)
        assert finding.low > 0
        assert finding.headline.startswith(start) and finding.headline.endswith(end)
        assert f._points(finding.effect) in finding.headline


def test_no_more_than_a_handful_are_said():
    assert all(len(report.findings) <= f.MAX_SHOWN for report in PLANTED)
    assert all(report.checked > 40 for report in PLANTED)
    assert max(len(report.findings) for report in PLANTED) >= 3


def test_a_planted_effect_in_the_other_direction_is_worded_that_way():
    found = by_key(journal(7, Plant(trigger=-2.0)).find())
    assert found["trigger:1:craving"].effect < -1  # craving cannot fall below 0, so less than the 2 planted
    assert found["trigger:1:craving"].high < 0
    assert "lower when you note “Work pressure”" in found["trigger:1:craving"].headline


def test_short_nights_and_a_questionnaire_trend_are_found_when_given():
    noise = journal(3)
    sleepy = journal(3, Plant(short_sleep=3.0))
    first = noise.data.period.start
    # A weekly questionnaire, falling by about a point a week with some wobble.
    falling = [
        f.MeasureScore("phq9", "PHQ-9", first + timedelta(days=7 * week), 18.0 - week + (week % 3 - 1), 3.0)
        for week in range(13)
    ]
    found = by_key(f.find(sleepy.data, sleepy.sleep, falling))
    sleep = found["sleep:short:craving"]
    assert sleep.effect > 2 and sleep.headline.startswith("After nights under 6 hours, cravings the next day tend to")
    trend = found["trend:phq9"]
    assert trend.effect == pytest.approx(-12.0, abs=1) and "go down" in trend.headline
    assert "PHQ-9" in trend.headline
    # Without the optional inputs those comparisons are not made at all.
    keys = {c.key for c in f.candidates(noise.data)}
    assert not any(key.startswith(("sleep:", "trend:")) for key in keys)


def test_the_same_data_gives_the_same_findings():
    planted = journal(11, Plant(trigger=2.0, friday=2.5, coping=2.5))
    assert planted.find() == planted.find()
    assert planted.find().findings  # and there is something to compare


# ------------------------------------------------------------------------------------------------------------ noise


def test_on_200_journals_of_pure_noise_at_most_5_percent_show_any_finding():
    speaking = [seed for seed in range(200) if journal(1000 + seed).find().findings]
    assert len(speaking) <= 10, speaking


def test_noise_that_comes_in_days_is_not_taken_for_a_pattern():
    """Check-ins of one day share its mood and cravings and often its triggers: counted as independent, such noise
    would look like weekday and trigger patterns in about one journal in ten. With days as clusters it does not."""
    speaking = [seed for seed in range(100) if f.find(clustered_journal(5000 + seed)).findings]
    assert len(speaking) <= 5, speaking


def test_nothing_is_said_below_the_minimum_number_of_checkins():
    base = journal(5).data
    # Seven check-ins with a trigger and a craving far above the rest: a big difference, but too little to say.
    start = base.period.start
    rare = [
        p.CheckInFact(
            10_000 + n, datetime(start.year, start.month, start.day, 12, tzinfo=TZ) + timedelta(days=n), 3, 10, (99,)
        )
        for n in range(f.MIN_CHECKINS - 1)
    ]
    data = replace(
        base, checkins=base.checkins + rare, triggers={**base.triggers, 99: p.TriggerInfo(99, "Rare", "risk")}
    )
    assert "trigger:99:craving" not in {c.key for c in f.candidates(data)}
    more = [*rare, replace(rare[0], id=20_000)]
    data = replace(data, checkins=base.checkins + more)
    assert "trigger:99:craving" in {c.key for c in f.candidates(data)}
    assert "trigger:99:craving" in by_key(f.find(data))


def test_a_clear_but_small_difference_is_not_worth_a_sentence():
    base = journal(6).data
    # Every check-in with "Loneliness" gets half a point more craving: with many check-ins it is no longer noise,
    # but it is smaller than a point of craving, so nothing is said about it.
    checkins = [
        replace(c, craving=min(10, c.craving + 1) if 2 in c.trigger_ids and c.id % 2 else c.craving)
        for c in base.checkins
    ]
    report = f.find(replace(base, checkins=checkins))
    assert "trigger:2:craving" not in by_key(report)


# ---------------------------------------------------------------------------------------------------------- links


def test_each_finding_links_to_its_chart_and_the_checkins_behind_it():
    planted = PLANTED_JOURNALS[0]
    found = by_key(PLANTED[0])
    views = {"trigger:1:craving": "effect", "weekday:4:craving": "when", "coping:1:drop": "helps"}
    for key, view in views.items():
        finding = found[key]
        assert finding.view == view
        matches = p.matching(planted.data, finding.selection)
        assert not matches.entry_ids
        if finding.kind != "coping":
            assert len(matches.checkin_ids) == finding.n_in
        else:
            assert len(matches.checkin_ids) >= finding.n_in
    assert found["weekday:4:craving"].heatmap == "cravings"


def test_a_part_of_the_day_selection_covers_its_hours():
    data = journal(1).data
    evening = p.Selection("Evenings", hours=f.PART_HOURS["evening"], include_entries=False)
    ids = set(p.matching(data, evening).checkin_ids)
    assert ids == {c.id for c in data.checkins if 17 <= c.at.hour < 22}
    day = data.checkins[0].at.date()
    assert set(p.matching(data, p.Selection("Days", days=(day,))).checkin_ids) == {
        c.id for c in data.checkins if c.at.date() == day
    }


def test_report_without_leaves_out_findings_the_person_set_aside():
    report = journal(0, Plant(trigger=2.0, friday=2.5)).find()
    assert "trigger:1:craving" in by_key(report)
    assert "trigger:1:craving" not in {x.key for x in report.without({"trigger:1:craving"})}


# ---------------------------------------------------------------------------------------------------------- words

FORBIDDEN = re.compile(
    r"\b(caus\w*|because|makes?|making|leads? to|due to|results? in|drives?|effect\w*|should|must|need to|"
    r"fail\w*|bad|good|better|worse|addict\w*|alcoholic|abuser|junkie|clean|dirty|relapse\w*|always|never|"
    r"prove\w*|triggers? (?:your|you)|so that|therefore)\b",
    re.IGNORECASE,
)
HEDGES = ("tend", "goes with")


def _comparison(kind: str, outcome: str, up: bool) -> f._Comparison:
    high, low = [6.0, 7.0, 8.0] * 4, [3.0, 4.0, 5.0] * 6
    inside, outside = (high, low) if up else (low, high)
    extra = {
        "trigger": {"name": "Work pressure"},
        "weekday": {"weekday": 4},
        "part": {"part": "evening"},
        "slot": {"weekday": 4, "part": "night"},
        "coping": {"name": "Call my sponsor"},
        "sleep": {},
        "session": {},
    }
    if kind == "trend":
        days = [0.0, 14.0, 28.0, 42.0, 56.0, 70.0]
        scores = [14.0, 12.0, 11.0, 9.0, 7.0, 5.0]
        return f._Comparison(
            "trend:phq9",
            "trend",
            "score",
            days,
            scores if not up else scores[::-1],
            name="PHQ-9",
            trend=True,
            words={"first": date(2026, 9, 1), "last": date(2026, 11, 10)},
        )
    return f._Comparison(f"{kind}:x:{outcome}", kind, outcome, inside, outside, **extra[kind])


CASES = [
    (kind, outcome, up)
    for kind in f.TEMPLATES
    for outcome in (("score",) if kind == "trend" else ("drop",) if kind == "coping" else ("craving", "mood"))
    for up in (True, False)
]


@pytest.mark.parametrize(("kind", "outcome", "up"), CASES)
def test_every_template_is_plain_person_first_and_never_causal(kind, outcome, up):
    comparison = _comparison(kind, outcome, up)
    effect = comparison.effect
    headline, detail = f._words(comparison, (effect * 0.5, effect * 1.5))
    for text in (headline, detail):
        assert not FORBIDDEN.search(text), text
        assert "{" not in text and "}" not in text and "  " not in text, text
    assert any(hedge in headline for hedge in HEDGES), headline
    assert not headline.endswith(".") and detail.endswith("."), (headline, detail)
    assert headline[0].isupper() or headline.startswith("“")
    # The numbers are named: the size in the headline, the interval and group sizes in the detail.
    assert f._points(effect) in headline
    assert f"between {f._num(abs(effect) * 0.5)} and {f._points(abs(effect) * 1.5)}" in detail
    assert str(len(comparison.inside)) in detail
    direction = {"coping": ("bigger", "smaller"), "trend": ("up", "down")}.get(kind, ("higher", "lower"))
    assert direction[0 if up else 1] in headline


def test_numbers_are_rounded_as_a_person_rounds_them():
    assert f._num(2.25) == "2.3" and f._num(2.35) == "2.4" and f._num(-0.05) == "0.1"
    assert f._points(1.0) == "1 point" and f._points(2.0) == "2 points" and f._points(0.96) == "1 point"


def test_the_rules_text_states_the_minimums():
    text = f.rules_text()
    assert str(f.MIN_CHECKINS) in text and str(f.MIN_DAYS) in text and str(f.MIN_USES) in text
    assert not FORBIDDEN.search(text.replace("not why", ""))


def test_t_quantiles_invert_the_p_values():
    assert f.t_quantile(0.05, 10) == pytest.approx(2.228, abs=1e-3)
    assert f.t_quantile(0.05, 1e6) == pytest.approx(1.960, abs=1e-3)


def test_ten_years_of_checkins_stay_quick_and_exact():
    """Large groups skip the permutation test (the t-test is exact enough there): a planted trigger is still found
    at its size, with a narrow interval around it."""
    long = journal(21, Plant(trigger=2.0), days=3650)
    finding = by_key(long.find())["trigger:1:craving"]
    assert finding.n_in > 10 * f.SMALL and finding.n_out > 10 * f.SMALL
    assert finding.effect == pytest.approx(2.0, abs=0.3)
    assert finding.low < finding.effect < finding.high and finding.high - finding.low < 0.6
