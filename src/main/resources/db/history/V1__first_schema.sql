-- The audit history, first schema. One row in audit_run per recorded audit, and what that audit found:
-- totals by rule, recommendation, team and worker, and per case and rule the outcome and days overdue.
-- No child's name or date of birth is ever stored: a case is known by its id as given, or its pseudonym.
-- Dates are ISO 8601 text (YYYY-MM-DD; instants in UTC), so the same schema and code serve SQLite and PostgreSQL.
-- ${identity} is the database's auto-numbered primary key (see HistoryDatabase).

CREATE TABLE audit_run (
    run_id ${identity},
    recorded_at VARCHAR(40) NOT NULL,
    as_of VARCHAR(10) NOT NULL,
    period_start VARCHAR(10),
    period_end VARCHAR(10),
    population VARCHAR(200) NOT NULL,
    tool_version VARCHAR(100) NOT NULL,
    rule_book_hash VARCHAR(64) NOT NULL,
    rule_count INTEGER NOT NULL,
    policy_name VARCHAR(500) NOT NULL,
    policy_hash VARCHAR(64) NOT NULL,
    pseudonym_key_check VARCHAR(20),
    records_read BIGINT NOT NULL,
    evaluated BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    cases_with_warnings BIGINT NOT NULL,
    cases_needing_action BIGINT NOT NULL,
    met BIGINT NOT NULL,
    not_met BIGINT NOT NULL,
    not_yet_due BIGINT NOT NULL,
    cannot_tell BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    rule_error BIGINT NOT NULL
);

CREATE TABLE run_input (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    position INTEGER NOT NULL,
    name VARCHAR(2000) NOT NULL,
    sha256 VARCHAR(64),
    size_bytes BIGINT,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE rule_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    rule_id VARCHAR(200) NOT NULL,
    title VARCHAR(1000) NOT NULL,
    met BIGINT NOT NULL,
    not_met BIGINT NOT NULL,
    not_yet_due BIGINT NOT NULL,
    cannot_tell BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    rule_error BIGINT NOT NULL,
    PRIMARY KEY (run_id, rule_id)
);

CREATE TABLE recommendation_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    recommendation_id VARCHAR(200) NOT NULL,
    met BIGINT NOT NULL,
    not_met BIGINT NOT NULL,
    not_yet_due BIGINT NOT NULL,
    cannot_tell BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    rule_error BIGINT NOT NULL,
    PRIMARY KEY (run_id, recommendation_id)
);

CREATE TABLE team_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    team VARCHAR(500) NOT NULL,
    cases BIGINT NOT NULL,
    cases_not_met BIGINT NOT NULL,
    met BIGINT NOT NULL,
    not_met BIGINT NOT NULL,
    not_yet_due BIGINT NOT NULL,
    cannot_tell BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    rule_error BIGINT NOT NULL,
    PRIMARY KEY (run_id, team)
);

CREATE TABLE worker_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    team VARCHAR(500) NOT NULL,
    worker VARCHAR(500) NOT NULL,
    cases BIGINT NOT NULL,
    cases_not_met BIGINT NOT NULL,
    met BIGINT NOT NULL,
    not_met BIGINT NOT NULL,
    not_yet_due BIGINT NOT NULL,
    cannot_tell BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    rule_error BIGINT NOT NULL,
    PRIMARY KEY (run_id, team, worker)
);

-- Every case evaluated, by its position in the run's input (a case id may repeat across inputs).
CREATE TABLE audited_case (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    position BIGINT NOT NULL,
    case_key VARCHAR(200) NOT NULL,
    team VARCHAR(500) NOT NULL,
    worker VARCHAR(500) NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX audited_case_by_key ON audited_case (run_id, case_key);

-- Per case and rule, every outcome but "not applicable" (which is what a missing row means).
CREATE TABLE case_rule_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    position BIGINT NOT NULL,
    rule_id VARCHAR(200) NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    days_overdue BIGINT,
    PRIMARY KEY (run_id, position, rule_id)
);
