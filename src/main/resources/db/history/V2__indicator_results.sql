-- The audit history, second schema version: each run's cohort indicators (see docs/indicators.md),
-- over the whole cohort and by team. The value is worked out from the counts as the reports do:
-- numerator out of denominator as a percentage, an average of days, or the numerator itself.

CREATE TABLE indicator_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    indicator_id VARCHAR(200) NOT NULL,
    title VARCHAR(1000) NOT NULL,
    shown_as VARCHAR(20) NOT NULL,
    numerator BIGINT NOT NULL,
    denominator BIGINT NOT NULL,
    cases_not_judged BIGINT NOT NULL,
    cases_not_held BIGINT NOT NULL,
    PRIMARY KEY (run_id, indicator_id)
);

CREATE TABLE indicator_team_result (
    run_id BIGINT NOT NULL REFERENCES audit_run (run_id),
    indicator_id VARCHAR(200) NOT NULL,
    team VARCHAR(500) NOT NULL,
    numerator BIGINT NOT NULL,
    denominator BIGINT NOT NULL,
    cases_not_judged BIGINT NOT NULL,
    cases_not_held BIGINT NOT NULL,
    PRIMARY KEY (run_id, indicator_id, team)
);
