"""Named schema migrations. An applied migration is never edited: add a new one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "wi_desktop"
MIGRATIONS_TABLE = "_sqlite_migrations"  # the table sqlite-utils keeps its record in

# (name, function) in order. sqlite-utils applies them; it is imported only when one is
# pending, so a normal start does not pay for importing it.
STEPS: list[tuple[str, Callable[[Database], None]]] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(func: Callable[[Database], None]) -> Callable[[Database], None]:
        STEPS.append((name, func))
        return func
    return register


def _run(db: Database, statements: tuple[str, ...]) -> None:
    # executescript() would commit the migration's transaction half way: run one by one
    for statement in statements:
        db.execute(statement)


@migration("0001_initial")
def initial(db: Database) -> None:
    _run(db, (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            candidate_name TEXT NOT NULL,
            role_name TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            observer_name TEXT NOT NULL DEFAULT '',
            created_ms INTEGER NOT NULL,
            started_ms INTEGER,
            ended_ms INTEGER,
            is_demo INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            planned_ms INTEGER NOT NULL CHECK (planned_ms >= 0),
            completed_ms INTEGER
        )""",
        "CREATE INDEX tasks_by_session ON tasks(session_id, position)",
        """CREATE TABLE timer_spans (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            started_ms INTEGER NOT NULL,
            stopped_ms INTEGER
        )""",
        "CREATE INDEX spans_by_task ON timer_spans(task_id, started_ms)",
        # at most one open span per task: a running timer is one start instant
        "CREATE UNIQUE INDEX one_open_span ON timer_spans(task_id) WHERE stopped_ms IS NULL",
        """CREATE TABLE competencies (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            weight REAL NOT NULL DEFAULT 1.0,
            hotkey INTEGER NOT NULL DEFAULT 0,
            anchors_json TEXT NOT NULL,
            PRIMARY KEY (session_id, key)
        )""",
        """CREATE TABLE scores (
            session_id INTEGER NOT NULL,
            competency_key TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level >= 1),
            updated_ms INTEGER NOT NULL,
            PRIMARY KEY (session_id, competency_key),
            FOREIGN KEY (session_id, competency_key)
                REFERENCES competencies(session_id, key) ON DELETE CASCADE
        )""",
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            created_ms INTEGER NOT NULL,
            elapsed_ms INTEGER NOT NULL,
            task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
            competency_key TEXT,
            polarity INTEGER NOT NULL DEFAULT 0 CHECK (polarity IN (-1, 0, 1)),
            text TEXT NOT NULL,
            edited_ms INTEGER
        )""",
        "CREATE INDEX notes_by_session ON notes(session_id, created_ms, id)",
        """CREATE TABLE drafts (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ))


def latest_version() -> int:
    """The data format this program writes: the number of migrations it knows."""
    return len(STEPS)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,))
    return [str(row[0]) for row in rows]


