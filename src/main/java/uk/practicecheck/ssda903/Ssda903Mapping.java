package uk.practicecheck.ssda903;

import java.util.List;

/**
 * How the SSDA903 return feeds the case summary: one entry a group of columns, the fields it
 * feeds and how completely. The one place the mapping is defined; the held fields and the
 * documentation are both worked out from it.
 */
enum Ssda903Mapping {
    DATE_OF_BIRTH(Ssda903Table.HEADER, "DOB", Coverage.COMPLETE, List.of("dateOfBirth"),
            "also in most other tables; a table that disagrees with the first is a warning"),
    LOOKED_AFTER(Ssda903Table.EPISODES, "DECOM, DEC, RNE, LS, REC", Coverage.PARTIAL,
            List.of("legalStatuses", "legalStatuses.status", "legalStatuses.start", "legalStatuses.end",
                    "legalStatuses.basis", "legalStatuses.endReason"),
            "a looked-after period for each run of episodes under one legal status (LS), ended with the reason"
                    + " the last episode ceased (REC) unless the child stayed looked after (X1); partial because the"
                    + " return has no child in need, child protection or (with dates) care leaver periods"),
    PLACEMENTS(Ssda903Table.EPISODES, "DECOM, DEC, RNE, PLACE, LS", Coverage.HISTORY,
            List.of("placements", "placements.start", "placements.end", "placements.type", "placements.longTermFrom",
                    "placements.shortBreak"),
            "a placement begins with an episode that changes the carers (RNE S, P or T) or the kind of placement;"
                    + " long-term from the first U1 or U4 episode; a short break under legal status V3 or V4"),
    ADOPTION_FROM_EPISODES(Ssda903Table.EPISODES, "DECOM, DEC, RNE, LS, PLACE, REC", Coverage.HISTORY,
            List.of("adoption", "adoption.placementOrder", "adoption.placed", "adoption.placedWithFosterCarers",
                    "adoption.fosterToAdoptPlacement", "adoption.adoptionOrder"),
            "placement order: the first episode under LS E1 (or D1); placed for adoption: the first A3 to A6"
                    + " placement, with the child's foster carers for A3 and A5; foster to adopt: the first U2 or U5"
                    + " placement; adoption order: the end of an episode that ceased E11 or E12"),
    REVIEWS(Ssda903Table.REVIEWS, "REVIEW", Coverage.HISTORY, List.of("reviews", "reviews.type", "reviews.date"),
            "every looked-after review in the year"),
    REVIEW_PARTICIPATION(Ssda903Table.REVIEWS, "REVIEW_CODE", Coverage.HISTORY, List.of("reviews.childViewsRecorded"),
            "PN1 to PN6: the child's views reached the review; PN7: they did not; PN0 (under 4): not recorded"),
    MISSING(Ssda903Table.MISSING, "MISSING, MIS_START, MIS_END", Coverage.HISTORY,
            List.of("missingEpisodes", "missingEpisodes.from", "missingEpisodes.start", "missingEpisodes.end"),
            "each missing episode (M) from care, dated to the day; absences without authorisation (A) are a warning:"
                    + " the case summary has no absences; return interviews are not in the return"),
    ADOPTION_DECISION(Ssda903Table.PLACED_ADOPTION, "DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED",
            Coverage.COMPLETE, List.of("adoption.agencyDecisionMakerDecision"),
            "the latest decision that the child should be placed for adoption that was not reversed; a reversed"
                    + " decision is a warning"),
    ADOPTED(Ssda903Table.AD1, "DATE_INT, DATE_MATCH, FOSTER_CARE", Coverage.ADOPTED_ONLY,
            List.of("adoption.matched"),
            "only children adopted in the year are in AD1, so the match date is held for them alone; DATE_INT"
                    + " and FOSTER_CARE fill the decision and the foster carers when nothing else does"),
    SOCIAL_WORKER(Ssda903Table.SW_EPISODES, "SW_ID, SW_DECOM", Coverage.COMPLETE, List.of("worker"),
            "the social worker of the latest social worker episode (its SW_ID, as the return gives it): the one"
                    + " allocated at the end of the year, or last allocated before the child left care; the return"
                    + " has no team"),
    UNACCOMPANIED(Ssda903Table.UASC, "CHILD (XML: UASC, DUC)", Coverage.COMPLETE, List.of("unaccompaniedAsylumSeeking"),
            "a child in the UASC table is, or was, an unaccompanied asylum seeker, and one not in it is not; in the XML"
                    + " the header's UASC flag (1 or 0) says, and a blank flag leaves it not recorded"),
    CARE_LEAVER(Ssda903Table.OC3, "CHILD, DOB", Coverage.PARTIAL, List.of("legalStatuses"),
            "a care leaver from their 18th birthday; the return gives no date the young person became a care leaver");

    /** How completely a mapping feeds its fields. */
    enum Coverage {
        /** Every such fact of every child is in the return. */
        COMPLETE,
        /** Every such fact in the years the return covers: complete for a child whose care began within them. */
        HISTORY,
        /** Complete only for children adopted in the year (in AD1). */
        ADOPTED_ONLY,
        /** Only some such facts: never held from the return. */
        PARTIAL
    }

    private final Ssda903Table table;
    private final String columns;
    private final Coverage coverage;
    private final List<String> fields;
    private final String note;

    Ssda903Mapping(Ssda903Table table, String columns, Coverage coverage, List<String> fields, String note) {
        this.table = table;
        this.columns = columns;
        this.coverage = coverage;
        this.fields = fields;
        this.note = note;
    }

    Ssda903Table table() {
        return table;
    }

    String columns() {
        return columns;
    }

    Coverage coverage() {
        return coverage;
    }

    List<String> fields() {
        return fields;
    }

    String note() {
        return note;
    }
}
