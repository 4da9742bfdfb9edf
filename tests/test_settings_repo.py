"""Settings are read once until the journal changes, and never served stale after it does."""

from __future__ import annotations

from recoveryjournal.opening import open_journal


def test_a_setting_is_read_once_and_read_again_after_any_write(data_dir):
    store = open_journal(data_dir)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    assert store.settings.week_start() == "monday"
    assert store.settings.week_start() == "monday"
    assert sum("week_start" in sql for sql in statements) == 1

    with store.db.atomic():  # as an import replacing the settings table writes them: not through ``set``
        store.db.execute("INSERT INTO settings (key, value) VALUES ('week_start', '\"sunday\"')")
    assert store.settings.week_start() == "sunday"

    store.settings.set("week_start", "monday")
    assert store.settings.week_start() == "monday"
    store.close()
