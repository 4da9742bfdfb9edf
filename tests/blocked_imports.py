"""Runs a Python child in which some modules cannot be imported, as on a machine or in a build that lacks them.

A ``sitecustomize`` on the child's path refuses the named modules before any other import can happen.
"""

from __future__ import annotations

import os
from pathlib import Path

SITECUSTOMIZE = """
import sys

BLOCKED = {blocked!r}


class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name in BLOCKED or name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None


sys.meta_path.insert(0, Refuse())
"""


def env_blocking(folder: Path, *names: str) -> dict[str, str]:
    """The environment for a child Python that cannot import ``names`` (a top-level name blocks its submodules)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE.format(blocked=set(names)))
    path = os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
