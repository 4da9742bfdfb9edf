"""Writing an export file safely: readable only by its owner (0600), whole or not at all, never over an existing
file unless the person said so."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from recoveryjournal.i18n import translate


class ExportError(Exception):
    """A file could not be written; the message is one plain sentence for the person."""


def check_target(path: Path, overwrite: bool = False) -> Path:
    """Refuse early (before any work) when ``path`` cannot or must not be written."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(translate("Files", "{path} is a folder; choose a file name").format(path=path))
    if path.exists() and not overwrite:
        raise ExportError(
            translate("Files", "{path} already exists; choose another name or confirm replacing it (--force)").format(
                path=path
            )
        )
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(translate("Files", "the folder {folder} does not exist").format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(translate("Files", "cannot write in {folder}: permission denied").format(folder=folder))
    return path


def write_private(path: Path, content: bytes | Iterable[bytes], overwrite: bool = False) -> Path:
    """Write ``content`` (bytes, or pieces of it written as they come) to ``path`` with mode 0600 through a
    temporary file in the same folder.

    Without ``overwrite`` the final step is a hard link, which fails if a file appeared there meanwhile.
    """
    path = check_target(path, overwrite)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".export-", dir=path.parent)
    except OSError as error:
        raise ExportError(
            translate("Files", "cannot write in {parent}: {strerror}").format(
                parent=path.parent, strerror=error.strerror
            )
        ) from error
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.writelines([content] if isinstance(content, bytes) else content)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
    except FileExistsError as error:
        raise ExportError(
            translate("Files", "{path} already exists; choose another name or confirm replacing it (--force)").format(
                path=path
            )
        ) from error
    except OSError as error:
        raise ExportError(
            translate("Files", "could not write {path}: {strerror}").format(path=path, strerror=error.strerror)
        ) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path
