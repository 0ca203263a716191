package uk.practicecheck.annexa;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises column headings despite the differences between Annex A versions and local
 * extracts: case, spacing, punctuation, curly quotes, "the", and bracketed asides such as
 * "(Y/N)" or "(Years)" do not matter; the words do.
 */
final class Headings {
    private final Map<String, AnnexAColumn> byNormalisedHeading = new HashMap<>();

    Headings(AnnexAList list) {
        for (AnnexAColumn column : AnnexAColumn.of(list)) {
            column.headings().forEach(h -> {
                AnnexAColumn earlier = byNormalisedHeading.putIfAbsent(normalise(h), column);
                if (earlier != null && earlier != column) {
                    throw new IllegalStateException("heading '" + h + "' of " + list.label() + " names both "
                            + earlier + " and " + column);
                }
            });
        }
    }

    /** The column a heading names in this list, or null. */
    AnnexAColumn match(String heading) {
        return heading == null ? null : byNormalisedHeading.get(normalise(heading));
    }

    /** Whether any of the cells is a child id heading: the header row. */
    boolean isHeaderRow(List<String> cells) {
        return cells.stream().anyMatch(c -> match(c) == AnnexAColumn.CHILD_ID);
    }

    static String normalise(String heading) {
        String text = heading.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace("&", " and ")
                .replaceAll("\\([^)]*\\)", " ")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", " ")
                .replaceAll("\\bthe\\b", " ");
        return text.replaceAll("\\s+", " ").strip();
    }
}