def migrations() -> Any:
    """The sqlite-utils migration set holding every step."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, func in STEPS:
        steps(name=name)(func)
    return steps


def migrate(conn: sqlite3.Connection) -> int:
    """Apply pending migrations, each atomic with its record; stamp ``user_version``."""
    applied = applied_names(conn)
    if len(applied) < len(STEPS) or [n for n, _ in STEPS[:len(applied)]] != applied:
        from sqlite_utils import Database

        migrations().apply(Database(conn, execute_plugins=False))
        applied = applied_names(conn)
    version = len(applied)
    conn.execute(f"PRAGMA user_version = {int(version)}")
    return version


@migration("0002_structured_record")
def structured_record(db: Database) -> None:
    """Role templates, evidence links, recommendation, pay with audit, agreements, feedback."""
    _run(db, (
        "ALTER TABLE sessions ADD COLUMN template_name TEXT NOT NULL DEFAULT ''",
        # the whole template as it was when the session was created: the frozen record
        "ALTER TABLE sessions ADD COLUMN template_json TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN recommendation TEXT NOT NULL DEFAULT 'no_decision'",
        "ALTER TABLE sessions ADD COLUMN finalised_ms INTEGER",
        "ALTER TABLE tasks ADD COLUMN instructions TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE debrief_answers (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, position)
        )""",
        # evidence = notes tagged to the competency, plus links added, minus links removed
        """CREATE TABLE evidence_links (
            session_id INTEGER NOT NULL,
            competency_key TEXT NOT NULL,
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            included INTEGER NOT NULL CHECK (included IN (0, 1)),
            PRIMARY KEY (session_id, competency_key, note_id),
            FOREIGN KEY (session_id, competency_key)
                REFERENCES competencies(session_id, key) ON DELETE CASCADE
        )""",
        """CREATE TABLE pay (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            paid INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
            unpaid_reason TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL DEFAULT 'hourly' CHECK (basis IN ('hourly', 'fixed')),
            hourly_rate_cents INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
            fixed_amount_cents INTEGER
                CHECK (fixed_amount_cents IS NULL OR fixed_amount_cents >= 0),
            currency TEXT NOT NULL DEFAULT 'USD',
            hours_override_ms INTEGER CHECK (hours_override_ms IS NULL OR hours_override_ms >= 0),
            payment_date TEXT NOT NULL DEFAULT '',
            payment_method TEXT NOT NULL DEFAULT '',
            candidate_address TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            worker_status TEXT NOT NULL DEFAULT '',
            worker_status_basis TEXT NOT NULL DEFAULT '',
            updated_ms INTEGER NOT NULL
        )""",
        """CREATE TABLE pay_audit (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            reason TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_ms INTEGER NOT NULL
        )""",
        # the audit trail is append-only: the database itself refuses edits
        """CREATE TRIGGER pay_audit_no_update BEFORE UPDATE ON pay_audit
           BEGIN SELECT RAISE(ABORT, 'the pay audit trail cannot be changed'); END""",
        """CREATE TABLE agreements (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            confidentiality_version TEXT NOT NULL DEFAULT '',
            confidentiality_text TEXT NOT NULL DEFAULT '',
            confidentiality_accepted_ms INTEGER,
            consent_text TEXT NOT NULL DEFAULT '',
            consent_given_ms INTEGER,
            work_product TEXT NOT NULL DEFAULT ''
                CHECK (work_product IN ('', 'returned', 'deleted', 'kept_paid')),
            work_product_note TEXT NOT NULL DEFAULT '',
            briefing_acknowledged_ms INTEGER,
            updated_ms INTEGER NOT NULL
        )""",
        """CREATE TABLE feedback (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            strengths TEXT NOT NULL DEFAULT '',
            growth_areas TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            updated_ms INTEGER NOT NULL
        )""",
        """CREATE TABLE role_templates (
            name TEXT PRIMARY KEY,
            template_json TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        )""",
    ))


@migration("0003_signed_files")
def signed_files(db: Database) -> None:
    """Signed PDFs (append-only record of their SHA-256), amendments, observer certificates."""
    _run(db, (
        """CREATE TABLE signed_files (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('summary', 'letter')),
            version INTEGER NOT NULL,
            observer TEXT NOT NULL,
            certificate_sha256 TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            path TEXT NOT NULL,
            signed_ms INTEGER NOT NULL
        )""",
        "CREATE INDEX signed_files_by_session ON signed_files(session_id, kind, version)",
        # append-only: rows go only with their session (erasure), never on their own
        """CREATE TRIGGER signed_files_no_update BEFORE UPDATE ON signed_files
           BEGIN SELECT RAISE(ABORT, 'the record of signed files cannot be changed'); END""",
        """CREATE TRIGGER signed_files_no_delete BEFORE DELETE ON signed_files
           WHEN EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
           BEGIN SELECT RAISE(ABORT, 'the record of signed files cannot be changed'); END""",
        """CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            amended_by TEXT NOT NULL,
            reason TEXT NOT NULL,
            amended_ms INTEGER NOT NULL,
            previous_finalised_ms INTEGER
        )""",
        """CREATE TRIGGER amendments_no_update BEFORE UPDATE ON amendments
           BEGIN SELECT RAISE(ABORT, 'the record of amendments cannot be changed'); END""",
        """CREATE TABLE observer_certificates (
            sha256 TEXT PRIMARY KEY,
            observer TEXT NOT NULL,
            certificate_pem TEXT NOT NULL,
            added_ms INTEGER NOT NULL
        )""",
    ))


@migration("0004_hours_per_day")
def hours_per_day(db: Database) -> None:
    """Corrected paid hours kept per day (payroll records hours each day), beside the total."""
    _run(db, (
        "ALTER TABLE pay ADD COLUMN hours_override_days TEXT NOT NULL DEFAULT ''",
    ))


