package uk.practicecheck.engine;

import java.util.regex.Pattern;

/** Rule ids: {@code area.kebab-name}, lowercase, the area being the folder the rule lives in. */
public final class RuleIds {
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private RuleIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }

    /** The part before the dot: {@code missing} of {@code missing.return-interview-offered}. */
    public static String area(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /** The part after the dot: {@code return-interview-offered}. */
    public static String name(String id) {
        return id.substring(id.indexOf('.') + 1);
    }
}
