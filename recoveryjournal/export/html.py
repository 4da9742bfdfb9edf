"""The summary as one self-contained HTML file for a screen: styles and charts inline, nothing fetched from outside."""

from __future__ import annotations

from pathlib import Path

from recoveryjournal.export.files import write_private


def write_html(document: str, path: Path, overwrite: bool = False) -> Path:
    """Write the document (from ``summary_render.render_html``) as UTF-8 with mode 0600."""
    return write_private(path, document.encode("utf-8"), overwrite)
