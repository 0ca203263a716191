package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.WordUtils;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.StatutorySource;

/**
 * The plain-language report a team manager reads in a minute, case by case: the child and the
 * overall picture; every occasion not met, with its due date and days overdue, and what the
 * inspectors asked; what falls due soon; then what the record cannot tell, what was met (one line
 * a rule) and what is due later. Rules that do not apply are only counted unless asked for. Every
 * value from the case is made safe by {@link SafeText}.
 */
public final class TextReportWriter {
    private static final int WIDTH = 100;
    private static final String INDENT = "    ";
    /** Inspectors' words longer than this are shortened at a word, so that one finding cannot bury the rest. */
    private static final int QUOTE_LENGTH = 360;

    /** What a case's report shows. */
    public enum Show {
        /** Everything that applies; rules that do not apply are counted. */
        APPLICABLE,
        /** Everything, rules that do not apply included. */
        ALL
    }

    private final Show show;
    private final int dueWithinDays;

    /** @param dueWithinDays what falls due within this many days after the as-of date is "due soon" */
    public TextReportWriter(Show show, int dueWithinDays) {
        this.show = show;
        this.dueWithinDays = dueWithinDays;
    }

    public void write(AuditResult result, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("practice-check report as of %s%n", result.asOf());
        out.printf("Judged against %s with the policy \"%s\".%n", plural(result.rules().size(), "rule"),
                SafeText.clean(result.policyName()));
        out.printf("Read %s: %s evaluated, %s rejected.%n", plural(result.recordsRead(), "record"),
                number(result.cases().size()), number(result.rejections().size()));
        for (CaseResult c : result.cases()) {
            new CaseReport(out, c, result).write();
        }
        if (!result.rejections().isEmpty()) {
            out.println();
            out.printf("Rejected records (%s) - not evaluated:%n", number(result.rejections().size()));
            for (Rejection r : result.rejections()) {
                out.println("  " + SafeText.clean(r.describe()));
            }
        }
        out.println();
        writeTotals(out, result);
        out.flush();
    }

    /** One case's report, a section per method. */
    private final class CaseReport {
        private final PrintWriter out;
        private final CaseResult c;
        private final AuditResult result;
        private final LocalDate soonUntil;

        CaseReport(PrintWriter out, CaseResult c, AuditResult result) {
            this.out = out;
            this.c = c;
            this.result = result;
            this.soonUntil = result.asOf().plusDays(dueWithinDays);
        }

        void write() {
            child();
            notMet();
            dueSoon();
            section("Rule errors", Outcome.ERROR, true);
            section("The record cannot tell", Outcome.CANNOT_TELL, false);
            met();
            dueLater();
            notApplicable();
        }

        private void child() {
            out.println();
            out.println("=".repeat(WIDTH));
            String name = SafeText.clean(c.childName());
            String id = SafeText.clean(c.caseId());
            out.println(StringUtils.isBlank(name) ? "Case " + id : name + " (case " + id + ")");
            out.printf("  Team: %s | Worker: %s | From: %s%n", SafeText.clean(orUnknown(c.team())),
                    SafeText.clean(orUnknown(c.worker())), SafeText.clean(c.source().toString()));
            out.println("  Overall: " + overall());
            for (String warning : c.warnings()) {
                out.println(wrap("Note: " + SafeText.clean(warning), "  "));
            }
        }

        private String overall() {
            long notMet = findings(f -> f.outcome() == Outcome.NOT_MET).size();
            long errors = findings(f -> f.outcome() == Outcome.ERROR).size();
            long soon = findings(this::isDueSoon).size();
            long applicable = c.rules().stream().filter(r -> r.outcome() != Outcome.NOT_APPLICABLE).count();
            String verdict = notMet + errors > 0 ? "needs action" : "nothing overdue";
            List<String> parts = new ArrayList<>();
            parts.add(plural(notMet, "occasion") + " not met");
            if (errors > 0) {
                parts.add(plural(errors, "rule") + " failed");
            }
            parts.add(number(soon) + " due in the next " + plural(dueWithinDays, "day"));
            return verdict + ": " + String.join(", ", parts) + "; " + plural(applicable, "rule") + " of "
                    + number(c.rules().size()) + " apply.";
        }

