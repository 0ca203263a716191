package uk.practicecheck.audit;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.report.AuditCsvWriter;
import uk.practicecheck.report.AuditHtmlWriter;
import uk.practicecheck.report.AuditJsonWriter;
import uk.practicecheck.report.AuditMarkdownWriter;
import uk.practicecheck.report.AuditTextWriter;
import uk.practicecheck.report.AuditXlsxWriter;

/** Audits inputs with the project's rules and renders every report format, for tests. */
public final class AuditRunner {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    /** Each format's output by extension; {@code xlsx.txt} is the workbook as {@link XlsxDump} writes it. */
    public static final List<String> FORMATS = List.of("txt", "json", "csv", "html", "md", "xlsx.txt");

    private AuditRunner() {
    }

    /** Every format's output, by file extension. */
    public static Map<String, String> allFormats(List<Path> inputs, int threads, Pseudonymiser pseudonymiser)
            throws Exception {
        List<CaseInput> cases = inputs.stream().map(CaseInput::file).toList();
        StringWriter csv = new StringWriter();
        AuditSummary summary;
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (AuditCsvWriter csvWriter = new AuditCsvWriter(csv, AuditCsvWriter.Rows.ATTENTION, AS_OF.plusDays(28));
             AuditXlsxWriter xlsxWriter = new AuditXlsxWriter(xlsx, AS_OF.plusDays(28))) {
            summary = auditor(threads, pseudonymiser).audit(cases, batch -> {
                csvWriter.accept(batch);
                xlsxWriter.accept(batch);
            });
            xlsxWriter.finish(summary, null);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        StringWriter text = new StringWriter();
        new AuditTextWriter().write(summary, text);
        outputs.put("txt", text.toString());
        StringWriter json = new StringWriter();
        new AuditJsonWriter().write(summary, json);
        outputs.put("json", json.toString());
        outputs.put("csv", csv.toString());
        StringWriter html = new StringWriter();
        new AuditHtmlWriter().write(summary, html);
        outputs.put("html", html.toString());
        StringWriter md = new StringWriter();
        new AuditMarkdownWriter().write(summary, md);
        outputs.put("md", md.toString());
        outputs.put("xlsx.txt", XlsxDump.of(xlsx.toByteArray()));
        return outputs;
    }

    public static StreamingAuditor auditor(int threads, Pseudonymiser pseudonymiser) throws Exception {
        return new StreamingAuditor(TestRuleBooks.projectRules(), PolicyLoader.defaults(), RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(AS_OF, threads, 10, 1000, pseudonymiser));
    }
}
