// Schema steps 8-14: family records, the audit log, the workbook, parent-child sessions,
// calendar links and destruction requests.
// A shipped step is never edited; a change of schema is a new step in schema_families.cpp (or a
// new file after it), added to the list in migrations.cpp.
#include "store/schema_steps.hpp"

namespace dagritme::store {

// Times of day are minutes after midnight; dates are 'YYYY-MM-DD' in the group's local time;
// instants are seconds since the epoch (UTC).
std::span<const std::string_view> family_schema_steps() {
    static constexpr std::array<std::string_view, 7> steps{
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
        // 9: the family record (gezinsdossier): its own dates and notes, when it was closed and
        // last
        // changed (a closed record is kept for years after its last change); the parents' contact
        // details and custody; who set each phase, when, with a note; the development goals a
        // family
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
        // 10: the parents' workbook: appointments of the six activity types (planned, then marked
        // as
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
        // 14: the coordinator's list of staff in the audit log (who, how often, refused, last)
        // reads one covering index instead of the whole log.
        R"sql(
CREATE INDEX audit_log_summary ON audit_log(account_id, account, role, outcome, at);
)sql",
    };
    return steps;
}

} // namespace dagritme::store
