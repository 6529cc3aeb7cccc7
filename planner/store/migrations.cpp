// The schema, step by step, and the loop that brings a database to the latest step.
#include "store/migrations.hpp"

#include <array>
#include <string>
#include <string_view>

namespace dagritme::store {
namespace {

// Times of day are minutes after midnight; dates are 'YYYY-MM-DD' in the group's local time;
// instants are seconds since the epoch (UTC).
constexpr std::array<std::string_view, 13> steps{
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
    // 8: family records are read only by their mentor (an account), coordinators and admins;
    // every read and change of a record, and every refusal, goes to an append-only audit log.
    R"sql(
ALTER TABLE family ADD COLUMN mentor_account INTEGER REFERENCES user_account(id);
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    account_id  INTEGER REFERENCES user_account(id),
    account     TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'read', 'update', 'delete', 'export',
                                                'print')),
    family_id   INTEGER,
    child_id    INTEGER,
    what        TEXT NOT NULL,
    client      TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('allowed', 'refused'))
);
CREATE INDEX audit_log_family ON audit_log(family_id, at);
CREATE INDEX audit_log_account ON audit_log(account_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 9: the family record (gezinsdossier): its own dates and notes, when it was closed and last
    // changed (a closed record is kept for years after its last change); the parents' contact
    // details and custody; who set each phase, when, with a note; the development goals a family
    // works on (for the parent, or for one child); and a care log entry's link to one goal.
    R"sql(
ALTER TABLE family ADD COLUMN help_plan TEXT;
ALTER TABLE family ADD COLUMN interview_phase2 TEXT;
ALTER TABLE family ADD COLUMN interview_phase4 TEXT;
ALTER TABLE family ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE family ADD COLUMN closed_at INTEGER;
ALTER TABLE family ADD COLUMN last_changed_at INTEGER;
ALTER TABLE parent ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE parent ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE parent ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE parent ADD COLUMN custody INTEGER CHECK (custody IN (0, 1));
ALTER TABLE parent ADD COLUMN custody_note TEXT NOT NULL DEFAULT '';
ALTER TABLE family_phase ADD COLUMN changed_by INTEGER REFERENCES user_account(id);
ALTER TABLE family_phase ADD COLUMN changed_at INTEGER;
ALTER TABLE family_phase ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE TABLE family_goal (
    id          INTEGER PRIMARY KEY,
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    child_id    INTEGER REFERENCES child(id),
    chosen      TEXT NOT NULL,
    ended       TEXT,
    chosen_by   INTEGER REFERENCES user_account(id)
);
CREATE INDEX family_goal_family ON family_goal(family_id);
ALTER TABLE anchorpoint ADD COLUMN goal INTEGER REFERENCES family_goal(id);
ALTER TABLE limit_violation ADD COLUMN goal INTEGER REFERENCES family_goal(id);
CREATE INDEX anchorpoint_goal ON anchorpoint(goal) WHERE goal IS NOT NULL;
CREATE INDEX limit_violation_goal ON limit_violation(goal) WHERE goal IS NOT NULL;
)sql",
    // 10: the parents' workbook: appointments of the six activity types (planned, then marked as
    // happened), the reports written with the parent (each edit keeps the former text as a
    // version), the parenting situations discussed, and the keys of submitted workbook forms.
    R"sql(
CREATE TABLE workbook_appointment (
    id          INTEGER PRIMARY KEY,
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    activity    TEXT NOT NULL CHECK (activity IN ('oudergesprek', 'video', 'opvoedingssituaties',
                                                  'sociogram', 'ok_gym', 'muziek')),
    date        TEXT NOT NULL,
    start_at    INTEGER CHECK (start_at BETWEEN 0 AND 1439),
    planned_by  INTEGER REFERENCES user_account(id),
    planned_at  INTEGER NOT NULL,
    happened    INTEGER NOT NULL DEFAULT 0 CHECK (happened IN (0, 1)),
    happened_at INTEGER,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX workbook_appointment_family ON workbook_appointment(family_id, date);
CREATE TABLE workbook_report (
    id             INTEGER PRIMARY KEY,
    family_id      INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    appointment_id INTEGER REFERENCES workbook_appointment(id) ON DELETE SET NULL,
    date           TEXT NOT NULL,
    who_present    TEXT NOT NULL,
    discussed      TEXT NOT NULL,
    intentions     TEXT NOT NULL,
    next_date      TEXT,
    author         INTEGER NOT NULL REFERENCES user_account(id),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX workbook_report_family ON workbook_report(family_id, date);
CREATE TABLE workbook_report_version (
    report_id      INTEGER NOT NULL REFERENCES workbook_report(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,
    appointment_id INTEGER,
    date           TEXT NOT NULL,
    who_present    TEXT NOT NULL,
    discussed      TEXT NOT NULL,
    intentions     TEXT NOT NULL,
    next_date      TEXT,
    editor         INTEGER NOT NULL REFERENCES user_account(id),
    edited_at      INTEGER NOT NULL,
    PRIMARY KEY (report_id, version)
);
CREATE TABLE parenting_situation_discussed (
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 20),
    discussed_on TEXT NOT NULL,
    report_id   INTEGER REFERENCES workbook_report(id) ON DELETE SET NULL,
    PRIMARY KEY (family_id, number)
);
CREATE TABLE workbook_submission (
    account_id  INTEGER NOT NULL REFERENCES user_account(id),
    form        TEXT NOT NULL CHECK (form IN ('appointment', 'report')),
    key         TEXT NOT NULL,
    entry_id    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, form, key)
);
)sql",
    // 11: parent-child sessions become weekly series (a one-off session: first = last date)
    // with single changes and cancellations, invited families (to the series, or to one
    // date), who came (per parent) and the keys of submitted session forms. Each old session
    // becomes a one-off series with the same id, its parents' families invited.
    R"sql(
