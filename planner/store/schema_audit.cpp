// Schema step 15: every access to care data on record, and the log tamper-evident (NEN 7513).
// A shipped step is never edited; a change of schema is a new step at the end of the list in
// migrations.cpp.
#include "store/schema_steps.hpp"

namespace dagritme::store {

std::span<const std::string_view> audit_schema_steps() {
    static constexpr std::array<std::string_view, 1> steps{
        // 15: the audit log also holds reads of children's care data (the group and the set of
        // children, one row per request), the calendar feeds' fetches and security events
        // ('attempt'). Identical events within a while count into one row (count_key,
        // counts_until, repeats: the only column that may change, and only up). Each row
        // carries `chain`, the SHA-256 of the row before's chain and its own fields
        // (audit_link(), defined by migrate()); the rows of before are chained here, in order.
        R"sql(
CREATE TABLE audit_log_chained (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('record', 'care', 'feed', 'security')),
    account_id   INTEGER REFERENCES user_account(id),
    account      TEXT NOT NULL,
    role         TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('create', 'read', 'update', 'delete', 'export',
                                                 'print', 'attempt')),
    family_id    INTEGER,
    child_id     INTEGER,
    group_id     TEXT,
    children     TEXT,
    what         TEXT NOT NULL,
    client       TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('allowed', 'refused')),
    count_key    TEXT,
    counts_until INTEGER,
    repeats      INTEGER NOT NULL DEFAULT 1 CHECK (repeats >= 1),
    chain        TEXT NOT NULL
);
INSERT INTO audit_log_chained (id, at, kind, account_id, account, role, action, family_id,
                               child_id, what, client, outcome, chain)
    SELECT id, at,
           CASE WHEN account_id IS NULL AND account = 'agenda-link' THEN 'feed' ELSE 'record' END,
           account_id, account, role, action, family_id, child_id, what, client, outcome, ''
    FROM audit_log;
CREATE TEMP TABLE audit_order (n INTEGER PRIMARY KEY, id INTEGER NOT NULL);
INSERT INTO audit_order (n, id) SELECT row_number() OVER (ORDER BY id), id FROM audit_log_chained;
CREATE TEMP TABLE audit_links (id INTEGER PRIMARY KEY, link TEXT NOT NULL);
WITH RECURSIVE linked(n, id, link) AS (
    SELECT 0, NULL, ''
    UNION ALL
    SELECT o.n, a.id,
           audit_link(linked.link, a.id, a.at, a.kind, a.account_id, a.account, a.role, a.action,
                      a.family_id, a.child_id, a.group_id, a.children, a.what, a.client,
                      a.outcome, a.count_key, a.counts_until)
    FROM linked JOIN audit_order o ON o.n = linked.n + 1 JOIN audit_log_chained a ON a.id = o.id
)
INSERT INTO audit_links (id, link) SELECT id, link FROM linked WHERE id IS NOT NULL;
UPDATE audit_log_chained
    SET chain = (SELECT link FROM audit_links WHERE audit_links.id = audit_log_chained.id);
DROP TABLE audit_order;
DROP TABLE audit_links;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE INDEX audit_log_family ON audit_log(family_id, at);
CREATE INDEX audit_log_account ON audit_log(account_id, at);
CREATE INDEX audit_log_summary ON audit_log(account_id, account, role, outcome, at, kind);
CREATE INDEX audit_log_kind ON audit_log(kind);
CREATE INDEX audit_log_refused ON audit_log(id) WHERE outcome = 'refused';
CREATE INDEX audit_log_counting ON audit_log(count_key, counts_until) WHERE count_key IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN OLD.count_key IS NULL OR NEW.repeats < OLD.repeats OR NEW.id IS NOT OLD.id
      OR NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind OR NEW.account_id IS NOT OLD.account_id
      OR NEW.account IS NOT OLD.account OR NEW.role IS NOT OLD.role
      OR NEW.action IS NOT OLD.action OR NEW.family_id IS NOT OLD.family_id
      OR NEW.child_id IS NOT OLD.child_id OR NEW.group_id IS NOT OLD.group_id
      OR NEW.children IS NOT OLD.children OR NEW.what IS NOT OLD.what
      OR NEW.client IS NOT OLD.client OR NEW.outcome IS NOT OLD.outcome
      OR NEW.count_key IS NOT OLD.count_key OR NEW.counts_until IS NOT OLD.counts_until
      OR NEW.chain IS NOT OLD.chain
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    };
    return steps;
}

} // namespace dagritme::store
