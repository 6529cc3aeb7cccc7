// Schema step 17: a unit keeps its own people. Placements (the days a child comes, its first and
// last day, why it left), absences, the intake of a family (aanmelding, the plaatser's contact,
// how each parent relates to the child and whether they may be announced), the history of
// changes to a record, staff linked to login accounts, and the group tablet's PIN.
// A shipped step is never edited; a change of schema is a new step after this one.
#include "store/schema_steps.hpp"

namespace dagritme::store {

std::span<const std::string_view> people_schema_steps() {
    static constexpr std::array<std::string_view, 1> steps{
        // 17. Children placed before placements were kept come on every day their group opens,
        // from always; parents called "mama" or "papa" are a mother or a father.
        R"sql(
ALTER TABLE child ADD COLUMN placed_from TEXT;
ALTER TABLE child ADD COLUMN placed_until TEXT;
ALTER TABLE child ADD COLUMN leave_reason TEXT NOT NULL DEFAULT ''
    CHECK (leave_reason IN ('', 'afronding', 'verwijzing', 'verhuizing', 'anders'));
ALTER TABLE child ADD COLUMN leave_note TEXT NOT NULL DEFAULT '';
ALTER TABLE child ADD COLUMN consent_given_by TEXT NOT NULL DEFAULT '';
ALTER TABLE child ADD COLUMN consent_given_on TEXT;
ALTER TABLE child ADD COLUMN consent_recorded_by INTEGER REFERENCES user_account(id);
CREATE TABLE child_day (
    child_id    INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    part        TEXT NOT NULL CHECK (part IN ('dag', 'ochtend', 'middag')),
    PRIMARY KEY (child_id, weekday)
);
INSERT INTO child_day (child_id, weekday, part)
    SELECT c.id, o.weekday, 'dag' FROM child c JOIN opening_hours o ON o.group_id = c.group_id;
CREATE TABLE absence (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('ziek', 'vakantie', 'later', 'afspraak', 'anders')),
    arrives_at  INTEGER CHECK (arrives_at BETWEEN 0 AND 1439),
    note        TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES user_account(id),
    recorded_at INTEGER NOT NULL,
    withdrawn_at INTEGER,
    CHECK (last_day >= first_day)
);
CREATE INDEX absence_child ON absence(child_id, first_day);
ALTER TABLE family ADD COLUMN registered_on TEXT;
ALTER TABLE family ADD COLUMN plaatser_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE parent ADD COLUMN relation_kind TEXT NOT NULL DEFAULT 'anders'
    CHECK (relation_kind IN ('moeder', 'vader', 'pleegouder', 'oma', 'opa', 'voogd', 'anders'));
UPDATE parent SET relation_kind = CASE lower(relation)
    WHEN 'mama' THEN 'moeder' WHEN 'moeder' THEN 'moeder' WHEN 'papa' THEN 'vader'
    WHEN 'vader' THEN 'vader' WHEN 'oma' THEN 'oma' WHEN 'opa' THEN 'opa'
    WHEN 'voogd' THEN 'voogd' ELSE 'anders' END;
ALTER TABLE parent ADD COLUMN contact_order INTEGER NOT NULL DEFAULT 0
    CHECK (contact_order IN (0, 1));
ALTER TABLE parent ADD COLUMN mentor_allows INTEGER NOT NULL DEFAULT 0
    CHECK (mentor_allows IN (0, 1));
CREATE TABLE record_change (
    id          INTEGER PRIMARY KEY,
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    subject     TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    changed_by  INTEGER REFERENCES user_account(id),
    changed_at  INTEGER NOT NULL
);
CREATE INDEX record_change_family ON record_change(family_id, changed_at);
ALTER TABLE staff ADD COLUMN account_id INTEGER REFERENCES user_account(id);
CREATE UNIQUE INDEX staff_account ON staff(account_id) WHERE account_id IS NOT NULL;
ALTER TABLE staff ADD COLUMN left_at INTEGER;
ALTER TABLE user_account ADD COLUMN pin_hash TEXT;
ALTER TABLE staff_session ADD COLUMN tablet_group TEXT;
)sql",
    };
    return steps;
}

} // namespace dagritme::store
