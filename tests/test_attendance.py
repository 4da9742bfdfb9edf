from datetime import date, datetime, timedelta, timezone

from recoveryjournal import i18n
from recoveryjournal.domain.attendance import (
    Aftercare,
    AttendancePlan,
    program_message,
    setting_date,
    week_of,
    weekly_attendance,
)
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession

LA = timezone(timedelta(hours=-8))
TOKYO = timezone(timedelta(hours=9))


def session(at, hours, kind=SessionKind.GROUP):
    return TreatmentSession(at=at, kind=kind, hours=hours)


def test_hours_and_days_per_week_against_target():
    sessions = [
        session(datetime(2026, 3, 2, 18, tzinfo=LA), 3),  # Monday
        session(datetime(2026, 3, 2, 10, tzinfo=LA), 1.5),  # same day
        session(datetime(2026, 3, 4, 18, tzinfo=LA), 3),
        session(datetime(2026, 3, 6, 18, tzinfo=LA), 2),
        session(datetime(2026, 3, 17, 18, tzinfo=LA), 2.5),
    ]
    rows = weekly_attendance(sessions, target_hours=9)
    assert [(r.week_start, r.hours, r.days, r.sessions) for r in rows] == [
        (date(2026, 3, 16), 2.5, 1, 1),
        (date(2026, 3, 9), 0, 0, 0),
        (date(2026, 3, 2), 9.5, 3, 4),
    ]
    assert rows[2].on_target and not rows[0].on_target
    assert rows[2].summary == "9.5 of 9 hours, on 3 days"
    assert rows[0].summary == "2.5 of 9 hours, on 1 day"


def test_weeks_follow_the_local_day_stored_with_each_session():
    # Sunday 23:30 in Los Angeles is Monday in UTC and in Tokyo: it stays in the week it was lived in.
    sunday_night = session(datetime(2026, 3, 8, 23, 30, tzinfo=LA), 2)
    # Monday 07:00 in Tokyo is still Sunday in UTC: it belongs to the new week.
    monday_morning = session(datetime(2026, 3, 9, 7, 0, tzinfo=TOKYO), 1)
    rows = weekly_attendance([sunday_night, monday_morning])
    assert [(r.week_start, r.hours, r.days) for r in rows] == [(date(2026, 3, 9), 1, 1), (date(2026, 3, 2), 2, 1)]


def test_weeks_start_on_the_persons_first_day():
    sessions = [session(datetime(2026, 3, 8, 18, tzinfo=LA), 2), session(datetime(2026, 3, 14, 18, tzinfo=LA), 1)]
    sunday = AttendancePlan(6, first_day="sunday")
    rows = weekly_attendance(sessions, plan=sunday)  # Sunday 8 March to Saturday 14 March is one week
    assert [(r.week_start, r.hours, r.days) for r in rows] == [(date(2026, 3, 8), 3, 2)]
    assert week_of(rows, date(2026, 3, 14), sunday).hours == 3
    by_monday = weekly_attendance(sessions, plan=AttendancePlan(6))
    assert [(r.week_start, r.hours) for r in by_monday] == [(date(2026, 3, 9), 1), (date(2026, 3, 2), 2)]
    assert AttendancePlan.from_settings({"week_start": "sunday"}.get).first_day == "sunday"
    assert AttendancePlan.from_settings({"week_start": "friday"}.get).first_day == "monday"


def test_through_today_adds_empty_recent_weeks_and_week_of():
    rows = weekly_attendance([session(datetime(2026, 3, 2, 9, tzinfo=LA), 2)], 6, through=date(2026, 3, 18))
    assert [r.week_start for r in rows] == [date(2026, 3, 16), date(2026, 3, 9), date(2026, 3, 2)]
    assert week_of(rows, date(2026, 3, 4)).hours == 2
    empty = week_of(rows, date(2026, 4, 1), 6)
    assert (empty.week_start, empty.hours, empty.target_hours) == (date(2026, 3, 30), 0.0, 6)
    assert weekly_attendance([]) == []


def test_program_message():
    start, end = date(2026, 3, 2), date(2026, 4, 26)
    assert program_message(None, None, start).startswith("Add your program's start date")
    assert program_message(start, end, date(2026, 3, 1)) == "Your program starts on 2 March 2026."
    assert program_message(start, end, date(2026, 3, 16)) == "Week 3 of 8 — your program ends on 26 April 2026."
    assert program_message(start, None, date(2026, 3, 8)) == "Week 1 of your program."
    assert program_message(start, end, date(2026, 4, 27)).startswith("Your program ended on 26 April 2026.")


def test_settings_round_trip():
    assert setting_date("2026-03-02") == date(2026, 3, 2)
    assert setting_date("") is None and setting_date("soon") is None and setting_date(None) is None
    plan = Aftercare(therapy="Weekly with Dr Lee", check_ins="Daily check-in at 9pm")
    assert Aftercare.from_setting(plan.as_setting()) == plan
    assert Aftercare.from_setting(None) == Aftercare()


def test_program_message_and_week_status_speak_the_language_chosen():
    start, end = date(2026, 3, 2), date(2026, 4, 26)
    with i18n.speaking("es"):
        message = program_message(start, end, date(2026, 3, 16))
        kind = SessionKind.INDIVIDUAL.label
    assert message == "Semana 3 de 8: tu programa termina el 26 de abril de 2026."
    assert kind == "Terapia individual"
