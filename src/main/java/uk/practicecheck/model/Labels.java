package uk.practicecheck.model;

import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/** Turns enum constants into the words a report uses. */
public final class Labels {
    private Labels() {
    }

    /** {@code CHILD_IN_NEED} becomes "child in need"; null becomes "unspecified". */
    public static String humanise(Enum<?> value) {
        if (value == null) {
            return "unspecified";
        }
        return StringUtils.replaceChars(value.name().toLowerCase(Locale.ROOT), '_', ' ');
    }
}
