"""The therapist summary as one HTML document: the same markup is written to the .html file, shown in the preview and
laid out into the PDF, so what the person previews is what the therapist gets.

The markup keeps to what both browsers and Qt's rich-text engine understand (tables with attributes, simple class
selectors); charts are inline SVG images as ``data:`` URIs so the file stands alone. Every piece of the person's text
goes through ``text_hygiene.neutralise`` and is escaped.
"""

from __future__ import annotations

import base64
import html
from datetime import date, datetime

from recoveryjournal.domain import dates
from recoveryjournal.domain.models import mood_label
from recoveryjournal.domain.numbers import decimals, plural, short
from recoveryjournal.domain.patterns import MIN_RATED_TO_RANK, Period, change_text, coverage_text
from recoveryjournal.domain.summary import (
    BRIEF_SECTIONS,
    Attendance,
    Change,
    ChartSpec,
    Section,
    SoberLine,
    Summary,
)
from recoveryjournal.domain.text_hygiene import neutralise

DOCUMENT_TITLE = "Summary for my therapist"
CHART_WIDTH = 640
WEEKS_IN_BRIEF = 8
FLAG_DETAILS = 5
"""Dated details shown under a flag on page one; the rest are counted ("and 3 more")."""
"""Up to this many weeks the brief lists each week's hours; beyond, their mean."""
SVG_PREFIX = "data:image/svg+xml;base64,"

STYLE = """
body { font-family: "Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
       font-size: 10.5pt; color: #1b1f24; line-height: 135%; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; font-weight: 600; color: #17324d; margin: 0 0 4pt 0; }
h2 { font-size: 14pt; font-weight: 600; color: #17324d; margin: 4pt 0 6pt 0; }
hr { border: 0; border-top: 1px solid #9aa7b4; height: 0; margin: 16pt 0 0 0; }
h3 { font-size: 11pt; font-weight: 600; color: #1b1f24; margin: 12pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
.eyebrow { font-size: 9pt; color: #4b5661; letter-spacing: 0.05em; text-transform: uppercase; margin: 0; }
.period { font-size: 13pt; color: #1b1f24; margin: 2pt 0 2pt 0; }
.muted { color: #4b5661; font-size: 9pt; }
.note { color: #4b5661; font-style: italic; }
.cover { margin-bottom: 8pt; }
.flag { margin: 0 0 4pt 0; }
.why { color: #1b1f24; }
table.data { border-collapse: collapse; margin: 4pt 0 8pt 0; }
table.data th { background-color: #e8ecf1; color: #17324d; font-weight: 600; text-align: left;
                border-bottom: 1px solid #9aa7b4; }
table.data td { border-bottom: 1px solid #d5dbe1; vertical-align: top; }
td.num, th.num { text-align: right; }
td.label { color: #4b5661; width: 34%; }
.chart { margin: 8pt 0 14pt 0; }
.chart img { max-width: 100%; height: auto; }
.item { margin: 0 0 10pt 0; }
.text { margin: 2pt 0 0 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-after: avoid; }
  table.data tr, .chart, .item { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 18mm 16mm 18mm 16mm; }
"""


def clean(text: str) -> str:
    """The person's text, made safe to show and escaped for HTML."""
    return html.escape(neutralise(text), quote=True)


def paragraphs(text: str, css: str = "text") -> str:
    """Free text as paragraphs: blank lines separate paragraphs, single line breaks are kept."""
    blocks = [block.strip("\n") for block in neutralise(text).replace("\r", "").split("\n\n")]
    return "".join(
        f'<p class="{css}">' + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block.strip()
    )


def day_text(day: date) -> str:
    return dates.short_date(day)


def moment_text(moment: datetime) -> str:
    return dates.short_date_time(moment)


def period_text(summary: Summary) -> str:
    return Period(summary.start, summary.end).describe()


def header_text(summary: Summary) -> str:
    """The running header of every PDF page."""
    who = f"{summary.name} · " if summary.name else ""
    return f"{who}{DOCUMENT_TITLE} · {period_text(summary)}"


