// Schema steps 1-7: groups and their day, accounts and wall screens, the care log.
// A shipped step is never edited; a change of schema is a new step in schema_families.cpp (or a
// new file after it), added to the list in migrations.cpp.
#include "store/schema_steps.hpp"

namespace dagritme::store {

// Times of day are minutes after midnight; dates are 'YYYY-MM-DD' in the group's local time;
// instants are seconds since the epoch (UTC).
std::span<const std::string_view> day_schema_steps() {
    static constexpr std::array<std::string_view, 7> steps{
        // 1: groups, their routine templates and limits; people.
        R"sql(
CREATE TABLE grp (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    timezone    TEXT NOT NULL,
    screen_on   INTEGER NOT NULL CHECK (screen_on BETWEEN 0 AND 1439),
    screen_off  INTEGER NOT NULL CHECK (screen_off BETWEEN 0 AND 1439),
    revision    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE opening_hours (
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    open_at     INTEGER NOT NULL,
    close_at    INTEGER NOT NULL,
    PRIMARY KEY (group_id, weekday)
);
CREATE TABLE template_block (
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    position    INTEGER NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    pictogram   TEXT NOT NULL,
    label       TEXT NOT NULL,
    PRIMARY KEY (group_id, weekday, position)
);
CREATE TABLE group_limit (
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);
CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id),
    first_name  TEXT NOT NULL,
    surname     TEXT NOT NULL,
    photo       TEXT
);
CREATE TABLE family (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    mentor_id   INTEGER REFERENCES staff(id),
    plaatser    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE family_phase (
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    phase       INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 5),
    began       TEXT NOT NULL,
    PRIMARY KEY (family_id, began, phase)
);
CREATE TABLE parent (
    id          INTEGER PRIMARY KEY,
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    first_name  TEXT NOT NULL,
    surname     TEXT NOT NULL,
    relation    TEXT NOT NULL
);
CREATE TABLE child (
    id             INTEGER PRIMARY KEY,
    group_id       TEXT NOT NULL REFERENCES grp(id),
    family_id      INTEGER NOT NULL REFERENCES family(id),
    first_name     TEXT NOT NULL,
    surname        TEXT NOT NULL,
    birth_date     TEXT NOT NULL,
    photo          TEXT,
    photo_consent  INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
    own_place_item TEXT NOT NULL DEFAULT ''
);
CREATE INDEX child_group ON child(group_id);
CREATE INDEX staff_group ON staff(group_id);
)sql",
        // 2: the day: plan changes, attendance, activity groups, parent-child sessions.
        R"sql(
CREATE TABLE day_change (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('add', 'move', 'remove', 'relabel')),
    target      TEXT NOT NULL DEFAULT '',
    start_at    INTEGER NOT NULL DEFAULT 0,
    end_at      INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL DEFAULT '',
    pictogram   TEXT NOT NULL DEFAULT '',
    label       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX day_change_date ON day_change(group_id, date);
CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    person_kind TEXT NOT NULL CHECK (person_kind IN ('child', 'staff')),
    person_id   INTEGER NOT NULL,
    check_in    INTEGER NOT NULL CHECK (check_in IN (0, 1)),
    at          INTEGER NOT NULL
);
CREATE INDEX attendance_at ON attendance(at);
CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    label       TEXT NOT NULL,
    pictogram   TEXT NOT NULL
);
CREATE INDEX activity_date ON activity(group_id, date);
CREATE TABLE activity_staff (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (activity_id, staff_id)
);
CREATE TABLE activity_child (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    child_id    INTEGER NOT NULL REFERENCES child(id),
    PRIMARY KEY (activity_id, child_id)
);
CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('ouder_kind_gym', 'zingen_op_schoot')),
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    leader_id   INTEGER REFERENCES staff(id),
    pictogram   TEXT NOT NULL
);
CREATE INDEX session_date ON session(group_id, date);
CREATE TABLE session_parent (
    session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    parent_id   INTEGER NOT NULL REFERENCES parent(id),
    PRIMARY KEY (session_id, parent_id)
);
)sql",
        // 3: staff accounts and their sessions; wall screens and their pairing.
        R"sql(
