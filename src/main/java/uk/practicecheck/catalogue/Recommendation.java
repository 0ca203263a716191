package uk.practicecheck.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One recommendation from a source report, as catalogued in {@code seeds/recommendations.json}.
 *
 * @param id        stable id, e.g. {@code STK-2016-R2}
 * @param source    the report's file under {@code seeds/reports/}
 * @param report    the report's short title
 * @param date      the report's date
 * @param section   where in the report it stands
 * @param line      the line of the source file where its words start
 * @param text      the inspectors' words
 * @param level     whether it can be checked on one child's record
 * @param reason    why it is not (fully) case-checkable, when it is not
 * @param caseCheck what can be checked on a child's record, when anything can
 * @param themes    topic tags
 * @param notEnforcedReason for a case or partial recommendation that no rule enforces, why not; otherwise absent
 */
public record Recommendation(String id, String source, String report, LocalDate date, String section, int line,
                             String text, Level level, String reason, String caseCheck, List<String> themes,
                             String notEnforcedReason) {

    /** Whether a rule could check it on a child's record, at least in part. */
    public boolean caseCheckable() {
        return level == Level.CASE || level == Level.PARTIAL;
    }

    /** How far a recommendation can be checked on a single child's case record. */
    public enum Level {
        /** Checkable on one child's record. */
        CASE,
        /** Partly checkable: some element is case-level. */
        PARTIAL,
        /** Only checkable on aggregated service data. */
        SERVICE,
        /** Governance, strategy, training, culture. */
        STRATEGIC;

        @JsonCreator
        static Level of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }

        /** The word used in the catalogue file: "case", "partial", "service" or "strategic". */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "Stockton-on-Tees: inspection … (2016), Recommendations (local authority), published 2016-08-05". */
    public String citation() {
        return report + ", " + section + ", " + date;
    }
}
