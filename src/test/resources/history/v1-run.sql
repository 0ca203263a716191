-- A run as practice-check wrote it with the first schema (V1): migration tests load it into a
-- V1 history, then open that history with the current version.
INSERT INTO audit_run (recorded_at, as_of, period_start, period_end, population, tool_version, rule_book_hash,
    rule_count, policy_name, policy_hash, pseudonym_key_check, records_read, evaluated, rejected, cases_with_warnings,
    cases_needing_action, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ('2026-04-01T08:00:00Z', '2026-04-01', NULL, NULL, 'all cases', 'practice-check 0.1.0-SNAPSHOT',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 2, 'Statutory defaults (England)',
    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', NULL, 2, 2, 0, 0, 1, 2, 1, 0, 0, 1, 0);
INSERT INTO run_input (run_id, position, name, sha256, size_bytes)
VALUES ((SELECT MAX(run_id) FROM audit_run), 1, 'april.ndjson', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 2048);
INSERT INTO rule_result (run_id, rule_id, title, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ((SELECT MAX(run_id) FROM audit_run), 'r.visits', 'Visits on time', 1, 1, 0, 0, 0, 0);
INSERT INTO rule_result (run_id, rule_id, title, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ((SELECT MAX(run_id) FROM audit_run), 'r.plans', 'Plans specific', 1, 0, 0, 0, 1, 0);
INSERT INTO recommendation_result (run_id, recommendation_id, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ((SELECT MAX(run_id) FROM audit_run), 'REC-1', 1, 1, 0, 0, 0, 0);
INSERT INTO team_result (run_id, team, cases, cases_not_met, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ((SELECT MAX(run_id) FROM audit_run), 'Team A', 2, 1, 2, 1, 0, 0, 1, 0);
INSERT INTO worker_result (run_id, team, worker, cases, cases_not_met, met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error)
VALUES ((SELECT MAX(run_id) FROM audit_run), 'Team A', 'Worker A', 2, 1, 2, 1, 0, 0, 1, 0);
INSERT INTO audited_case (run_id, position, case_key, team, worker)
VALUES ((SELECT MAX(run_id) FROM audit_run), 0, 'C-1', 'Team A', 'Worker A');
INSERT INTO audited_case (run_id, position, case_key, team, worker)
VALUES ((SELECT MAX(run_id) FROM audit_run), 1, 'C-2', 'Team A', 'Worker A');
INSERT INTO case_rule_result (run_id, position, rule_id, outcome, days_overdue)
VALUES ((SELECT MAX(run_id) FROM audit_run), 0, 'r.visits', 'not_met', 12);
INSERT INTO case_rule_result (run_id, position, rule_id, outcome, days_overdue)
VALUES ((SELECT MAX(run_id) FROM audit_run), 0, 'r.plans', 'met', NULL);
INSERT INTO case_rule_result (run_id, position, rule_id, outcome, days_overdue)
VALUES ((SELECT MAX(run_id) FROM audit_run), 1, 'r.visits', 'met', NULL);