@migration("0005_counts_and_text_index")
def counts_and_text_index(db: Database) -> None:
    """Each session keeps its number of notes (the list needs no count per session), the
    list and the demo are read through indexes, and notes' text is indexed by trigrams
    (a filter needs no scan). Triggers keep both in the same transaction as the write."""
    _run(db, (
        "ALTER TABLE sessions ADD COLUMN note_count INTEGER NOT NULL DEFAULT 0",
        "UPDATE sessions SET note_count = "
        "(SELECT count(*) FROM notes n WHERE n.session_id = sessions.id)",
        # external content: the text is kept once, in notes; trigram needs SQLite 3.34
        "CREATE VIRTUAL TABLE notes_text USING fts5(text, content='notes', "
        "content_rowid='id', tokenize='trigram')",
        "INSERT INTO notes_text (notes_text) VALUES ('rebuild')",
        """CREATE TRIGGER notes_counted AFTER INSERT ON notes BEGIN
            UPDATE sessions SET note_count = note_count + 1 WHERE id = new.session_id;
            INSERT INTO notes_text (rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER notes_uncounted AFTER DELETE ON notes BEGIN
            UPDATE sessions SET note_count = note_count - 1 WHERE id = old.session_id;
            INSERT INTO notes_text (notes_text, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
        """CREATE TRIGGER notes_retexted AFTER UPDATE OF text ON notes BEGIN
            INSERT INTO notes_text (notes_text, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO notes_text (rowid, text) VALUES (new.id, new.text);
        END""",
        "CREATE INDEX sessions_newest_first ON sessions(created_ms DESC, id DESC)",
        "CREATE INDEX sessions_demo ON sessions(is_demo) WHERE is_demo = 1",
    ))


@migration("0006_plan_departures")
def plan_departures(db: Database) -> None:
    """A session planned from a role template keeps how its plan departs from it (a task
    dropped, a time box changed, a task added), each with the reason given."""
    _run(db, (
        """CREATE TABLE plan_departures (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('dropped', 'changed', 'added')),
            task TEXT NOT NULL,
            template_minutes REAL,
            planned_minutes REAL,
            reason TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        )""",
    ))


@migration("0007_draft_tags")
def draft_tags(db: Database) -> None:
    """The line being typed keeps the competency and the strength/concern chosen for it, so
    that a draft brought back after a crash is the note it was going to be."""
    _run(db, (
        "ALTER TABLE drafts ADD COLUMN competency_key TEXT",
        "ALTER TABLE drafts ADD COLUMN polarity INTEGER NOT NULL DEFAULT 0 "
        "CHECK (polarity IN (-1, 0, 1))",
    ))


@migration("0008_imported_sessions")
def imported_sessions(db: Database) -> None:
    """A session brought in from a session record made on another computer says so (it is
    unsigned here until it is signed here)."""
    _run(db, ("ALTER TABLE sessions ADD COLUMN imported_ms INTEGER",))


@migration("0009_stamps_entered_afterwards")
def stamps_entered_afterwards(db: Database) -> None:
    """An acknowledgement entered after the moment it records says so, with who entered it
    and when (a signed record must not pass a later entry off as made at the time)."""
    _run(db, ("ALTER TABLE agreements ADD COLUMN entered_afterwards TEXT NOT NULL DEFAULT ''",))


@migration("0010_signed_records")
def signed_records(db: Database) -> None:
    """Each signed file keeps the session record it was signed with, so an amendment can
    say exactly what changed since (field, old → new; notes added or edited)."""
    _run(db, ("ALTER TABLE signed_files ADD COLUMN record_json TEXT NOT NULL DEFAULT ''",))


@migration("0011_text_indexed_after")
def text_indexed_after(db: Database) -> None:
    """A note's text goes into the trigram index a moment after its commit, not inside it:
    indexing sixty-odd trigrams (and now and then merging the index) was most of what a
    note's commit cost beyond the row itself. A note waits in notes_unindexed until the
    index takes it in; a search reads the waiting notes themselves, so it misses nothing."""
    _run(db, (
        "CREATE TABLE notes_unindexed (id INTEGER PRIMARY KEY)",
        "DROP TRIGGER notes_counted",
        """CREATE TRIGGER notes_counted AFTER INSERT ON notes BEGIN
            UPDATE sessions SET note_count = note_count + 1 WHERE id = new.session_id;
            INSERT INTO notes_unindexed (id) VALUES (new.id);
        END""",
        "DROP TRIGGER notes_uncounted",
        # a note still waiting was never indexed: the index must not be told to forget it
        """CREATE TRIGGER notes_uncounted AFTER DELETE ON notes BEGIN
            UPDATE sessions SET note_count = note_count - 1 WHERE id = old.session_id;
            INSERT INTO notes_text (notes_text, rowid, text) SELECT 'delete', old.id, old.text
                WHERE NOT EXISTS (SELECT 1 FROM notes_unindexed WHERE id = old.id);
            DELETE FROM notes_unindexed WHERE id = old.id;
        END""",
        "DROP TRIGGER notes_retexted",
        """CREATE TRIGGER notes_retexted AFTER UPDATE OF text ON notes
            WHEN NOT EXISTS (SELECT 1 FROM notes_unindexed WHERE id = new.id) BEGIN
            INSERT INTO notes_text (notes_text, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO notes_text (rowid, text) VALUES (new.id, new.text);
        END""",
    ))


# later migrations live beside this module (it is near its size); importing registers them
from wi_desktop.storage import migrations_views  # noqa: E402, F401
