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

from recoveryjournal.domain.models import MOOD_LABELS
from recoveryjournal.domain.numbers import decimals, short
from recoveryjournal.domain.patterns import Period
from recoveryjournal.domain.summary import ChartSpec, Section, Summary
from recoveryjournal.domain.text_hygiene import neutralise

DOCUMENT_TITLE = "Summary for my therapist"
CHART_WIDTH = 640
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
    return f"{day.day} {day:%b %Y}"


def moment_text(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y, %H:%M}"


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


def change_words(current: float | None, previous: float | None, days: int) -> str:
    """A mean and how it moved, without calling the movement good or bad."""
    if current is None:
        return "Nothing logged in this period"
    text = number(current)
    if previous is None:
        return f"{text} <span class='muted'>(nothing logged in the {days} days before)</span>"
    delta = current - previous
    if abs(delta) < 0.05:
        move = f"about the same as the {days} days before ({number(previous)})"
    else:
        move = (
            f"{'up' if delta > 0 else 'down'} {decimals(abs(delta))} from {number(previous)} in the {days} days before"
        )
    return f"{text} <span class='muted'>— {move}</span>"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _cell_attributes(css: str) -> str:
    """Numbers align right by attribute as well as class: Qt's rich text honours only the attribute."""
    if not css:
        return ""
    return f' class="{css}" align="right"' if css == "num" else f' class="{css}"'


def table(headers: list[tuple[str, str]], rows: list[list[tuple[str, str]]], caption: str) -> str:
    """A data table; cells are ``(html, css class)``. Headers get ``scope`` for screen readers."""
    head = "".join(f'<th scope="col"{_cell_attributes(css)}>{text}</th>' for text, css in headers)
    body = "".join(
        "<tr>" + "".join(f"<td{_cell_attributes(css)}>{text}</td>" for text, css in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="data" width="100%" cellspacing="0" cellpadding="5" aria-label="{html.escape(caption)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def bullet_list(items: list[str], empty: str) -> str:
    if not items:
        return f'<p class="note">{empty}</p>'
    return "<ul>" + "".join(f"<li>{clean(item)}</li>" for item in items) + "</ul>"


def _cover(summary: Summary) -> str:
    name = f"<h1>{clean(summary.name)}</h1>" if summary.name else f"<h1>{DOCUMENT_TITLE}</h1>"
    made = summary.made_at
    return (
        '<div class="cover">'
        f'<p class="eyebrow">Recovery Journal · {DOCUMENT_TITLE}</p>{name}'
        f'<p class="period">{period_text(summary)} <span class="muted">({plural(summary.options.days, "day")})</span>'
        "</p>"
        f'<p class="muted">Made on {day_text(made.date())} at {made:%H:%M}. It holds only what I chose to share; '
        "private journal entries are never included.</p></div>"
    )


def _glance(summary: Summary) -> str:
    glance, days = summary.glance, summary.options.days
    rows: list[list[tuple[str, str]]] = []
    for line in glance.sober:
        rows.append(
            [
                (f"Sober from {clean(line.substance)}", "label"),
                (
                    f"<b>{plural(line.current_days, 'day')}</b> in the current stretch · longest "
                    f"{plural(line.longest_days, 'day')} · {plural(line.total_days, 'sober day')} in all<br>"
                    f"<span class='muted'>In this period: {line.sober_days_in_period} of {days} days sober, "
                    f"{plural(line.lapse_days_in_period, 'day')} with a lapse</span>",
                    "",
                ),
            ]
        )
    rows.append(
        [
            ("Check-ins", "label"),
            (
                f"{glance.checkins} <span class='muted'>({glance.previous_checkins} in the {days} days before)</span>",
                "",
            ),
        ]
    )
    mood_scale = ", ".join(f"{key} {label.lower()}" for key, label in MOOD_LABELS.items())
    rows.append(
        [
            (f"Mean mood<br><span class='muted'>1–5: {mood_scale}</span>", "label"),
            (change_words(glance.mood.current, glance.mood.previous, days), ""),
        ]
    )
    rows.append(
        [
            ("Mean craving<br><span class='muted'>0 none – 10 strongest</span>", "label"),
            (change_words(glance.craving.current, glance.craving.previous, days), ""),
        ]
    )
    ratings = ", ".join(str(rating) for _, rating in glance.doing_ratings)
    doing = change_words(glance.doing.current, glance.doing.previous, days)
    if glance.doing_ratings:
        doing += f"<br><span class='muted'>{plural(len(glance.doing_ratings), 'answer')} in order: {ratings}</span>"
    rows.append([("“How am I really doing?”<br><span class='muted'>1–10, my own rating</span>", "label"), (doing, "")])
    sessions = plural(glance.session_count, "session")
    if glance.target_hours is None:
        attendance = f"{hours(glance.hours)} hours <span class='muted'>({sessions})</span>"
    else:
        weekly = hours(glance.target_hours * 7 / days)
        attendance = (
            f"{hours(glance.hours)} of {hours(glance.target_hours)} hours "
            f"<span class='muted'>({sessions}; my program's target is {weekly} hours a week)</span>"
        )
    rows.append([("Treatment and support", "label"), (attendance, "")])
    return table([("What", ""), ("This period", "")], rows, "At a glance")


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
        return '<p class="note">No triggers were logged on check-ins in this period.</p>'
    rows = [
        [(clean(row.name), ""), (clean(row.kind), ""), (str(row.count), "num"), (number(row.mean_craving), "num")]
        for row in summary.triggers
    ]
    intro = (
        '<p class="muted">Logged on check-ins in the period. Mean craving is over the check-ins where the trigger '
        "was present (0–10).</p>"
    )
    headers = [("Trigger", ""), ("Kind", ""), ("Times logged", "num"), ("Mean craving", "num")]
    return intro + table(headers, rows, "Top triggers")


def _lapses(summary: Summary) -> str:
    if not summary.lapses:
        return '<p class="note">No lapses were logged in this period.</p>'
    parts = ['<p class="muted">A lapse is information about what makes things hard and what helps.</p>']
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
            ("—" if row.mean_drop is None else f"{decimals(row.mean_drop)} points", "num"),
        ]
        for row in summary.coping
    ]
    return table(
        [("Coping tool", ""), ("Times used", "num"), ("Rated before and after", "num"), ("Craving fell by", "num")],
        rows,
        "Coping tools",
    )