CREATE TABLE user_account (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('groepsleider', 'mentor', 'coordinator', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE TABLE staff_session (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    csrf_token  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE TABLE screen (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE TABLE screen_pairing (
    code        TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    screen_id   INTEGER REFERENCES screen(id),
    token       TEXT
);
)sql",
        // 4: pairing requests remember the address they came from (a cap per address); accounts
        // can be disabled; sessions end after a while without use.
        R"sql(
ALTER TABLE screen_pairing ADD COLUMN client_address TEXT NOT NULL DEFAULT '';
ALTER TABLE user_account ADD COLUMN disabled_at INTEGER;
ALTER TABLE staff_session ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0;
)sql",
        // 5: accounts belong to groups (a group leader sees their own groups only); a check-in or
        // check-out records who brought or collected the child.
        R"sql(
CREATE TABLE account_group (
    account_id  INTEGER NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    group_id    TEXT NOT NULL REFERENCES grp(id),
    PRIMARY KEY (account_id, group_id)
);
ALTER TABLE attendance ADD COLUMN escort TEXT NOT NULL DEFAULT '';
)sql",
        // 6: the limits register with stable ids; a retired limit stays for the violations that
        // name it. The configuration only seeds it; the coordinator keeps it.
        R"sql(
CREATE TABLE care_limit (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    retired_at  INTEGER
);
CREATE INDEX care_limit_group ON care_limit(group_id, position);
INSERT INTO care_limit (group_id, position, text)
    SELECT group_id, position, text FROM group_limit ORDER BY group_id, position;
DROP TABLE group_limit;
)sql",
        // 7: the care log: anchorpoints and limit violations, each with every version (the first
        // as logged, then each correction; the entry row holds the latest for queries), and the
        // keys of submitted forms so that a retry makes no second entry. Responses, signs and the
        // holding staff are space-separated words or ids. Block: local start minute and label.
        R"sql(
CREATE TABLE anchorpoint (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id),
    child_id    INTEGER NOT NULL REFERENCES child(id),
    author      INTEGER NOT NULL REFERENCES user_account(id),
    created_at  INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    block_start INTEGER,
    block_label TEXT,
    emotion     TEXT NOT NULL,
    responses   TEXT NOT NULL,
    ending      TEXT NOT NULL,
    signs       TEXT NOT NULL,
    note        TEXT NOT NULL
);
CREATE INDEX anchorpoint_group_at ON anchorpoint(group_id, at);
CREATE INDEX anchorpoint_child_at ON anchorpoint(child_id, at);
CREATE TABLE anchorpoint_version (
    anchorpoint_id INTEGER NOT NULL REFERENCES anchorpoint(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    editor      INTEGER NOT NULL REFERENCES user_account(id),
    edited_at   INTEGER NOT NULL,
    child_id    INTEGER NOT NULL REFERENCES child(id),
    at          INTEGER NOT NULL,
    block_start INTEGER,
    block_label TEXT,
    emotion     TEXT NOT NULL,
    responses   TEXT NOT NULL,
    ending      TEXT NOT NULL,
    signs       TEXT NOT NULL,
    note        TEXT NOT NULL,
    PRIMARY KEY (anchorpoint_id, number)
);
CREATE TABLE limit_violation (
    id              INTEGER PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES grp(id),
    child_id        INTEGER NOT NULL REFERENCES child(id),
    author          INTEGER NOT NULL REFERENCES user_account(id),
    created_at      INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    block_start     INTEGER,
    block_label     TEXT,
    limit_id        INTEGER NOT NULL REFERENCES care_limit(id),
    what_happened   TEXT NOT NULL,
    holding_minutes INTEGER,
    holding_staff   TEXT NOT NULL,
    holding_reason  TEXT NOT NULL,
    follow_up       TEXT NOT NULL,
    named_apart     INTEGER NOT NULL CHECK (named_apart IN (0, 1))
);
CREATE INDEX limit_violation_group_at ON limit_violation(group_id, at);
CREATE INDEX limit_violation_child_at ON limit_violation(child_id, at);
CREATE TABLE limit_violation_version (
    limit_violation_id INTEGER NOT NULL REFERENCES limit_violation(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    editor          INTEGER NOT NULL REFERENCES user_account(id),
    edited_at       INTEGER NOT NULL,
    child_id        INTEGER NOT NULL REFERENCES child(id),
    at              INTEGER NOT NULL,
    block_start     INTEGER,
    block_label     TEXT,
    limit_id        INTEGER NOT NULL REFERENCES care_limit(id),
    what_happened   TEXT NOT NULL,
    holding_minutes INTEGER,
    holding_staff   TEXT NOT NULL,
    holding_reason  TEXT NOT NULL,
    follow_up       TEXT NOT NULL,
    named_apart     INTEGER NOT NULL CHECK (named_apart IN (0, 1)),
    PRIMARY KEY (limit_violation_id, number)
);
CREATE TABLE form_submission (
    account_id  INTEGER NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    entry_kind  TEXT NOT NULL CHECK (entry_kind IN ('anchorpoint', 'limit_violation')),
    key         TEXT NOT NULL,
    entry_id    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, entry_kind, key)
);
CREATE INDEX form_submission_created ON form_submission(created_at);
)sql",
    };
    return steps;
}

} // namespace dagritme::store
