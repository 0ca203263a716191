package uk.practicecheck.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practicecheck.names.NearestName;

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
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field ([\\w$]+) on class ([\\w$.]+)");
    private static final Pattern UNPARSED_CONSTRAINT = Pattern.compile("Unable to parse left part of expression: ([A-Za-z_][\\w]*)");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method ([\\w$]+)\\(.*?\\) is undefined for the type ([\\w$.]+)");
    /** Where the classes a rule names live: the case model, the engine's globals and the policy. */
    private static final List<String> RULE_PACKAGES = List.of("uk.practicecheck.model", "uk.practicecheck.engine",
            "uk.practicecheck.policy");
    private static final Pattern DRL_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private CompilerMessages() {
    }

    /** Messages that only repeat an error already reported, or print generated code. */
    static boolean isNoise(String text) {
        return text.startsWith("Java source of ") || text.equals("Parser returned a null Package");
    }

    /**
     * A problem in {@code file}, at {@code line} when the compiler gave one, else where the message's
     * subject appears; a message about an unknown field or method of a class names the nearest one.
     */
    static RuleProblem locate(RuleFile file, int line, String text) {
        RuleProblem found = place(file, line, text);
        return new RuleProblem(found.file(), found.line(), found.column(), text + suggestion(file.source().text(), text));
    }

    /**
     * " (did you mean 'x'?)" for a message about an unknown field or method of a class the rules use,
     * naming its nearest property or method; otherwise empty text.
     */
    static String suggestion(String drl, String text) {
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) {
            return classNamed(field.group(2)).map(type -> NearestName.suggestion(field.group(1), properties(type))).orElse("");
        }
        Matcher constraint = UNPARSED_CONSTRAINT.matcher(text);
        if (constraint.find()) {
            // The parser names only the constraint; the class is the pattern's, found where it stands in the DRL.
            String name = constraint.group(1);
            Matcher pattern = Pattern.compile("([A-Z][\\w$]*)\\s*\\([^()]*?(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])")
                    .matcher(withoutComments(drl));
            return pattern.find() ? classNamed(pattern.group(1)).map(type -> properties(type))
                    .filter(known -> !known.contains(name)).map(known -> NearestName.suggestion(name, known)).orElse("") : "";
        }
        Matcher method = UNKNOWN_METHOD.matcher(text);
        if (method.find()) {
            return classNamed(method.group(2)).map(type -> NearestName.suggestion(method.group(1), methods(type))).orElse("");
        }
        return "";
    }

    /** A class by its full name, or by its simple name in one of the packages rules import from. */
    private static Optional<Class<?>> classNamed(String name) {
        List<String> candidates = name.contains(".") ? List.of(name)
                : RULE_PACKAGES.stream().map(p -> p + "." + name).toList();
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, CompilerMessages.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return Optional.empty();
    }

    /** The names a DRL pattern may use for {@code type}'s properties: getX() and isX() as x. */
    private static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            String name = m.getName();
            if (m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class) {
                String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                        : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
                if (property != null) {
                    names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                }
            }
        }
        return names;
    }

    private static Set<String> methods(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static RuleProblem place(RuleFile file, int line, String text) {
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