def _plan(summary: Summary) -> str:
    plan = summary.plan
    reviewed = f"Last reviewed on {day_text(plan.last_reviewed.date())}." if plan.last_reviewed else "Not reviewed yet."
    contacts = [
        " — ".join(part for part in (c.name, c.relation, f"when: {c.when_to_call}" if c.when_to_call else "") if part)
        for c in plan.contacts
    ]
    parts = [
        f'<p class="muted">{reviewed}</p>',
        "<h3>My triggers</h3>",
        bullet_list(plan.triggers, "None written down yet."),
        "<h3>Early warning signs</h3>",
        bullet_list(plan.warning_signs, "None written down yet."),
        "<h3>Go-to actions</h3>",
        bullet_list(plan.actions, "None chosen yet."),
        "<h3>People I can call</h3>",
        bullet_list(contacts, "None added yet."),
        "<h3>What changed in this period</h3>",
    ]
    if not plan.changes:
        parts.append('<p class="note">The plan was not reviewed in this period.</p>')
    for change in plan.changes:
        parts.append(f"<p><b>Review on {day_text(change.at.date())}</b></p>" + bullet_list(change.lines, ""))
    return "".join(parts)


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
        label = "Reflection" if item.kind == "reflection" else "Journal entry"
        parts.append(
            f'<div class="item"><h3>{clean(item.title)}</h3>'
            f'<p class="muted">{label} · {moment_text(item.at)}</p>{paragraphs(item.text)}</div>'
        )
    return "".join(parts)


def _topics(summary: Summary) -> str:
    return paragraphs(summary.topics) or '<p class="note">Nothing written down this time.</p>'


def section_bodies(
    summary: Summary, charts: dict[str, bytes | None], chart_width: int = CHART_WIDTH
) -> list[tuple[Section | None, str, str]]:
    """``(section, heading, body html)`` in reading order, starting with the cover; shared with session review."""
    builders = {
        Section.GLANCE: _glance,
        Section.CHARTS: lambda s: _charts(s, charts, chart_width),
        Section.TRIGGERS: _triggers,
        Section.LAPSES: _lapses,
        Section.COPING: _coping,
        Section.PLAN: _plan,
        Section.GOALS: _goals,
        Section.SHARED: _shared,
        Section.TOPICS: _topics,
    }
    parts: list[tuple[Section | None, str, str]] = [(None, "", _cover(summary))]
    parts += [(section, section.label, builders[section](summary)) for section in summary.sections]
    return parts


def _heading(section: Section | None, heading: str) -> str:
    """Section headings; the charts start a new printed page so each pair of charts stays with its captions."""
    if section is None:
        return ""
    if section is Section.CHARTS:
        return f'<h2 id="{section.value}" style="page-break-before: always">{html.escape(heading)}</h2>'
    return f'<hr><h2 id="{section.value}">{html.escape(heading)}</h2>'


def render_html(summary: Summary, charts: dict[str, bytes | None]) -> str:
    """The whole summary as one self-contained HTML document (UTF-8, no outside references)."""
    body = "".join(
        _heading(section, heading) + content for section, heading, content in section_bodies(summary, charts)
    )
    title = f"{DOCUMENT_TITLE} · {period_text(summary)}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="Recovery Journal">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )
