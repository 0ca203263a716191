package uk.practicecheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * One DRL file as the Drools parser reads it: its rules, each with its {@code @} metadata and
 * position, any syntax errors, and any rule that does not keep to one case ({@link CaseScope}).
 * Reading files one at a time means a syntax error in one file does not hide what is wrong, or
 * right, in the others.
 */
public final class RuleFile {
    private final RuleSource source;
    private final String packageName;
    private final List<DeclaredRule> rules;
    private final List<RuleProblem> syntaxErrors;
    private final List<RuleProblem> scopeErrors;

    private RuleFile(RuleSource source, String packageName, List<DeclaredRule> rules, List<RuleProblem> syntaxErrors,
                     List<RuleProblem> scopeErrors) {
        this.source = source;
        this.packageName = packageName;
        this.rules = List.copyOf(rules);
        this.syntaxErrors = List.copyOf(syntaxErrors);
        this.scopeErrors = List.copyOf(scopeErrors);
    }

    /**
     * A rule as declared in a file.
     *
     * @param name     the DRL rule name
     * @param line     1-based line of its {@code rule} keyword
     * @param metadata its {@code @} annotations, raw (see {@link RuleMetadata#text})
     */
    public record DeclaredRule(String name, int line, Map<String, Object> metadata) {

        /** A metadata value as plain text, or null when the rule does not give it. */
        public String metadataText(String key) {
            return RuleMetadata.text(metadata, key);
        }
    }

    public static RuleFile parse(RuleSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        List<RuleProblem> errors = new ArrayList<>();
        try {
            descr = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            errors.add(new RuleProblem(source.displayPath(), e.getLineNumber(), e.getColumn() + 1, e.getMessage()));
            descr = null;
        }
        for (DroolsError error : parser.getErrors()) {
            errors.add(syntaxError(source, error));
        }
        List<DeclaredRule> rules = new ArrayList<>();
        List<RuleProblem> scopeErrors = new ArrayList<>();
        String packageName = "";
        if (descr != null) {
            packageName = descr.getNamespace() == null ? "" : descr.getNamespace();
            for (RuleDescr rule : descr.getRules()) {
                Map<String, Object> metadata = new LinkedHashMap<>();
                for (AnnotationDescr annotation : rule.getAnnotations()) {
                    metadata.put(annotation.getName(), annotation.getValue());
                }
                rules.add(new DeclaredRule(rule.getName(), rule.getLine(), metadata));
                for (String problem : CaseScope.problems(rule)) {
                    scopeErrors.add(new RuleProblem(source.displayPath(), rule.getLine(), 0, problem));
                }
            }
        }
        return new RuleFile(source, packageName, rules, errors, scopeErrors);
    }

    private static RuleProblem syntaxError(RuleSource source, DroolsError error) {
        if (error instanceof ParserError parserError) {
            // The parser counts columns from 0; editors count from 1.
            return new RuleProblem(source.displayPath(), parserError.getRow(), parserError.getCol() + 1,
                    error.getMessage().strip());
        }
        int[] lines = error.getLines();
        return new RuleProblem(source.displayPath(), lines.length > 0 ? Math.max(lines[0], 0) : 0, 0,
                error.getMessage().strip());
    }

    public RuleSource source() {
        return source;
    }

    /** The DRL package, or "" when the file declares none. */
    public String packageName() {
        return packageName;
    }

    public List<DeclaredRule> rules() {
        return rules;
    }

    public List<RuleProblem> syntaxErrors() {
        return syntaxErrors;
    }

    /**
     * Rules that could join one case with another. The file still compiles (so that its other
     * problems, such as an unknown class, are found too), but the rule book is refused.
     */
    public List<RuleProblem> scopeErrors() {
        return scopeErrors;
    }

    public boolean parsed() {
        return syntaxErrors.isEmpty();
    }
}
