"""The key file beside an encrypted journal: one random data key, wrapped by the passphrase and by a recovery key.

Design (as in LUKS): the database, its backups and drafts are encrypted with a random 256-bit data key. The key file
``journal.key`` holds that key wrapped twice, once under a key derived with Argon2id from the passphrase and once
under a key derived from a one-time recovery key, each with its own random salt. Wrapping XORs the data key with an
HMAC-SHA256 pad of the derived key (each derived key wraps exactly one value) and authenticates the result with a
second HMAC, so a wrong passphrase is recognised here, before the journal file is ever touched. Changing the
passphrase re-wraps the data key; the journal and its backups keep their key, so older backups and the recovery key
keep working. The data key lives only in memory while the app runs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from recoveryjournal.i18n import translate
from recoveryjournal.paths import keyfile_path
from recoveryjournal.store.errors import KeyFileError, WrongPassphraseError

KEY_BYTES = 32
SALT_BYTES = 16
RECOVERY_BYTES = 20
FORMAT = 1
PAD_LABEL = b"recoveryjournal key wrap v1"
PASSPHRASE, RECOVERY = "passphrase", "recovery"

# hashlib, hmac and secrets load OpenSSL (about 4 MB and 5 ms): they are imported where a key is made or used, so
# opening a journal without a passphrase does without them.


@dataclass(frozen=True)
class Kdf:
    """Argon2id cost: about a tenth of a second on a laptop, 64 MiB of memory."""

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 2


DEFAULT_KDF = Kdf()


def new_data_key() -> bytes:
    import secrets

    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A recovery key to write down: 32 letters and digits in groups of four, no look-alike padding."""
    import base64
    import secrets

    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def _derive(secret: str, salt: bytes, kdf: Kdf) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=2 * KEY_BYTES,
        type=Type.ID,
    )


def wrap(data_key: bytes, secret: str, kdf: Kdf) -> dict[str, str]:
    import hashlib
    import hmac
    import secrets

    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(secret, salt, kdf)
    pad = hmac.digest(derived[:KEY_BYTES], PAD_LABEL, hashlib.sha256)
    wrapped = bytes(a ^ b for a, b in zip(data_key, pad, strict=True))
    check = hmac.digest(derived[KEY_BYTES:], salt + wrapped, hashlib.sha256)
    return {"salt": salt.hex(), "wrapped": wrapped.hex(), "check": check.hex()}


def unwrap(slot: dict[str, str], secret: str, kdf: Kdf) -> bytes | None:
    """The data key, or ``None`` when ``secret`` is not the one this slot was wrapped with."""
    import hashlib
    import hmac

    salt, wrapped, check = (bytes.fromhex(slot[name]) for name in ("salt", "wrapped", "check"))
    derived = _derive(secret, salt, kdf)
    expected = hmac.digest(derived[KEY_BYTES:], salt + wrapped, hashlib.sha256)
    if not hmac.compare_digest(expected, check):
        return None
    pad = hmac.digest(derived[:KEY_BYTES], PAD_LABEL, hashlib.sha256)
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


# What a key file may ask of Argon2id: anything outside is a damaged or tampered file, not a reason to hang or crash.
KDF_LIMITS = {"time_cost": (1, 16), "memory_cost": (8, 1024 * 1024), "parallelism": (1, 16)}
SLOT_LENGTHS = {"salt": SALT_BYTES, "wrapped": KEY_BYTES, "check": KEY_BYTES}


