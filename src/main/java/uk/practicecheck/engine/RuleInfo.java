package uk.practicecheck.engine;

import java.util.List;

/**
 * A rule's metadata, read from the {@code @} annotations of its DRL.
 *
 * @param id                stable identifier, such as {@code missing.return-interview-offered}
 * @param title             one line a manager understands
 * @param recommendationIds catalogue ids of the recommendations it enforces
 * @param severity          how much a breach matters
 * @param since             the practice-check version that introduced it
 * @param appliesTo         which cases it applies to, in words, shown when it does not apply
 * @param file              the DRL file it came from, as given to the compiler
 */
public record RuleInfo(String id, String title, List<String> recommendationIds, Severity severity,
                       String since, String appliesTo, String file) {
}
