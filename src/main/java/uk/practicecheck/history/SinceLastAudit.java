package uk.practicecheck.history;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * "Since the last audit": each compliance rate of this audit beside the same rate in the previous
 * recorded run of its population, written as a section at the end of the text and Markdown reports.
 * Read from the history before the audit is recorded.
 */
public final class SinceLastAudit {
    private final RecordedRun previous;
    private final Map<String, Counts> rules;
    private final Map<String, Counts> teams;

    private SinceLastAudit(RecordedRun previous, Map<String, Counts> rules, Map<String, Counts> teams) {
        this.previous = previous;
        this.rules = rules;
        this.teams = teams;
    }

    /** The previous run of {@code population}, or null when this is its first audit. */
    public static SinceLastAudit read(History history, String population) throws HistoryException {
        RecordedRun previous = history.latest(population).orElse(null);
        if (previous == null) {
            return null;
        }
        return new SinceLastAudit(previous, history.counts("rule_result", "rule_id", previous.id()),
                history.counts("team_result", "team", previous.id()));
    }

    /** As text for a terminal ({@code markdown} false) or as Markdown tables. */
    public void write(RunTotals now, String ruleBookHash, String policyHash, boolean markdown, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.println();
        String title = String.format(Locale.UK, "Since the last audit (run %d in the history, as of %s)", previous.id(),
                previous.asOf());
        out.println(markdown ? "## " + title : title);
        out.println();
        for (String caution : cautions(ruleBookHash, policyHash)) {
            out.println((markdown ? "> " : "Caution: ") + caution);
            out.println();
        }
        table(out, markdown, "Compliance", List.of(row("all rules", previous.counts(), now.overall())));
        table(out, markdown, "By rule", rows(rules, now.byRule()));
        table(out, markdown, "By team", rows(teams, teamCounts(now)));
        out.flush();
    }

    private List<String> cautions(String ruleBookHash, String policyHash) {
        List<String> cautions = new ArrayList<>();
        if (!previous.ruleBookHash().equals(ruleBookHash)) {
            cautions.add("the rule book has changed since that audit, so a rule's rate may have moved because the rule did.");
        }
        if (!previous.policyHash().equals(policyHash)) {
            cautions.add("the policy has changed since that audit (it was \"" + previous.policyName()
                    + "\"), so a rate may have moved because a timescale did.");
        }
        return cautions;
    }

    private static Map<String, Counts> teamCounts(RunTotals now) {
        Map<String, Counts> teams = new java.util.LinkedHashMap<>();
        now.teams().forEach(team -> teams.put(team.name(), team.counts()));
        return teams;
    }

    private static List<List<String>> rows(Map<String, Counts> before, Map<String, Counts> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().map(name -> row(name, before.get(name), after.get(name))).toList();
    }

    private static List<String> row(String name, Counts before, Counts after) {
        RateChange change = new RateChange(name, before == null ? null : before.rate(), 0,
                after == null ? null : after.rate(), 0);
        return List.of(name, HistoryTexts.percent(change.after()), HistoryTexts.percent(change.before()),
                HistoryTexts.points(change.change()));
    }

    private static void table(PrintWriter out, boolean markdown, String title, List<List<String>> rows) {
        List<String> headers = List.of(title, "Now", "Last audit", "Change");
        if (markdown) {
            out.println("| " + String.join(" | ", headers) + " |");
            out.println("| --- | ---: | ---: | ---: |");
            rows.forEach(r -> out.println("| " + String.join(" | ", r.stream().map(SinceLastAudit::cell).toList()) + " |"));
        } else {
            int width = Math.max(title.length(), rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0));
            out.printf("%-" + width + "s  %8s  %10s  %14s%n", headers.toArray());
            rows.forEach(r -> out.printf("%-" + width + "s  %8s  %10s  %14s%n", r.toArray()));
        }
        out.println();
    }

    /** A Markdown table cell: pipes and the characters Markdown acts on escaped. */
    private static String cell(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
    }
}