def read_keyfile(folder: Path) -> tuple[dict[str, dict[str, str]], Kdf]:
    """The key file's slots and Argon2id cost; ``KeyFileError`` for a missing, unreadable, damaged or tampered file."""
    import json  # not at import: only reading or writing a key file needs it

    path = keyfile_path(folder)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise missing_keyfile(folder) from None
    except PermissionError as error:
        raise KeyFileError(
            translate(
                "StoreError",
                "Recovery Journal is not allowed to read the key file {path} ({reason}). The key file and your "
                "journal are not damaged and have been left as they are. Give your account access to it and try "
                "again.",
            ).format(path=path, reason=error.strerror),
            path,
        ) from error
    except (OSError, ValueError) as error:
        raise _damaged_keyfile(path, str(error)) from error
    try:
        if content["format"] != FORMAT or PASSPHRASE not in content["slots"]:
            raise ValueError(translate("StoreError", "unknown key file format"))
        settings = content["kdf"]
        if (
            set(settings) != set(KDF_LIMITS)
            or not all(
                type(settings[name]) is int and low <= settings[name] <= high
                for name, (low, high) in KDF_LIMITS.items()
            )
            or settings["memory_cost"] < 8 * settings["parallelism"]
        ):
            raise ValueError(translate("StoreError", "its key-derivation settings have been changed"))
        slots = content["slots"]
        for slot in slots.values():
            if any(len(bytes.fromhex(slot[name])) != size for name, size in SLOT_LENGTHS.items()):
                raise ValueError(translate("StoreError", "a key slot is the wrong size"))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _damaged_keyfile(path, str(error)) from error
    return slots, Kdf(**settings)


def missing_keyfile(folder: Path) -> KeyFileError:
    path = keyfile_path(folder)
    return KeyFileError(
        translate(
            "StoreError",
            "Your journal is encrypted, but its key file {name} is missing from {folder}. Your journal has not been "
            "changed or moved. Put {name} back into that folder (from wherever you keep copies of your journal "
            "folder) and start Recovery Journal again: without it neither your passphrase nor your recovery key can "
            "open the journal.",
        ).format(name=path.name, folder=folder),
        path,
    )


def _damaged_keyfile(path: Path, details: str) -> KeyFileError:
    return KeyFileError(
        translate(
            "StoreError",
            "The key file {path} that unlocks your journal is damaged ({details}). Your journal itself has not been "
            "changed or moved. Put back a copy of the key file from wherever you keep copies of your journal folder.",
        ).format(path=path, details=details),
        path,
    )


def write_keyfile(folder: Path, slots: dict[str, dict[str, str]], kdf: Kdf) -> None:
    """Replace the key file atomically (write, flush to disk, rename), readable only by its owner."""
    import json

    from recoveryjournal.store.files import write_atomically

    content = json.dumps({"format": FORMAT, "kdf": asdict(kdf), "slots": slots}, indent=1)
    write_atomically(keyfile_path(folder), content.encode("utf-8"))


def create_keyfile(folder: Path, data_key: bytes, passphrase: str, recovery_key: str, kdf: Kdf = DEFAULT_KDF) -> None:
    slots = {PASSPHRASE: wrap(data_key, passphrase, kdf), RECOVERY: wrap(data_key, recovery_key, kdf)}
    write_keyfile(folder, slots, kdf)


def unlock(folder: Path, secret: str) -> bytes:
    """The data key for a passphrase or a recovery key; ``WrongPassphraseError`` leaves every file untouched."""
    slots, kdf = read_keyfile(folder)
    key = unwrap(slots[PASSPHRASE], secret, kdf)
    if key is None and RECOVERY in slots:
        key = unwrap(slots[RECOVERY], normalise_recovery_key(secret), kdf)
    if key is None:
        raise WrongPassphraseError(
            translate(
                "StoreError",
                "That passphrase did not unlock your journal. Check Caps Lock and try again, "
                "or use your recovery key. Nothing has been changed.",
            ),
            keyfile_path(folder),
        )
    return key


def change_passphrase(folder: Path, data_key: bytes, new_passphrase: str) -> None:
    slots, kdf = read_keyfile(folder)
    slots = dict(slots)
    slots[PASSPHRASE] = wrap(data_key, new_passphrase, kdf)
    write_keyfile(folder, slots, kdf)


def replace_recovery_key(folder: Path, data_key: bytes) -> str:
    """Issue a new recovery key; the old one stops working."""
    slots, kdf = read_keyfile(folder)
    recovery_key = new_recovery_key()
    write_keyfile(folder, {**slots, RECOVERY: wrap(data_key, recovery_key, kdf)}, kdf)
    return recovery_key
