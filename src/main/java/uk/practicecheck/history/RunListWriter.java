package uk.practicecheck.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The list of recorded runs, as text for a terminal or as JSON. */
public final class RunListWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void text(HistoryLocation location, List<RecordedRun> runs, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("Audit history %s: %,d run%s%n", location, runs.size(), runs.size() == 1 ? "" : "s");
        if (!runs.isEmpty()) {
            out.println();
            out.printf("%5s  %-20s  %-10s  %-24s  %10s  %10s  %10s  %-12s  %s%n", "run", "recorded", "as of",
                    "population", "evaluated", "compliance", "action", "rule book", "policy");
            for (RecordedRun run : runs) {
                out.printf(Locale.UK, "%5d  %-20s  %-10s  %-24s  %,10d  %10s  %,10d  %-12s  %s%s%n", run.id(),
                        HistoryTexts.RECORDED.format(run.recordedAt()), run.asOf(), abbreviate(run.population(), 24),
                        run.evaluated(), HistoryTexts.percent(run.counts().rate()), run.casesNeedingAction(),
                        run.ruleBookVersion(), run.policyName(), run.pseudonymised() ? " (pseudonymised)" : "");
            }
            out.println();
            out.println("Compliance is met out of judged (met, not met, rule error) over every case and rule; "
                    + "\"action\" counts the cases needing action.");
        }
        out.flush();
    }

    public void json(List<RecordedRun> runs, Writer destination) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", "1");
        ArrayNode array = root.putArray("runs");
        runs.forEach(run -> array.add(run(run)));
        JSON.writeValue(destination, root);
    }

    static ObjectNode run(RecordedRun run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("run", run.id());
        node.put("recordedAt", run.recordedAt().toString());
        node.put("asOf", run.asOf().toString());
        if (run.periodStart() != null) {
            node.put("periodStart", run.periodStart().toString());
            node.put("periodEnd", run.periodEnd().toString());
        }
        node.put("population", run.population());
        node.put("toolVersion", run.toolVersion());
        node.put("ruleBookHash", run.ruleBookHash());
        node.put("rules", run.ruleCount());
        node.put("policy", run.policyName());
        node.put("policyHash", run.policyHash());
        node.put("pseudonymised", run.pseudonymised());
        node.put("recordsRead", run.recordsRead());
        node.put("evaluated", run.evaluated());
        node.put("rejected", run.rejected());
        node.put("casesNeedingAction", run.casesNeedingAction());
        node.set("results", counts(run.counts()));
        return node;
    }

    static ObjectNode counts(Counts counts) {
        ObjectNode node = JSON.createObjectNode();
        node.put("met", counts.met());
        node.put("notMet", counts.notMet());
        node.put("notYetDue", counts.notYetDue());
        node.put("cannotTell", counts.cannotTell());
        node.put("notApplicable", counts.notApplicable());
        node.put("ruleError", counts.ruleError());
        if (counts.rate() != null) {
            node.put("compliance", counts.rate());
        }
        return node;
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