def number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else decimals(value, digits)


def hours(value: float) -> str:
    return short(value)


def change_words(change: Change, days: int, coverage: str) -> str:
    """A mean and how it moved, without calling the movement good or bad; no change is printed when the period
    before has too few days with data (``coverage`` then says how few)."""
    if change.current is None:
        return "Nothing logged in this period"
    text = number(change.current)
    if change.previous is None:
        return f"{text} <span class='muted'>(nothing logged in the {days} days before)</span>"
    if not change.comparable:
        return f"{text} <span class='muted'>(not compared: {coverage})</span>"
    delta = change.current - change.previous
    if number(abs(delta)) == number(0.0):
        move = f"about the same as the {days} days before ({number(change.previous)})"
    else:
        direction = "up" if delta > 0 else "down"
        move = f"{direction} {decimals(abs(delta))} from {number(change.previous)} in the {days} days before"
    return f"{text} <span class='muted'>— {move}</span>"


def _cell_attributes(css: str) -> str:
    """Numbers align right by attribute as well as class: Qt's rich text honours only the attribute."""
    if not css:
        return ""
    return f' class="{css}" align="right"' if css == "num" else f' class="{css}"'


def table(headers: list[tuple[str, str]], rows: list[list[tuple[str, str]]], caption: str, padding: int = 5) -> str:
    """A data table; cells are ``(html, css class)``. Headers get ``scope`` for screen readers."""
    head = "".join(f'<th scope="col"{_cell_attributes(css)}>{text}</th>' for text, css in headers)
    body = "".join(
        "<tr>" + "".join(f"<td{_cell_attributes(css)}>{text}</td>" for text, css in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="data" width="100%" cellspacing="0" cellpadding="{padding}" aria-label="{html.escape(caption)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def bullet_list(items: list[str], empty: str) -> str:
    if not items:
        return f'<p class="note">{empty}</p>'
    return "<ul>" + "".join(f"<li>{clean(item)}</li>" for item in items) + "</ul>"


def _cover(summary: Summary) -> str:
    name = f"<h1>{clean(summary.name)}</h1>" if summary.name else f"<h1>{DOCUMENT_TITLE}</h1>"
    made = summary.made_at
    kind = "The brief" if summary.options.brief_only else "Page one is the brief; the details follow"
    return (
        '<div class="cover">'
        f'<p class="eyebrow">Recovery Journal · {DOCUMENT_TITLE}</p>{name}'
        f'<p class="period">{period_text(summary)} <span class="muted">({plural(summary.options.days, "day")})</span>'
        "</p>"
        f'<p class="muted">Made on {day_text(made.date())} at {made:%H:%M}. {kind}. It holds only what I chose to '
        "share; private journal entries are never included.</p></div>"
    )


def _flags(summary: Summary) -> str:
    parts = []
    if not summary.flags:
        parts.append('<p class="note">Nothing was flagged in this period.</p>')
    for flag in summary.flags:
        shown = [clean(detail) for detail in flag.details[:FLAG_DETAILS]]
        if len(flag.details) > FLAG_DETAILS:
            shown.append(f"and {len(flag.details) - FLAG_DETAILS} more")
        details = " · ".join(shown)
        parts.append(
            f'<p class="flag"><b>{clean(flag.title)}</b> <span class="why">— {clean(flag.why)}</span>'
            + (f'<br><span class="muted">{details}</span>' if details else "")
            + "</p>"
        )
    if summary.findings:
        parts.append("<p><b>What stood out</b></p>" + bullet_list(summary.findings, ""))
    return "".join(parts)


def _sober_words(line: SoberLine, days: int, today: date) -> str:
    text = (
        f"<b>{plural(line.current_days, 'day')}</b> in the current stretch · longest "
        f"{plural(line.longest_days, 'day')} · {plural(line.total_days, 'sober day')} in all<br>"
        f"<span class='muted'>In this period: {line.sober_days_in_period} of {days} days sober, "
        f"{plural(line.lapse_days_in_period, 'day')} with a lapse"
    )
    if line.open_days == 1:
        text += f"; today ({day_text(today)}) is not over yet, so it is not counted"
    elif line.open_days > 1:
        text += f"; {plural(line.open_days, 'day')} from today on are not over yet, so they are not counted"
    return text + "</span>"


def _attendance_words(attendance: Attendance) -> str:
    sessions = plural(attendance.sessions, "session")
    if attendance.hours_per_week is None:
        return f"{hours(attendance.hours)} hours <span class='muted'>({sessions})</span>"
    lines = []
    if attendance.program_days and attendance.program_target is not None:
        lines.append(
            f"In the program: {hours(attendance.program_hours)} of {hours(attendance.program_target)} hours "
            f"<span class='muted'>(target {hours(attendance.hours_per_week)} hours a week, over "
            f"{plural(attendance.program_days, 'day')} of this period)</span>"
        )
    if attendance.aftercare_days:
        after = attendance.aftercare_sessions
        if attendance.aftercare_target is None:
            lines.append(
                f"After the program: {plural(after, 'session')} <span class='muted'>(no aftercare aim set)</span>"
            )
        else:
            lines.append(
                f"After the program: {after} of {hours(attendance.aftercare_target)} sessions or meetings "
                f"<span class='muted'>(my aftercare aim, over {plural(attendance.aftercare_days, 'day')})</span>"
            )
    if not lines:
        lines.append(f"{hours(attendance.hours)} hours <span class='muted'>({sessions}; before the program)</span>")
    weekly = [f"{hours(week.hours)}" for week in attendance.weeks]
    if len(weekly) > WEEKS_IN_BRIEF:
        mean = sum(week.hours for week in attendance.weeks) / len(weekly)
        lines.append(
            f"<span class='muted'>{hours(mean)} hours a week on average over {len(weekly)} weeks "
            "(week by week in the details)</span>"
        )
    elif weekly:
        first = day_text(attendance.weeks[0].week_start)
        lines.append(f"<span class='muted'>Hours per week, from the week of {first}: {', '.join(weekly)}</span>")
    return "<br>".join(lines)


def _glance(summary: Summary) -> str:
    glance, days = summary.glance, summary.options.days
    today = summary.made_at.date()
    coverage = coverage_text(summary.options.period, glance.previous_days)
    rows: list[list[tuple[str, str]]] = []
    for line in glance.sober:
        rows.append([(f"Sober from {clean(line.substance)}", "label"), (_sober_words(line, days, today), "")])
    if glance.comparable:
        before = f"{glance.previous_checkins} in the {days} days before; {coverage}"
    else:
        before = f"{coverage}, too few to compare"
    rows.append(
        [
            ("Check-ins", "label"),
            (
                f"{glance.checkins} on {glance.checkin_days} of {plural(glance.counted_days, 'day')} "
                f"<span class='muted'>({before})</span>",
                "",
            ),
        ]
    )
    mood_scale = f"1 {mood_label(1).lower()} – 5 {mood_label(5).lower()}"
    rows.append(
        [
            (f"Mean mood<br><span class='muted'>{mood_scale}</span>", "label"),
            (change_words(glance.mood, days, coverage), ""),
        ]
    )
    rows.append(
        [
            ("Mean craving<br><span class='muted'>0 none – 10 strongest</span>", "label"),
            (change_words(glance.craving, days, coverage), ""),
        ]
    )
    ratings = ", ".join(str(rating) for _, rating in glance.doing_ratings)
    answers = coverage_text(summary.options.period, glance.previous_rating_days, "answers")
    doing = change_words(glance.doing, days, answers)
    if glance.doing_ratings:
        doing += f"<br><span class='muted'>{plural(len(glance.doing_ratings), 'answer')} in order: {ratings}</span>"
    rows.append([("“How am I really doing?”<br><span class='muted'>1–10, my own rating</span>", "label"), (doing, "")])
    rows.append([("Treatment and support", "label"), (_attendance_words(glance.attendance), "")])
    return table([("What", ""), ("This period", "")], rows, "Key numbers", padding=3)


def _since(summary: Summary) -> str:
    since = summary.since
    intro = (
        f"Since {day_text(since.since)}, the day after my last summary ended."
        if since.since
        else "This is my first summary, so these are the changes within this period."
    )
    parts = [f'<p class="muted">{intro}</p>']
    if since.empty:
        parts.append('<p class="note">No changes to my plan and no new triggers.</p>')
    for change in since.plan_changes:
        lines = "; ".join(clean(line) for line in change.lines)
        parts.append(f"<p><b>Plan reviewed on {day_text(change.at.date())}:</b> {lines}</p>")
    if since.new_triggers:
        names = ", ".join(clean(name) for name in since.new_triggers)
        parts.append(f"<p><b>Triggers logged for the first time:</b> {names}</p>")
    parts += [f"<p>{clean(line)}</p>" for line in since.other]
    return "".join(parts)


def chart_image(spec: ChartSpec, svg: bytes | None, alt: str, width: int = CHART_WIDTH) -> str:
    if svg is None:
        return (
            f'<div class="chart"><h3>{html.escape(spec.title)}</h3>'
            '<p class="note">Not enough was logged in this period to show this chart.</p></div>'
        )
    source = SVG_PREFIX + base64.b64encode(svg).decode("ascii")
    return (
        f'<div class="chart"><p class="muted">{html.escape(spec.description)}</p>'
        f'<p><img src="{source}" width="{width}" alt="{html.escape(alt, quote=True)}"></p></div>'
    )


def _charts(summary: Summary, charts: dict[str, bytes | None], width: int) -> str:
    alts = chart_alt_texts(summary)
    return "".join(
        chart_image(spec, charts.get(spec.key), alts.get(spec.key, spec.description), width) for spec in summary.charts
    )


def chart_alt_texts(summary: Summary) -> dict[str, str]:
    """Words for each chart, for screen readers and for anyone who cannot see the picture."""
    triggers = "; ".join(f"{row.name}: {row.count}" for row in summary.triggers[:6]) or "none logged"
    helps = "; ".join(
        f"{row.name}: fell {number(row.mean_drop)}" for row in summary.coping if row.mean_drop is not None
    )
    glance = summary.glance
    return {
        "triggers": f"Bar chart of triggers logged in the period. {triggers}.",
        "when": "Heatmap of triggers by weekday and hour of the day.",
        "trend": f"Line chart of daily mood and craving. Mean mood {number(glance.mood.current)}, "
        f"mean craving {number(glance.craving.current)}.",
        "helps": "Bar chart of coping tools by mean craving drop. " + (helps or "No tool was rated before and after."),
    }


def _triggers(summary: Summary) -> str:
    if not summary.triggers:
        return '<p class="note">No triggers were logged in this period.</p>'
    glance = summary.glance
    comparable = summary.patterns.comparable
    rows = []
    for row in summary.triggers:
        cells = [(clean(row.name), ""), (clean(row.kind), ""), (str(row.count), "num")]
        if comparable:
            cells.append((change_text(row.change or 0) if row.change is not None else "—", "num"))
        cells.append((number(row.mean_craving), "num"))
        rows.append(cells)
    coverage = coverage_text(summary.options.period, glance.previous_days)
    compare = (
        f"Change is against the {summary.options.days} days before ({coverage})."
        if comparable
        else f"No change is shown: {coverage}, too few to compare."
    )
    intro = (
        '<p class="muted">Times each trigger was ticked on a check-in or tagged on a journal entry (private entries '
        f"are not counted), the same count as in Insights. {compare} Mean craving is over the check-ins where the "
        "trigger was present (0–10).</p>"
    )
    headers = [("Trigger", ""), ("Kind", ""), ("Times logged", "num")]
    if comparable:
        headers.append(("Change", "num"))
    headers.append(("Mean craving", "num"))
    return intro + table(headers, rows, "Top triggers")


def _lapses(summary: Summary) -> str:
    if not summary.lapses:
        return '<p class="note">No lapses were logged in this period.</p>'
    rows = [[(moment_text(lapse.at), ""), (clean(lapse.substance), "")] for lapse in summary.lapses]
    account = (
        "My own account of each lapse follows below."
        if summary.has(Section.LAPSE_ACCOUNTS)
        else "My own account of each lapse is not included in this summary; we can talk about it."
    )
    return (
        f'<p class="muted">A lapse is information about what makes things hard and what helps. {account}</p>'
        + table([("When", ""), ("Substance", "")], rows, "Lapses")
    )


def _lapse_accounts(summary: Summary) -> str:
    if not summary.lapses:
        return '<p class="note">No lapses were logged in this period.</p>'
    parts = []
    for lapse in summary.lapses:
        what = clean(lapse.substance) + (f" ({clean(lapse.amount)})" if lapse.amount.strip() else "")
        details = [
            ("What was going on", lapse.context),
            ("What helped", lapse.what_helped),
            ("Note", lapse.note),
        ]
        body = (
            "".join(f"<p><b>{label}:</b> {clean(text)}</p>" for label, text in details if text.strip())
            or '<p class="note">No details were written down.</p>'
        )
        parts.append(f'<div class="item"><h3>{moment_text(lapse.at)} — {what}</h3>{body}</div>')
    return "".join(parts)


def _coping(summary: Summary) -> str:
    if not summary.coping:
        return '<p class="note">No coping tools were logged in this period.</p>'
    rows = [
        [
            (clean(row.name), ""),
            (str(row.uses), "num"),
            (str(row.rated), "num"),
            (
                ("—" if row.mean_drop is None else f"{decimals(row.mean_drop)} points")
                if row.ranked
                else "too few ratings to rank",
                "num",
            ),
        ]
        for row in summary.coping
    ]
    intro = (
        f'<p class="muted">Ranked by how much craving fell, only from tools rated before and after at least '
        f"{MIN_RATED_TO_RANK} times; tools with fewer ratings follow, most used first.</p>"
    )
    return intro + table(
        [("Coping tool", ""), ("Times used", "num"), ("Rated before and after", "num"), ("Craving fell by", "num")],
        rows,
        "Coping tools",
    )


def _plan(summary: Summary) -> str:
    plan = summary.plan
    reviewed = f"Last reviewed on {day_text(plan.last_reviewed.date())}." if plan.last_reviewed else "Not reviewed yet."
    if summary.has(Section.CONTACTS):
        people = "Their names and notes follow below."
    else:
        people = "Their names and notes are not included in this summary."
    parts = [
        f'<p class="muted">{reviewed}</p>',
        "<h3>My triggers</h3>",
        bullet_list(plan.triggers, "None written down yet."),
        "<h3>Early warning signs</h3>",
        bullet_list(plan.warning_signs, "None written down yet."),
        "<h3>Go-to actions</h3>",
        bullet_list(plan.actions, "None chosen yet."),
        "<h3>People I can call</h3>",
        f"<p>{plural(plan.contact_count, 'person', 'people')} in my plan. {people}</p>",
        "<h3>What changed in this period</h3>",
    ]
    if not plan.changes:
        parts.append('<p class="note">The plan was not reviewed in this period.</p>')
    for change in plan.changes:
        parts.append(f"<p><b>Review on {day_text(change.at.date())}</b></p>" + bullet_list(change.lines, ""))
    return "".join(parts)


def _contacts(summary: Summary) -> str:
    contacts = [
        " — ".join(part for part in (c.name, c.relation, f"when: {c.when_to_call}" if c.when_to_call else "") if part)
        for c in summary.plan.contacts
    ]
    return '<p class="muted">Phone numbers are never included.</p>' + bullet_list(contacts, "None added yet.")


def _attendance(summary: Summary) -> str:
    attendance = summary.glance.attendance
    if not attendance.weeks:
        return '<p class="note">No treatment or support sessions were logged in these weeks.</p>'
    rows = [
        [
            (f"Week of {day_text(week.week_start)}", ""),
            (hours(week.hours), "num"),
            (str(week.sessions), "num"),
            (week.status if attendance.hours_per_week is not None else "", ""),
        ]
        for week in attendance.weeks
    ]
    return (
        '<p class="muted">Whole weeks, Monday to Sunday, as on my Treatment page: the program\'s hours target applies '
        "between its start and end dates, my own aftercare aim after it.</p>"
        + table([("Week", ""), ("Hours", "num"), ("Sessions", "num"), ("Target", "")], rows, "Weeks")
    )


def _goals(summary: Summary) -> str:
    if not summary.goals:
        return '<p class="note">No weekly goals were set for these weeks.</p>'
    kept, total = summary.goals_kept
    rows = [
        [(f"Week of {day_text(goal.week_start)}", ""), (clean(goal.text), ""), ("Done" if goal.done else "Not yet", "")]
        for goal in summary.goals
    ]
    return f"<p>Kept <b>{kept} of {total}</b> weekly goals.</p>" + table(
        [("Week", ""), ("Goal", ""), ("Kept", "")], rows, "Weekly goals"
    )


def _shared(summary: Summary) -> str:
    if not summary.shared:
        return '<p class="note">I did not choose any reflections or journal entries to share this time.</p>'
    parts = []
    for item in summary.shared:
        parts.append(
            f'<div class="item"><h3>{clean(item.title)}</h3>'
            f'<p class="muted">{item.label} · {moment_text(item.at)}</p>{paragraphs(item.text)}</div>'
        )
    return "".join(parts)


def _topics(summary: Summary) -> str:
    return paragraphs(summary.topics) or '<p class="note">Nothing written down this time.</p>'


def _measures(summary: Summary) -> str:
    from recoveryjournal.export.summary_measures import render_measures  # it builds on this module's helpers

    return render_measures(summary.measures)


def section_bodies(
    summary: Summary, charts: dict[str, bytes | None], chart_width: int = CHART_WIDTH
) -> list[tuple[Section | None, str, str]]:
    """``(section, heading, body html)`` in reading order, starting with the cover; shared with session review."""
    builders = {
        Section.FLAGS: _flags,
        Section.TOPICS: _topics,
        Section.GLANCE: _glance,
        Section.SINCE: _since,
        Section.CHARTS: lambda s: _charts(s, charts, chart_width),
        Section.MEASURES: _measures,
        Section.ATTENDANCE: _attendance,
        Section.TRIGGERS: _triggers,
        Section.LAPSES: _lapses,
        Section.LAPSE_ACCOUNTS: _lapse_accounts,
        Section.COPING: _coping,
        Section.PLAN: _plan,
        Section.CONTACTS: _contacts,
        Section.GOALS: _goals,
        Section.SHARED: _shared,
    }
    parts: list[tuple[Section | None, str, str]] = [(None, "", _cover(summary))]
    parts += [(section, section.label, builders[section](summary)) for section in summary.sections]
    return parts


def _heading(section: Section | None, heading: str, first_detail: bool) -> str:
    """Section headings; the details start on a new printed page, after the one-page brief."""
    if section is None:
        return ""
    if first_detail:
        return f'<h2 id="{section.value}" style="page-break-before: always">{html.escape(heading)}</h2>'
    rule = "" if section in BRIEF_SECTIONS else "<hr>"
    return f'{rule}<h2 id="{section.value}">{html.escape(heading)}</h2>'


def _first_detail(summary: Summary) -> Section | None:
    return next((section for section in summary.sections if section not in BRIEF_SECTIONS), None)


def render_html(summary: Summary, charts: dict[str, bytes | None]) -> str:
    """The whole summary as one self-contained HTML document (UTF-8, no outside references)."""
    first_detail = _first_detail(summary)
    body = "".join(
        _heading(section, heading, section is first_detail and section is not summary.sections[0]) + content
        for section, heading, content in section_bodies(summary, charts)
    )
    title = f"{DOCUMENT_TITLE} · {period_text(summary)}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="Recovery Journal">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )
