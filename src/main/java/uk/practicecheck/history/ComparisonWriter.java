package uk.practicecheck.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** What changed between two runs, as text for a terminal or as JSON. */
public final class ComparisonWriter {

    /**
     * @param limit how many cases to list in each section (all are counted)
     */
    public void text(Comparison c, int limit, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("Changes from run %d (as of %s) to run %d (as of %s), population \"%s\"%n", c.before().id(),
                c.before().asOf(), c.after().id(), c.after().asOf(), c.after().population());
        if (c.cautions().isEmpty()) {
            out.println("Same rule book and policy in both runs.");
        } else {
            c.cautions().forEach(caution -> out.println("Caution: " + caution));
        }
        out.printf(Locale.UK, "Compliance, all rules: %s in run %d, %s in run %d (%s).%n",
                HistoryTexts.percent(c.overall().before()), c.before().id(), HistoryTexts.percent(c.overall().after()),
                c.after().id(), HistoryTexts.points(c.overall().change()));
        out.printf(Locale.UK, "Cases evaluated: %,d in run %d, %,d in run %d.%n", c.before().evaluated(),
                c.before().id(), c.after().evaluated(), c.after().id());
        if (c.casesMatched()) {
            section(out, "Newly not met", c.newlyNotMet(), limit, true);
            section(out, "Put right (not met before, met now)", c.putRight(), limit, false);
            section(out, "Still outstanding (not met in both)", c.stillOutstanding(), limit, true);
            section(out, "Not met before, not judged now (left the cohort, rule no longer applies, or cannot tell)",
                    c.noLongerJudged(), limit, false);
        }
        rates(out, "Rules whose rates moved most", c.rules());
        rates(out, "Teams whose rates moved most", c.teams());
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<CaseChange> changes, int limit, boolean overdue) {
        out.println();
        out.printf(Locale.UK, "%s: %,d%s%n", title, changes.size(),
                changes.size() > limit ? String.format(Locale.UK, " (showing %,d)", limit) : "");
        for (CaseChange change : changes.subList(0, Math.min(limit, changes.size()))) {
            String detail = overdue ? HistoryTexts.overdue(change.overdueAfter())
                    : "now " + HistoryTexts.words(change.after());
            out.printf("  %-16s %-44s team %s%s%n", change.caseKey(), change.ruleId(), change.team(),
                    detail.isEmpty() ? "" : " | " + detail);
        }
    }

    private static void rates(PrintWriter out, String title, List<RateChange> changes) {
        out.println();
        out.println(title + ":");
        if (changes.isEmpty()) {
            out.println("  none moved");
        }
        for (RateChange change : changes) {
            out.printf(Locale.UK, "  %-48s %7s -> %7s  %s%n", change.name(), HistoryTexts.percent(change.before()),
                    HistoryTexts.percent(change.after()), HistoryTexts.points(change.change()));
        }
    }

    public void json(Comparison c, int limit, Writer destination) throws IOException {
        ObjectNode root = RunListWriter.JSON.createObjectNode();
        root.put("formatVersion", "1");
        root.set("before", RunListWriter.run(c.before()));
        root.set("after", RunListWriter.run(c.after()));
        ArrayNode cautions = root.putArray("cautions");
        c.cautions().forEach(cautions::add);
        root.put("casesMatched", c.casesMatched());
        root.set("overall", rate(c.overall()));
        if (c.casesMatched()) {
            root.set("newlyNotMet", cases(c.newlyNotMet(), limit));
            root.set("putRight", cases(c.putRight(), limit));
            root.set("stillOutstanding", cases(c.stillOutstanding(), limit));
            root.set("notJudgedNow", cases(c.noLongerJudged(), limit));
        }
        ArrayNode rules = root.putArray("rules");
        c.rules().forEach(r -> rules.add(rate(r)));
        ArrayNode teams = root.putArray("teams");
        c.teams().forEach(t -> teams.add(rate(t)));
        RunListWriter.JSON.writeValue(destination, root);
    }

    private static ObjectNode cases(List<CaseChange> changes, int limit) {
        ObjectNode node = RunListWriter.JSON.createObjectNode();
        node.put("count", changes.size());
        ArrayNode list = node.putArray("cases");
        for (CaseChange change : changes.subList(0, Math.min(limit, changes.size()))) {
            ObjectNode item = list.addObject();
            item.put("case", change.caseKey());
            item.put("team", change.team());
            item.put("rule", change.ruleId());
            item.put("before", HistoryTexts.words(change.before()));
            if (change.overdueBefore() != null) {
                item.put("daysOverdueBefore", change.overdueBefore());
            }
            item.put("after", HistoryTexts.words(change.after()));
            if (change.overdueAfter() != null) {
                item.put("daysOverdueAfter", change.overdueAfter());
            }
        }
        return node;
    }

    private static ObjectNode rate(RateChange change) {
        ObjectNode node = RunListWriter.JSON.createObjectNode();
        node.put("name", change.name());
        if (change.before() != null) {
            node.put("before", change.before());
        }
        node.put("judgedBefore", change.judgedBefore());
        if (change.after() != null) {
            node.put("after", change.after());
        }
        node.put("judgedAfter", change.judgedAfter());
        if (change.change() != null) {
            node.put("change", change.change());
        }
        return node;
    }
}
