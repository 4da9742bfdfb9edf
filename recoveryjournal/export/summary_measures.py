"""The summary's "Questionnaires, sleep and medication" section as HTML (see ``domain/summary_measures.py``)."""

from __future__ import annotations

from recoveryjournal.domain.measure_trends import SHORT_NIGHT_HOURS, percent
from recoveryjournal.domain.summary_measures import MeasuresSection
from recoveryjournal.export.summary_html import clean, day_text, muted, note, number, table
from recoveryjournal.i18n import translate


def _signed(change: int | None) -> str:
    if change is None:
        return "—"
    return translate("Summary", "no change") if change == 0 else f"{change:+d}"


def render_measures(section: MeasuresSection | None) -> str:
    if section is None or section.is_empty:
        return note(translate("Summary", "No questionnaires, sleep or medication were logged in this period."))
    parts = []
    for title, at in section.flagged:
        please = translate("Summary", "⚑ Please note:")
        flagged = translate(
            "Summary",
            "on {day} an answer on the {questionnaire} called for the safety response (for the PHQ-9, question 9 "
            "answered above “Not at all”). The answer is kept as given.",
        ).format(day=day_text(at.date()), questionnaire=clean(title))
        parts.append(f"<p><b>{please}</b> {flagged}</p>")
    if section.trends:
        scores_note = translate(
            "Summary",
            "Scores with their published bands, oldest first. A score is for noticing change, not a diagnosis.",
        )
        parts.append(f'<p class="muted">{scores_note}</p>')
        rows = []
        for trend in section.trends:
            scores = "; ".join(
                f"{day_text(point.at.date())}: <b>{point.total}</b> {clean(point.band)}{' ⚑' if point.safety else ''}"
                for point in trend.points
            )
            change = f"{trend.first.total} → {trend.last.total} ({_signed(trend.change)})"
            rows.append([(clean(trend.title), ""), (scores, ""), (change, "num")])
        headers = [
            (translate("Summary", "Questionnaire"), ""),
            (translate("Summary", "Scores"), ""),
            (translate("Summary", "First → last"), "num"),
        ]
        parts.append(table(headers, rows, translate("Summary", "Questionnaire scores")))
    else:
        parts.append(note(translate("Summary", "No questionnaires were taken in this period.")))
    sleep = section.sleep
    if sleep.nights:
        sleep_text = translate(
            "Summary",
            "%n night(s) logged; mean {hours} hours, {short_nights}; mean quality {quality} of 5.",
            None,
            sleep.nights,
        )
        short_nights = translate("Summary", "%n night(s) under {hours} hours", None, sleep.short_nights).format(
            hours=f"{SHORT_NIGHT_HOURS:g}"
        )
        sleep_text = sleep_text.format(
            hours=number(sleep.mean_hours), short_nights=f"<b>{short_nights}</b>", quality=number(sleep.mean_quality)
        )
        parts.append(f"<p><b>{translate('Summary', 'Sleep:')}</b> {sleep_text}</p>")
    if section.adherence:
        rows = [
            [
                (clean(row.medication) + (" " + muted(translate("Summary", "(MOUD)")) if row.moud else ""), ""),
                (str(row.taken), "num"),
                (str(row.missed), "num"),
                (str(row.not_due), "num"),
                (percent(row.rate), "num"),
            ]
            for row in section.adherence
        ]
        headers = [
            (translate("Summary", "Medication"), ""),
            (translate("Summary", "Taken"), "num"),
            (translate("Summary", "Missed"), "num"),
            (translate("Summary", "Not due"), "num"),
            (translate("Summary", "Adherence"), "num"),
        ]
        parts.append(table(headers, rows, translate("Summary", "Medication adherence")))
        adherence = translate("Summary", "Adherence: days taken out of the days it was due (taken or missed).")
        parts.append(f'<p class="muted">{adherence}</p>')
    return "".join(parts)
