"""The store's round-trip and search tests again, on an encrypted (SQLCipher) journal."""

from __future__ import annotations

import pytest
from test_roundtrip import *  # noqa: F403 - the same tests, with the encrypted store fixture below
from test_search import *  # noqa: F403

from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto
from recoveryjournal.store.cipher import CipherConnection


@pytest.fixture
def store(data_dir):
    opened = open_journal(data_dir, crypto.new_data_key())
    assert isinstance(opened.db.conn, CipherConnection)
    yield opened
    opened.close()
