package uk.practicecheck.annexa;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practicecheck.model.PermanenceOption;
import uk.practicecheck.model.PlacementType;

/**
 * Reads the coded answers of Annex A: placement types, permanence plans, eligibility, closure
 * reasons. A code it does not know is not a reason to reject a child: the caller warns, naming the cell.
 */
final class Codes {
    /** Care leavers' eligibility categories. */
    enum Eligibility { RELEVANT, FORMER_RELEVANT, QUALIFYING, ELIGIBLE }

    private static final Pattern PLACEMENT_CODE = Pattern.compile("\\b([A-Z]\\d)\\b");
    private static final Map<String, PlacementType> PLACEMENT_TYPES = Map.ofEntries(
            Map.entry("U1", PlacementType.CONNECTED_PERSON), Map.entry("U2", PlacementType.FOSTER_TO_ADOPT),
            Map.entry("U3", PlacementType.CONNECTED_PERSON), Map.entry("U4", PlacementType.FOSTER_CARE),
            Map.entry("U5", PlacementType.FOSTER_TO_ADOPT), Map.entry("U6", PlacementType.FOSTER_CARE),
            Map.entry("A3", PlacementType.ADOPTIVE), Map.entry("A4", PlacementType.ADOPTIVE),
            Map.entry("A5", PlacementType.ADOPTIVE), Map.entry("A6", PlacementType.ADOPTIVE),
            Map.entry("K1", PlacementType.RESIDENTIAL), Map.entry("K2", PlacementType.RESIDENTIAL),
            Map.entry("R1", PlacementType.RESIDENTIAL), Map.entry("P1", PlacementType.PLACED_WITH_PARENTS),
            Map.entry("P2", PlacementType.SUPPORTED_ACCOMMODATION), Map.entry("H5", PlacementType.SUPPORTED_ACCOMMODATION),
            Map.entry("P3", PlacementType.OTHER), Map.entry("R2", PlacementType.OTHER), Map.entry("R3", PlacementType.OTHER),
            Map.entry("R5", PlacementType.OTHER), Map.entry("S1", PlacementType.OTHER), Map.entry("Z1", PlacementType.OTHER),
            Map.entry("T0", PlacementType.OTHER), Map.entry("T1", PlacementType.OTHER), Map.entry("T2", PlacementType.OTHER),
            Map.entry("T3", PlacementType.OTHER), Map.entry("T4", PlacementType.OTHER));

    private Codes() {
    }

    /** The placement type of an SSDA903 placement code, as the code alone or within a label; null if none is known. */
    static PlacementType placementType(String text) {
        Matcher m = PLACEMENT_CODE.matcher(text.toUpperCase(Locale.ROOT));
        while (m.find()) {
            PlacementType type = PLACEMENT_TYPES.get(m.group(1));
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /**
     * Whether the placement code is one of long-term fostering (U1, U4): the placement is agreed as
     * long-term from its start, as the SSDA903 return reads it. Any other known code says it is not.
     */
    static boolean longTermFostering(String text) {
        Matcher m = PLACEMENT_CODE.matcher(text.toUpperCase(Locale.ROOT));
        while (m.find()) {
            if (PLACEMENT_TYPES.containsKey(m.group(1))) {
                return "U1".equals(m.group(1)) || "U4".equals(m.group(1));
            }
        }
        return false;
    }

    /** The permanence option Annex A's wording names; null if it names none. */
    static PermanenceOption permanencePlan(String text) {
        String t = withoutLetter(text);
        boolean sgo = t.contains("sgo") || t.contains("special guardianship");
        boolean cao = t.contains("cao") || t.contains("child arrangements");
        if (sgo && cao) {
            return PermanenceOption.OTHER;
        }
        if (sgo) {
            return PermanenceOption.SPECIAL_GUARDIANSHIP;
        }
        if (cao) {
            return PermanenceOption.CHILD_ARRANGEMENTS_ORDER;
        }
        if (t.contains("return") || t.contains("reunification")) {
            return PermanenceOption.RETURN_HOME;
        }
        if (t.contains("adoption")) {
            return PermanenceOption.ADOPTION;
        }
        if (t.contains("supported living") || t.contains("independent")) {
            return PermanenceOption.INDEPENDENT_LIVING;
        }
        if (t.contains("residential")) {
            return PermanenceOption.RESIDENTIAL_CARE;
        }
        if (t.contains("fostering")) {
            return PermanenceOption.LONG_TERM_FOSTERING;
        }
        if (t.equals("other")) {
            return PermanenceOption.OTHER;
        }
        return null;
    }

    /** The care leaver's eligibility category; null if the text names none. */
    static Eligibility eligibility(String text) {
        String t = withoutLetter(text);
        if (t.contains("former")) {
            return Eligibility.FORMER_RELEVANT;
        }
        if (t.contains("qualifying")) {
            return Eligibility.QUALIFYING;
        }
        if (t.contains("eligible")) {
            return Eligibility.ELIGIBLE;
        }
        if (t.contains("relevant")) {
            return Eligibility.RELEVANT;
        }
        return null;
    }

    /** Whether a CIN closure reason is a step-down to early help (RC9). */
    static boolean stepDownToEarlyHelp(String reason) {
        String t = reason.toLowerCase(Locale.ROOT);
        return t.contains("rc9") || t.contains("referred to early help");
    }

    /** Whether a placement location of List 8 ("a) In", "b) Out") is out of the authority's area; null if it is neither. */
    static Boolean outOfArea(String location) {
        String t = withoutLetter(location);
        if (t.equals("out") || t.startsWith("out ") || t.startsWith("out of")) {
            return Boolean.TRUE;
        }
        if (t.equals("in") || t.startsWith("in ") || t.startsWith("inside") || t.startsWith("within")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** "b) Adoption" becomes "adoption". */
    private static String withoutLetter(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceFirst("^[a-z]\\)\\s*", "");
    }
}
