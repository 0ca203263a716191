package uk.practicecheck.annexa;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises column headings despite the differences between Annex A versions and local
 * extracts: case, spacing and line breaks, punctuation, curly quotes, "the", bracketed asides such
 * as "(Y/N)", "[Y/N]" or "(Years)", and a trailing format note such as "DD/MM/YYYY" do not
 * matter; the words do.
 */
final class Headings {
    /** A format note left after a heading without brackets: "Date of Birth DD/MM/YYYY", "Seen Alone Y/N". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("( dd mm yy(yy)?| y n| yes no)$");

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
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", " ")
                .replaceAll("\\bthe\\b", " ");
        return TRAILING_NOTE.matcher(text.replaceAll("\\s+", " ").strip()).replaceFirst("").strip();
    }
}
