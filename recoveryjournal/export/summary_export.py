"""Making a therapist summary file: one path for the export dialog and the ``recoveryjournal export`` command, so both
write exactly the same document."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal.domain import dates
from recoveryjournal.domain.summary import Summary, SummaryOptions, build_summary
from recoveryjournal.export.files import check_target, write_private
from recoveryjournal.export.summary_charts import chart_svgs
from recoveryjournal.export.summary_render import document_title, header_text, period_text, render_html
from recoveryjournal.i18n import translate
from recoveryjournal.store.summary_data import LAST_EXPORT_KEY, last_export, load_summary_data

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store


class SummaryFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


def make_summary(store: Store, options: SummaryOptions, now: datetime) -> Summary:
    return build_summary(load_summary_data(store, options), options, now)


def summary_html(summary: Summary) -> str:
    """The document exactly as it is previewed, written (HTML) and laid out (PDF)."""
    return render_html(summary, chart_svgs(summary))


def document_bytes(summary: Summary, document: str, fmt: SummaryFormat) -> bytes:
    if fmt is SummaryFormat.HTML:
        return document.encode("utf-8")
    from recoveryjournal.export.pdf import ensure_gui_application, render_pdf

    ensure_gui_application()
    return render_pdf(
        document,
        title=f"{document_title()} · {period_text(summary)}",
        header_left=header_text(summary),
        header_right=translate("Summary", "Made {dates}").format(dates=dates.short_date(summary.made_at.date())),
        footer_note=translate("Summary", "Confidential: shared by the client for their own care."),
        one_page=summary.options.brief_only,
    )


def remember_export(store: Store, summary: Summary) -> None:
    """Next time the period starts after this one ends (a summary of an older period does not move it back)."""
    previous = last_export(store)
    if previous is None or summary.end > previous:
        store.settings.set(LAST_EXPORT_KEY, summary.end.isoformat())


def save_summary(
    store: Store, summary: Summary, document: str, path: Path, fmt: SummaryFormat, overwrite: bool = False
) -> Path:
    """Write an already previewed document; mode 0600, never over an existing file without ``overwrite``."""
    check_target(path, overwrite)
    written = write_private(path, document_bytes(summary, document, fmt), overwrite)
    remember_export(store, summary)
    return written


def export_summary(
    store: Store, options: SummaryOptions, path: Path, fmt: SummaryFormat, now: datetime, overwrite: bool = False
) -> Path:
    """Build and write a summary in one go (the command line)."""
    check_target(path, overwrite)
    summary = make_summary(store, options, now)
    return save_summary(store, summary, summary_html(summary), path, fmt, overwrite)