        private void notMet() {
            List<RuleResult> rules = rulesWith(f -> f.outcome() == Outcome.NOT_MET);
            heading("Not met", rules.size(), "rule");
            if (rules.isEmpty()) {
                out.println(INDENT + "Nothing.");
            }
            for (RuleResult r : rules) {
                ruleTitle(r);
                long onTime = r.findings().stream().filter(f -> f.outcome() == Outcome.MET).count();
                for (Finding f : r.findings()) {
                    if (f.outcome() == Outcome.NOT_MET) {
                        finding(f);
                    }
                }
                if (onTime > 0) {
                    out.println(INDENT + "  (" + plural(onTime, "other occasion") + " on time)");
                }
                inspectors(r);
            }
        }

        private void dueSoon() {
            List<Finding> soon = findings(this::isDueSoon);
            heading("Due in the next " + plural(dueWithinDays, "day"), soon.size(), "duty");
            if (soon.isEmpty()) {
                out.println(INDENT + "Nothing.");
            }
            for (RuleResult r : rulesWith(this::isDueSoon)) {
                ruleTitle(r);
                for (Finding f : r.findings()) {
                    if (isDueSoon(f)) {
                        out.println(wrap("- " + subject(f) + ": due " + f.due() + " (in "
                                + plural(ChronoUnit.DAYS.between(result.asOf(), f.dueDate()), "day") + ").", INDENT + "  "));
                    }
                }
            }
        }

        private void section(String title, Outcome outcome, boolean withInspectors) {
            List<RuleResult> rules = rulesWith(f -> f.outcome() == outcome);
            if (rules.isEmpty()) {
                return;
            }
            heading(title, rules.size(), "rule");
            for (RuleResult r : rules) {
                ruleTitle(r);
                r.findings().stream().filter(f -> f.outcome() == outcome).forEach(this::finding);
                if (withInspectors) {
                    inspectors(r);
                }
            }
        }

        /** One line a rule: its occasions judged were all met (inspectors' words left out). */
        private void met() {
            List<RuleResult> rules = c.rules().stream().filter(r -> r.caseOutcome() == Outcome.MET
                    && r.findings().stream().noneMatch(f -> f.outcome() == Outcome.CANNOT_TELL)).toList();
            if (rules.isEmpty()) {
                return;
            }
            heading("Met", rules.size(), "rule");
            for (RuleResult r : rules) {
                long met = r.findings().stream().filter(f -> f.outcome() == Outcome.MET).count();
                out.println(wrap("- " + SafeText.clean(r.rule().title()) + (met > 1 ? " (" + plural(met, "occasion")
                        + ", all on time)" : ""), INDENT));
            }
        }

        /** One line a duty not yet due beyond the due-soon window. */
        private void dueLater() {
            List<Finding> later = findings(f -> f.outcome() == Outcome.NOT_YET_DUE && !isDueSoon(f));
            if (later.isEmpty()) {
                return;
            }
            heading("Due later", later.size(), "duty");
            for (RuleResult r : rulesWith(f -> f.outcome() == Outcome.NOT_YET_DUE && !isDueSoon(f))) {
                for (Finding f : r.findings()) {
                    if (f.outcome() == Outcome.NOT_YET_DUE && !isDueSoon(f)) {
                        out.println(wrap("- " + SafeText.clean(r.rule().title()) + ": " + subject(f)
                                + (f.due() == null ? "" : ", due " + f.due()) + ".", INDENT));
                    }
                }
            }
        }

        private void notApplicable() {
            List<RuleResult> rules = c.rules().stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).toList();
            if (rules.isEmpty()) {
                return;
            }
            if (show == Show.APPLICABLE) {
                out.println();
                out.println("  " + plural(rules.size(), "rule") + " do not apply to this case (--show all lists them).");
                return;
            }
            heading("Does not apply", rules.size(), "rule");
            for (RuleResult r : rules) {
                out.println(wrap("- " + SafeText.clean(r.rule().title())
                        + (StringUtils.isBlank(r.rule().appliesTo()) ? "" : ": applies to " + r.rule().appliesTo()) + ".",
                        INDENT));
            }
        }

