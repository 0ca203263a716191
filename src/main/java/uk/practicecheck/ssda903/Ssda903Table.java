package uk.practicecheck.ssda903;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the SSDA903 return, with the column headings the specification gives them. A CSV
 * file is recognised by its headings (the columns that only its table has) or, failing that, by
 * its file name; in the XML form the same columns are elements of each child.
 */
enum Ssda903Table {
    HEADER("Header", List.of("header"), List.of("SEX", "ETHNIC"),
            "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES("Episodes", List.of("episode"), List.of("DECOM"),
            "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE",
            "HOME_POST", "PL_POST", "URN"),
    REVIEWS("Reviews", List.of("review"), List.of("REVIEW"),
            "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("UASC", List.of("uasc"), List.of("DUC"),
            "CHILD", "SEX", "DOB", "DUC"),
    OC2("OC2", List.of("oc2"), List.of("CONVICTED"),
            "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    OC3("OC3", List.of("oc3"), List.of("IN_TOUCH"),
            "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1("AD1", List.of("ad1"), List.of("DATE_INT"),
            "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    PLACED_ADOPTION("PlacedAdoption", List.of("placedadoption", "placed_adoption", "placedforadoption", "shouldbeplaced"),
            List.of("DATE_PLACED"),
            "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    PREV_PERM("PrevPerm", List.of("prevperm", "prev_perm", "previouspermanence"), List.of("PREV_PERM"),
            "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    MISSING("Missing", List.of("missing"), List.of("MIS_START"),
            "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    SW_EPISODES("SWEpisodes", List.of("swepisode", "sw_episode", "socialworker"), List.of("SW_DECOM"),
            "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    /** Deprivation of liberty orders, a table since 2026-27; read for the date of birth only. */
    DOLO("DoLo", List.of("dolo", "deprivation"), List.of("DOLO_START"),
            "CHILD", "DOB", "DOLO_START", "DOLO_END");

    private final String label;
    private final List<String> nameHints;
    private final List<String> signature;
    private final List<String> columns;

    Ssda903Table(String label, List<String> nameHints, List<String> signature, String... columns) {
        this.label = label;
        this.nameHints = nameHints;
        this.signature = signature;
        this.columns = List.of(columns);
    }

    /** The table's name in the specification, such as "Episodes". */
    String label() {
        return label;
    }

    /** Its column headings in the specification's order. */
    List<String> columns() {
        return columns;
    }

    /** The table whose own columns are all among these headings (upper case); null when none is. */
    static Ssda903Table byHeadings(Collection<String> headings) {
        if (!headings.contains("CHILD")) {
            return null;
        }
        for (Ssda903Table table : values()) {
            if (headings.containsAll(table.signature)) {
                // The Header and UASC tables share SEX; UASC alone has DUC, so it is tried by its own signature first.
                if (table == HEADER && headings.contains("DUC")) {
                    continue;
                }
                return table;
            }
        }
        return null;
    }

    /** The table a file's name suggests ("SSDA903_Episodes.csv", "episodes_2025.csv"); null when none does. */
    static Ssda903Table byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "_");
        for (Ssda903Table table : values()) {
            if (table == EPISODES && name.contains("sw")) {
                continue;
            }
            for (String hint : table.nameHints) {
                if (name.contains(hint)) {
                    return table;
                }
            }
        }
        return null;
    }
}
