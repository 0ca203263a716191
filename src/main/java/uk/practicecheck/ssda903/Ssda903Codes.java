package uk.practicecheck.ssda903;

import java.util.Map;
import java.util.Set;
import uk.practicecheck.model.PlacementType;

/**
 * The SSDA903 code sets practice-check reads, written from the Department for Education's
 * children looked after return specification: legal status (LS), placement type (PLACE), reason
 * for new episode (RNE), reason episode ceased (REC), the child's participation in a review
 * (REVIEW_CODE) and the kind of missing episode (MISSING).
 */
final class Ssda903Codes {
    static final Map<String, String> LEGAL_STATUS = Map.ofEntries(
            Map.entry("C1", "interim care order"),
            Map.entry("C2", "full care order"),
            Map.entry("D1", "freeing order granted"),
            Map.entry("E1", "placement order granted"),
            Map.entry("J1", "remanded to local authority accommodation or youth detention accommodation"),
            Map.entry("J2", "placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
            Map.entry("J3", "sentenced to a youth rehabilitation order with residence or intensive fostering requirement"),
            Map.entry("L1", "under police protection and in local authority accommodation"),
            Map.entry("L2", "emergency protection order"),
            Map.entry("L3", "child assessment order and in local authority accommodation"),
            Map.entry("V2", "single period of accommodation under section 20"),
            Map.entry("V3", "accommodated under an agreed series of short-term breaks, individual episodes recorded"),
            Map.entry("V4", "accommodated under an agreed series of short-term breaks, the agreement recorded"));

    /** Legal statuses of a series of short breaks. */
    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    static final Map<String, String> PLACEMENT = Map.ofEntries(
            Map.entry("A3", "placed for adoption with consent with current foster carers"),
            Map.entry("A4", "placed for adoption with consent not with current foster carers"),
            Map.entry("A5", "placed for adoption with a placement order with current foster carers"),
            Map.entry("A6", "placed for adoption with a placement order not with current foster carers"),
            Map.entry("H5", "semi-independent or supported accommodation"),
            Map.entry("K1", "secure children's home"),
            Map.entry("K2", "children's home"),
            Map.entry("P1", "placed with own parents or other person with parental responsibility"),
            Map.entry("P2", "independent living"),
            Map.entry("P3", "residential employment"),
            Map.entry("R1", "residential care home"),
            Map.entry("R2", "NHS or health trust establishment providing medical or nursing care"),
            Map.entry("R3", "family centre or mother and baby unit"),
            Map.entry("R5", "young offender institution or prison"),
            Map.entry("S1", "residential school"),
            Map.entry("T0", "temporary placement: all types"),
            Map.entry("T1", "temporary periods in hospital"),
            Map.entry("T2", "temporary periods of absence"),
            Map.entry("T3", "temporary periods in a young offender institution, prison or secure unit"),
            Map.entry("T4", "temporary periods in other settings"),
            Map.entry("U1", "foster placement with relative or friend, long-term fostering"),
            Map.entry("U2", "foster placement with relative or friend who is also an approved adopter (fostering for adoption or concurrent planning)"),
            Map.entry("U3", "foster placement with relative or friend, not long-term or fostering for adoption"),
            Map.entry("U4", "foster placement with other foster carer, long-term fostering"),
            Map.entry("U5", "foster placement with other foster carer who is also an approved adopter (fostering for adoption or concurrent planning)"),
            Map.entry("U6", "foster placement with other foster carer, not long-term or fostering for adoption"),
            Map.entry("Z1", "other placement"));

    private static final Map<String, PlacementType> PLACEMENT_TYPE = Map.ofEntries(
            Map.entry("A3", PlacementType.ADOPTIVE), Map.entry("A4", PlacementType.ADOPTIVE),
            Map.entry("A5", PlacementType.ADOPTIVE), Map.entry("A6", PlacementType.ADOPTIVE),
            Map.entry("H5", PlacementType.SUPPORTED_ACCOMMODATION), Map.entry("P2", PlacementType.SUPPORTED_ACCOMMODATION),
            Map.entry("K1", PlacementType.RESIDENTIAL), Map.entry("K2", PlacementType.RESIDENTIAL),
            Map.entry("R1", PlacementType.RESIDENTIAL), Map.entry("P1", PlacementType.PLACED_WITH_PARENTS),
            Map.entry("U1", PlacementType.CONNECTED_PERSON), Map.entry("U2", PlacementType.FOSTER_TO_ADOPT),
            Map.entry("U3", PlacementType.CONNECTED_PERSON), Map.entry("U4", PlacementType.FOSTER_CARE),
            Map.entry("U5", PlacementType.FOSTER_TO_ADOPT), Map.entry("U6", PlacementType.FOSTER_CARE));

    /** Long-term fostering placements. */
    static final Set<String> LONG_TERM = Set.of("U1", "U4");
    /** Adoptive placements with the child's current foster carers. */
    static final Set<String> ADOPTION_WITH_FOSTER_CARERS = Set.of("A3", "A5");
    /** Fostering for adoption or concurrent planning placements. */
    static final Set<String> FOSTER_TO_ADOPT = Set.of("U2", "U5");

    static final Map<String, String> REASON_NEW_EPISODE = Map.of(
            "S", "started to be looked after",
            "L", "change of legal status only",
            "P", "change of placement and carers only",
            "T", "change of both legal status and placement and carers",
            "B", "change of placement, carers the same",
            "U", "change of legal status and placement, carers the same");

    /** Reasons for a new episode that put the child with new carers. */
    static final Set<String> NEW_CARERS = Set.of("S", "P", "T");

    static final Map<String, String> REASON_CEASED = Map.ofEntries(
            Map.entry("E11", "adopted: application unopposed"),
            Map.entry("E12", "adopted: consent dispensed with by the court"),
            Map.entry("E13", "left care to live with parents, relatives or others with no parental responsibility"),
            Map.entry("E14", "accommodation on remand ended"),
            Map.entry("E15", "removed or left to be in custody"),
            Map.entry("E16", "child moved abroad"),
            Map.entry("E17", "aged 18 or over and remained with current carers"),
            Map.entry("E2", "died"),
            Map.entry("E3", "care taken over by another local authority"),
            Map.entry("E41", "residence order or child arrangements order granted"),
            Map.entry("E45", "special guardianship order to former foster carers who are relatives or friends"),
            Map.entry("E46", "special guardianship order to former foster carers, not relatives or friends"),
            Map.entry("E47", "special guardianship order to carers other than former foster carers, relatives or friends"),
            Map.entry("E48", "special guardianship order to carers other than former foster carers, not relatives or friends"),
            Map.entry("E4A", "returned home as part of the care planning process"),
            Map.entry("E4B", "returned home not as part of the care planning process"),
            Map.entry("E5", "moved into independent living with formalised support"),
            Map.entry("E6", "moved into independent living without formalised support"),
            Map.entry("E7", "transferred to residential care funded by adult social care"),
            Map.entry("E8", "ceased for any other reason"),
            Map.entry("E9", "sentenced to custody"),
            Map.entry("X1", "episode ceases and a new one begins the same day"));

    /** The reason an episode ends when the child stays looked after. */
    static final String CONTINUES = "X1";
    /** Reasons a looked-after spell ends in adoption. */
    static final Set<String> ADOPTED = Set.of("E11", "E12");

    static final Map<String, String> REVIEW_PARTICIPATION = Map.of(
            "PN0", "child aged under 4 at the review",
            "PN1", "child attends and speaks for themselves",
            "PN2", "child attends and an advocate speaks for them",
            "PN3", "child attends and conveys their views symbolically",
            "PN4", "child attends but does not convey their views",
            "PN5", "child does not attend but briefs an advocate",
            "PN6", "child does not attend but conveys their views by another means",
            "PN7", "child does not attend and their views are not conveyed");

    static final Map<String, String> MISSING = Map.of(
            "M", "missing from placement",
            "A", "away from placement without authorisation");

    private Ssda903Codes() {
    }

    /** The model's kind of placement for a PLACE code; other codes are "other". */
    static PlacementType placementType(String place) {
        return PLACEMENT_TYPE.getOrDefault(place, PlacementType.OTHER);
    }

    /**
     * Whether the child's views reached the review, by its participation code: yes for PN1 to PN6,
     * no for PN7, and not asked of a child under 4 (PN0) or an unknown code.
     */
    static Boolean viewsConveyed(String reviewCode) {
        if (reviewCode == null || "PN0".equals(reviewCode) || !REVIEW_PARTICIPATION.containsKey(reviewCode)) {
            return null;
        }
        return !"PN7".equals(reviewCode);
    }
}