        private void heading(String title, long count, String noun) {
            out.println();
            out.println("  " + title + " (" + plural(count, noun) + ")");
        }

        private void ruleTitle(RuleResult r) {
            out.println(wrap(SafeText.clean(r.rule().title()) + " [" + r.rule().severity().name().toLowerCase(Locale.ROOT)
                    + " severity]", INDENT));
        }

        private void finding(Finding f) {
            out.println(wrap("- " + subject(f) + ": " + SafeText.clean(f.message()), INDENT + "  "));
        }

        private void inspectors(RuleResult r) {
            List<String> ids = r.rule().recommendationIds();
            if (ids.isEmpty()) {
                out.println(wrap(RuleInfo.NO_RECOMMENDATION, INDENT + "  "));
            } else {
                result.catalogue().find(ids.get(0)).ifPresent(rec -> recommendation(rec, r.rule().id()));
                if (ids.size() > 1) {
                    out.println(wrap("Also asked in " + String.join(", ", ids.subList(1, ids.size())) + ".", INDENT + "  "));
                }
            }
            for (StatutorySource source : result.statutorySources(r.rule())) {
                if (source.known()) {
                    out.println(wrap("Source: " + SafeText.clean(source.source()) + ".", INDENT + "  "));
                }
            }
        }

        private void recommendation(Recommendation rec, String ruleId) {
            out.println(wrap("Inspectors asked (" + rec.id() + ", " + rec.report() + ", " + rec.date() + "):", INDENT + "  "));
            String words = rec.text().length() <= QUOTE_LENGTH ? rec.text()
                    : WordUtils.abbreviate(rec.text(), QUOTE_LENGTH - 40, QUOTE_LENGTH, "…")
                    + " (shortened here; \"practice-check rules show " + ruleId + "\" gives it all)";
            out.println(wrap("\"" + words + "\"", INDENT + "    "));
        }

        private boolean isDueSoon(Finding f) {
            return f.outcome() == Outcome.NOT_YET_DUE && f.dueDate() != null && !f.dueDate().isAfter(soonUntil);
        }

        private List<Finding> findings(Predicate<Finding> which) {
            List<Finding> found = new ArrayList<>();
            c.rules().forEach(r -> r.findings().stream().filter(which).forEach(found::add));
            return found;
        }

        /** The rules with a finding of that kind, the most severe first, then in rule book order. */
        private List<RuleResult> rulesWith(Predicate<Finding> which) {
            List<RuleResult> rules = new ArrayList<>(c.rules().stream()
                    .filter(r -> r.findings().stream().anyMatch(which)).toList());
            rules.sort(Comparator.comparing((RuleResult r) -> r.rule().severity()));
            return rules;
        }
    }

    private static String subject(Finding f) {
        return SafeText.clean(StringUtils.capitalize(f.subject()));
    }

    private void writeTotals(PrintWriter out, AuditResult result) {
        Map<Outcome, Long> counts = result.outcomeCounts();
        StringBuilder line = new StringBuilder("Rules across all cases:");
        for (Outcome outcome : Outcome.values()) {
            long n = counts.get(outcome);
            if (n > 0 || outcome != Outcome.ERROR) {
                line.append(' ').append(outcome.words()).append(' ').append(number(n)).append(',');
            }
        }
        line.setLength(line.length() - 1);
        out.println(line.append('.'));
        out.printf("Cases with at least one rule not met: %s of %s.%n", number(result.casesWith(Outcome.NOT_MET)),
                number(result.cases().size()));
    }

    private static String wrap(String text, String indent) {
        return indent + WordUtils.wrap(text, WIDTH - indent.length(), System.lineSeparator() + indent + "  ", true);
    }

    private static String orUnknown(String value) {
        return StringUtils.isBlank(value) ? "not recorded" : value;
    }

    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String plural(long n, String noun) {
        boolean consonantY = noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0;
        String plural = consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return number(n) + " " + (n == 1 ? noun : plural);
    }
}