CREATE TABLE session_series (
    id          INTEGER PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('ouder_kind_gym', 'zingen_op_schoot')),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    place       TEXT NOT NULL,
    leader_id   INTEGER REFERENCES staff(id),
    capacity    INTEGER NOT NULL,
    first_date  TEXT NOT NULL,
    last_date   TEXT,
    pictogram   TEXT NOT NULL
);
CREATE INDEX session_series_group ON session_series(group_id);
CREATE TABLE session_exception (
    series_id   INTEGER NOT NULL REFERENCES session_series(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    cancelled   INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
    reason      TEXT NOT NULL,
    start_at    INTEGER,
    end_at      INTEGER,
    place       TEXT,
    leader_id   INTEGER REFERENCES staff(id),
    PRIMARY KEY (series_id, date)
);
CREATE TABLE session_invitation (
    series_id   INTEGER NOT NULL REFERENCES session_series(id) ON DELETE CASCADE,
    family_id   INTEGER NOT NULL REFERENCES family(id),
    date        TEXT NOT NULL, -- '' for every occurrence, else the one date
    PRIMARY KEY (series_id, family_id, date)
);
CREATE INDEX session_invitation_family ON session_invitation(family_id);
CREATE TABLE session_register (
    series_id   INTEGER NOT NULL REFERENCES session_series(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    recorded_by INTEGER REFERENCES user_account(id),
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (series_id, date)
);
CREATE TABLE session_visit (
    series_id   INTEGER NOT NULL,
    date        TEXT NOT NULL,
    parent_id   INTEGER NOT NULL REFERENCES parent(id),
    PRIMARY KEY (series_id, date, parent_id),
    FOREIGN KEY (series_id, date) REFERENCES session_register(series_id, date) ON DELETE CASCADE
);
CREATE TABLE session_form (
    account_id  INTEGER NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    series_id   INTEGER NOT NULL REFERENCES session_series(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, key)
);
INSERT INTO session_series (id, group_id, type, weekday, start_at, end_at, place, leader_id,
                            capacity, first_date, last_date, pictogram)
    SELECT s.id, s.group_id, s.type, (CAST(strftime('%w', s.date) AS INTEGER) + 6) % 7 + 1,
           s.start_at, s.end_at, '', s.leader_id,
           max(6, (SELECT count(DISTINCT p.family_id) FROM session_parent sp
                   JOIN parent p ON p.id = sp.parent_id WHERE sp.session_id = s.id)),
           s.date, s.date, s.pictogram
    FROM session s;
INSERT INTO session_invitation (series_id, family_id, date)
    SELECT DISTINCT sp.session_id, p.family_id, ''
    FROM session_parent sp JOIN parent p ON p.id = sp.parent_id;
DROP TABLE session_parent;
DROP TABLE session;
)sql",
    // 12: a family's calendar feed behind a secret link (stored as the SHA-256 of its token);
    // a revoked link stays, so the audit log can name it; at most one live link per family.
    R"sql(
CREATE TABLE calendar_link (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    created_by  INTEGER REFERENCES user_account(id),
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE UNIQUE INDEX calendar_link_live ON calendar_link(family_id) WHERE revoked_at IS NULL;
)sql",
    // 13: requests to destroy a family record after its retention (DOMAIN.md "Privacy"). The
    // request outlives the record it destroyed: it holds the family's id, no name.
    R"sql(
CREATE TABLE family_destruction (
    id             INTEGER PRIMARY KEY,
    family_id      INTEGER NOT NULL,
    requested_by   INTEGER REFERENCES user_account(id),
    requester      TEXT NOT NULL,
    requested_at   INTEGER NOT NULL,
    reason         TEXT NOT NULL,
    carried_out_at INTEGER,
    carried_out_by TEXT
);
CREATE INDEX family_destruction_family ON family_destruction(family_id);
)sql",
};

} // namespace

int latest_schema_version() {
    return static_cast<int>(steps.size());
}

void migrate(Database& db, int target) {
    if (target < 0) target = latest_schema_version();
    const int current = db.user_version();
    if (current > latest_schema_version())
        throw StoreError("the database has schema version " + std::to_string(current) +
                         ", newer than this program knows (" +
                         std::to_string(latest_schema_version()) +
                         "); use a newer dagritme-planner");
    for (int version = current + 1; version <= target; ++version) {
        Transaction tx{db};
        db.exec(steps[static_cast<std::size_t>(version - 1)]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

} // namespace dagritme::store
