"""Text a person might want to change (prompts, triggers, coping ideas, crisis lines), shipped as TOML.

``FOLDER`` finds the shipped files at start without ``importlib.resources``, which would cost ~4 ms at every start.
"""

from pathlib import Path

FOLDER = Path(__file__).parent
