"""The small HTML pieces every section of the summary is built from: the person's text made safe, dates, numbers,
notes and data tables (Qt's rich text reads this HTML for the PDF; a browser reads it as the HTML file)."""

from __future__ import annotations

import html
from datetime import date, datetime

from recoveryjournal.domain import dates
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.text_hygiene import neutralise


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


def number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else decimals(value, digits)


def muted(text: str) -> str:
    return f"<span class='muted'>{text}</span>"


def note(text: str) -> str:
    return f'<p class="note">{text}</p>'


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
        return note(empty)
    return "<ul>" + "".join(f"<li>{clean(item)}</li>" for item in items) + "</ul>"
