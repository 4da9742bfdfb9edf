from datetime import date

from recoveryjournal.domain.milestones import add_months, celebration_key, next_milestone, reached, to_celebrate


def test_milestone_dates_from_a_run_start():
    start = date(2026, 1, 10)
    found = reached(start, date(2028, 1, 10))
    assert [(m.label, m.on) for m in found] == [
        ("1 day", date(2026, 1, 11)),
        ("7 days", date(2026, 1, 17)),
        ("30 days", date(2026, 2, 9)),
        ("60 days", date(2026, 3, 11)),
        ("90 days", date(2026, 4, 10)),
        ("6 months", date(2026, 7, 10)),
        ("1 year", date(2027, 1, 10)),
        ("2 years", date(2028, 1, 10)),
    ]
    assert found[5].days == 181 and found[6].days == 365


def test_nothing_reached_on_the_first_day_and_next_is_one_day():
    start = date(2026, 5, 1)
    assert reached(start, start) == []
    assert next_milestone(start, start).on == date(2026, 5, 2)
    assert next_milestone(start, date(2026, 5, 7)).label == "7 days"
    assert next_milestone(start, date(2026, 5, 8)).label == "30 days"


def test_a_milestone_is_celebrated_once_in_the_week_it_is_reached():
    start = date(2026, 5, 1)
    assert to_celebrate("Alcohol", start, date(2026, 5, 7), set()).label == "1 day"
    seven = to_celebrate("Alcohol", start, date(2026, 5, 8), set())
    assert seven.label == "7 days" and seven.reflection.startswith("A full week")
    assert to_celebrate("Alcohol", start, date(2026, 5, 10), set()) == seven  # not opened on the day: still
    assert to_celebrate("Alcohol", start, date(2026, 5, 10), {celebration_key("alcohol ", seven)}) is None
    assert to_celebrate("Cannabis", start, date(2026, 5, 10), {celebration_key("Alcohol", seven)}) == seven
    assert to_celebrate("Alcohol", start, date(2026, 5, 15), set()) is None  # a week on, it is past news
    assert to_celebrate("Alcohol", start, start, set()) is None
    again = date(2026, 5, 20)  # a new run after a lapse celebrates its own first week
    assert to_celebrate("Alcohol", again, date(2026, 5, 27), {celebration_key("Alcohol", seven)}).days == 7


def test_month_ends_and_leap_days_are_clamped():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 15)
    leap = date(2028, 2, 29)
    assert next_milestone(leap, date(2029, 1, 1)).on == date(2029, 2, 28)


def test_years_keep_coming():
    start = date(2000, 6, 1)
    milestone = next_milestone(start, date(2026, 6, 1))
    assert (milestone.label, milestone.on) == ("27 years", date(2027, 6, 1))


def test_days_in_month_matches_the_calendar_module():
    import calendar

    from recoveryjournal.domain.milestones import days_in_month

    for year in (1999, 2000, 2024, 2025, 2100):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
