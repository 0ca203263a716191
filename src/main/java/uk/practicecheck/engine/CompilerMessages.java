package uk.practicecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Drools compiler's messages into problems a rule author can jump to. The executable
 * model often reports a DRL error without a line, and reports errors in rule consequences against
 * the Java it generated; so where the message gives no usable line, the line is found by looking
 * for the name the message complains about in the DRL itself.
 */
final class CompilerMessages {
    /** Message shapes and the group naming what they complain about. */
    private static final List<Pattern> SUBJECTS = List.of(
            Pattern.compile("Unable to find class: ([\\w$.]+)"),
            Pattern.compile("Unknown field ([\\w$]+) on class"),
            Pattern.compile("The method ([\\w$]+)\\("),
            Pattern.compile("([\\w$.]+) cannot be resolved"),
            Pattern.compile("Only a type can be imported\\. ([\\w$.]+) resolves"),
            Pattern.compile("expression: (.+)$"),
            Pattern.compile("'([^']+)'"),
            Pattern.compile("\"([^\"]+)\""));
    private static final Pattern DRL_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private CompilerMessages() {
    }

    /** Messages that only repeat an error already reported, or print generated code. */
    static boolean isNoise(String text) {
        return text.startsWith("Java source of ") || text.equals("Parser returned a null Package");
    }

    /** A problem in {@code file}, at {@code line} when the compiler gave one, else where the message's subject appears. */
    static RuleProblem locate(RuleFile file, int line, String text) {
        String path = file.source().displayPath();
        Matcher position = DRL_POSITION.matcher(text);
        if (position.find()) {
            // The parser's own position, columns counted from 0.
            return new RuleProblem(path, Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2)) + 1, text);
        }
        if (line > 0) {
            return new RuleProblem(path, line, 0, text);
        }
        String drl = withoutComments(file.source().text());
        for (String subject : subjects(text)) {
            int offset = find(drl, subject);
            if (offset >= 0) {
                int lineNumber = 1 + (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count();
                int column = offset - drl.lastIndexOf('\n', offset - 1);
                return new RuleProblem(path, lineNumber, column, text);
            }
        }
        int ruleLine = file.rules().isEmpty() ? 0 : file.rules().get(0).line();
        return new RuleProblem(path, ruleLine, 0, text);
    }

    private static List<String> subjects(String text) {
        List<String> subjects = new ArrayList<>();
        for (Pattern pattern : SUBJECTS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                String subject = matcher.group(1).strip();
                subjects.add(subject);
                int dot = subject.lastIndexOf('.');
                if (dot > 0 && dot < subject.length() - 1) {
                    subjects.add(subject.substring(dot + 1));
                }
            }
        }
        return subjects;
    }

    /** Where {@code subject} first stands in the DRL as a whole name, or -1. */
    private static int find(String drl, String subject) {
        Matcher matcher = Pattern.compile("(?<![\\w$])" + Pattern.quote(subject) + "(?![\\w$])").matcher(drl);
        return matcher.find() ? matcher.start() : -1;
    }

    /** Blanks out comments, keeping every other character where it was. */
    private static String withoutComments(String drl) {
        return COMMENT.matcher(drl).replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
    }
}
