"""The summary's "Questionnaires, sleep and medication" section as HTML (see ``domain/summary_measures.py``)."""

from __future__ import annotations

from recoveryjournal.domain.measure_trends import SHORT_NIGHT_HOURS, percent
from recoveryjournal.domain.summary_measures import MeasuresSection
from recoveryjournal.export.summary_render import clean, day_text, number, plural, table


def _signed(change: int | None) -> str:
    if change is None:
        return "—"
    return "no change" if change == 0 else f"{change:+d}"


def render_measures(section: MeasuresSection | None) -> str:
    if section is None or section.is_empty:
        return '<p class="note">No questionnaires, sleep or medication were logged in this period.</p>'
    parts = []
    for title, at in section.flagged:
        parts.append(
            f"<p><b>⚑ Please note:</b> on {day_text(at.date())} an answer on the {clean(title)} called for the safety "
            "response (for the PHQ-9, question 9 answered above “Not at all”). The answer is kept as given.</p>"
        )
    if section.trends:
        parts.append(
            '<p class="muted">Scores with their published bands, oldest first. A score is for noticing change, not a '
            "diagnosis.</p>"
        )
        rows = []
        for trend in section.trends:
            scores = "; ".join(
                f"{day_text(point.at.date())}: <b>{point.total}</b> {clean(point.band)}{' ⚑' if point.safety else ''}"
                for point in trend.points
            )
            change = f"{trend.first.total} → {trend.last.total} ({_signed(trend.change)})"
            rows.append([(clean(trend.title), ""), (scores, ""), (change, "num")])
        parts.append(
            table([("Questionnaire", ""), ("Scores", ""), ("First → last", "num")], rows, "Questionnaire scores")
        )
    else:
        parts.append('<p class="note">No questionnaires were taken in this period.</p>')
    sleep = section.sleep
    if sleep.nights:
        parts.append(
            f"<p><b>Sleep:</b> {plural(sleep.nights, 'night')} logged; mean {number(sleep.mean_hours)} hours, "
            f"<b>{plural(sleep.short_nights, 'night')} under {SHORT_NIGHT_HOURS:g} hours</b>; mean quality "
            f"{number(sleep.mean_quality)} of 5.</p>"
        )
    if section.adherence:
        rows = [
            [
                (clean(row.medication) + (" <span class='muted'>(MOUD)</span>" if row.moud else ""), ""),
                (str(row.taken), "num"),
                (str(row.missed), "num"),
                (str(row.not_due), "num"),
                (percent(row.rate), "num"),
            ]
            for row in section.adherence
        ]
        parts.append(
            table(
                [("Medication", ""), ("Taken", "num"), ("Missed", "num"), ("Not due", "num"), ("Adherence", "num")],
                rows,
                "Medication adherence",
            )
        )
        parts.append('<p class="muted">Adherence: days taken out of the days it was due (taken or missed).</p>')
    return "".join(parts)
