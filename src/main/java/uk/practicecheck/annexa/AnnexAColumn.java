package uk.practicecheck.annexa;

import static uk.practicecheck.annexa.AnnexAList.LIST_1;
import static uk.practicecheck.annexa.AnnexAList.LIST_10;
import static uk.practicecheck.annexa.AnnexAList.LIST_2;
import static uk.practicecheck.annexa.AnnexAList.LIST_3;
import static uk.practicecheck.annexa.AnnexAList.LIST_4;
import static uk.practicecheck.annexa.AnnexAList.LIST_5;
import static uk.practicecheck.annexa.AnnexAList.LIST_6;
import static uk.practicecheck.annexa.AnnexAList.LIST_7;
import static uk.practicecheck.annexa.AnnexAList.LIST_8;
import static uk.practicecheck.annexa.AnnexAList.LIST_9;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every Annex A column practice-check reads: the one place that says which case summary fields
 * a column feeds, and whether it feeds them completely.
 *
 * <p>A column feeds a field <em>completely</em> when the list holds every such fact in its
 * period (List 4 has a row for every assessment, with its start and authorisation dates). It
 * feeds it <em>partially</em> when Annex A keeps only a summary: the date of the last visit,
 * the latest review, a count of missing episodes. Partial facts are still written into the case,
 * but their fields go into the workbook's {@code notHeld}, so that a rule needing them says
 * "cannot tell" rather than judging the whole history from its last entry. Where a child's rows
 * give a latest date, though, nothing later exists: the case holds that collection from that day
 * ({@code heldFrom}, worked out by {@code CaseAssembler.heldFrom}), so rules judge what falls due after it.
 * {@link HeldFields} works out {@code notHeld} from this table; the reader and the documentation
 * table ({@link MappingTable}) read it too.
 */
public enum AnnexAColumn {
    CHILD_ID(lists(LIST_1, LIST_2, LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8, LIST_9, LIST_10),
            "Child Unique ID", Kind.TEXT, "caseId", "",
            "joins the lists: every row with the same id is the same child",
            "Child ID", "Unique Child Identifier", "Child Unique Identifier", "Unique ID", "Child Identifier",
            "Child Reference", "Child Ref", "Child"),
    DATE_OF_BIRTH(lists(LIST_1, LIST_2, LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8, LIST_9, LIST_10),
            "Date of Birth", Kind.DATE, "dateOfBirth", "",
            "the first list that gives it; a different date in a later list is a warning",
            "DOB", "Child's Date of Birth", "Birth Date"),
    TEAM(lists(LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8, LIST_9),
            "Allocated Team", Kind.TEXT, "team", "",
            "taken from the list highest in the order 8, 7, 9, 6, 5, 4, 3 that names one",
            "Team", "Allocated Team Name"),
    WORKER(lists(LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8, LIST_9),
            "Allocated Worker", Kind.TEXT, "worker", "",
            "as for the team",
            "Worker", "Allocated Social Worker", "Social Worker", "Allocated Worker Name"),

    CONTACT_DATE(lists(LIST_1), "Date of Contact", Kind.DATE, "referrals,referrals.received", "",
            "one referral entry a contact; a referral in List 3 on the same day is the same entry",
            "Contact Date", "Date Contact Received"),
    CONTACT_SOURCE(lists(LIST_1), "Contact Source", Kind.TEXT, "referrals.source", "", "",
            "Source of Contact"),

    EARLY_HELP_START(lists(LIST_2), "Assessment Start Date", Kind.DATE, "", "",
            "not used: the case summary has no early help assessments",
            "Early Help Assessment Start Date"),
    EARLY_HELP_COMPLETED(lists(LIST_2), "Assessment Completion Date", Kind.DATE, "", "",
            "not used: the case summary has no early help assessments",
            "Early Help Assessment Completion Date"),

    REFERRAL_DATE(lists(LIST_3), "Date of Referral", Kind.DATE, "referrals,referrals.received",
            "assessments.referralDate",
            "one referral entry a row; also the referral date of each List 4 assessment (the latest referral on or"
                    + " before its start), partial because that referral may predate the list's period", "Referral Date", "Date Referral Received"),
    REFERRAL_SOURCE(lists(LIST_3), "Referral Source", Kind.TEXT, "referrals.source", "", "",
            "Source of Referral"),
    REFERRAL_NFA(lists(LIST_3), "Referral NFA?", Kind.YES_NO, "", "referrals.outcome",
            "Yes gives the outcome \"no further action\", No \"further action\"; contacts carry no outcome",
            "Referral NFA", "Was the Referral NFA?", "NFA"),

    ASSESSMENT_START(lists(LIST_4), "Continuous Assessment Start Date", Kind.DATE,
            "assessments,assessments.start", "", "one assessment a row",
            "Assessment Start Date", "Date Assessment Started", "Single Assessment Start Date",
            "Child and Family Assessment Start Date"),
    ASSESSMENT_AUTHORISED(lists(LIST_4), "Continuous Assessment Date of Authorisation", Kind.DATE,
            "assessments.authorised", "", "blank while the assessment is open",
            "Assessment Authorisation Date", "Assessment Date of Authorisation", "Date of Authorisation",
            "Date Assessment Authorised", "Assessment Completion Date"),
    ASSESSMENT_CHILD_SEEN(lists(LIST_4), "Child Seen During Continuous Assessment", Kind.YES_NO, "", "",
            "not used: yes or no without the date, and the case summary needs the date the child was seen",
            "Child Seen During Assessment", "Was the Child Seen During the Assessment?"),

    STRATEGY_DISCUSSION(lists(LIST_5), "Strategy Discussion Initiating Section 47 Enquiry Start Date", Kind.DATE,
            "section47Enquiries,section47Enquiries.start,section47Enquiries.strategyDiscussion",
            "strategyDiscussions,strategyDiscussions.date,strategyDiscussions.section47Initiated",
            "one section 47 enquiry a row, started by a strategy discussion that day; strategy discussions"
                    + " that led to no enquiry are not in Annex A",
            "Date of Strategy Discussion", "Strategy Discussion Date", "Section 47 Enquiry Start Date",
            "S47 Start Date", "Date of Section 47 Enquiry", "Strategy Discussion Initiating S47 Enquiry Start Date"),
    ICPC_UNNECESSARY(lists(LIST_5), "Was an Initial Child Protection Conference Deemed Unnecessary?", Kind.YES_NO,
            "section47Enquiries.icpcRequired", "",
            "Yes: no conference required; No, or a conference date: required; otherwise unknown",
            "ICPC Deemed Unnecessary", "Was an ICPC Deemed Unnecessary?", "Was an ICPC Deemed Unnecessary"),
    ICPC_DATE(lists(LIST_5), "Date of Initial Child Protection Conference", Kind.DATE, "",
            "conferences,conferences.type,conferences.date",
            "an initial conference; conferences are partial because List 7 gives only the latest review conference",
            "Date of ICPC", "ICPC Date", "Initial Child Protection Conference Date"),
    ICPC_PLAN(lists(LIST_5), "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            Kind.YES_NO, "", "conferences.childProtectionPlan", "",
            "Did the ICPC Result in a Child Protection Plan?", "Did the ICPC Result in a CP Plan?",
            "ICPC Resulted in CP Plan"),

    CIN_START(lists(LIST_6), "CIN Start Date", Kind.DATE, "", "legalStatuses,legalStatuses.status,legalStatuses.start",
            "a child in need period", "Child in Need Start Date", "CIN Episode Start Date"),
    CIN_LAST_SEEN(lists(LIST_6), "Date Child Was Last Seen", Kind.DATE, "",
            "visits,visits.type,visits.date,visits.childSeen", "a child in need visit at which the child was seen",
            "Date Child Last Seen", "Date the Child Was Last Seen"),
    CIN_CLOSED(lists(LIST_6), "CIN Closure Date", Kind.DATE, "closures,closures.date", "legalStatuses.end",
            "ends the child in need period and records a closure", "Child in Need Closure Date", "Date CIN Closed",
            "Case Closure Date"),
    CIN_CLOSURE_REASON(lists(LIST_6), "Reason for Closure", Kind.TEXT, "closures.stepDownToEarlyHelp", "",
            "RC9 (closed after assessment, referred to early help) is a step-down; any other reason is not",
            "Closure Reason", "CIN Closure Reason"),

    CP_START(lists(LIST_7), "Child Protection Plan Start Date", Kind.DATE, "",
            "legalStatuses,legalStatuses.status,legalStatuses.start,plans,plans.type,plans.date",
            "a child protection period, and a child protection plan of that date whose content Annex A does not hold",
            "CP Plan Start Date", "CPP Start Date", "Date Child Protection Plan Started"),
    CP_LAST_VISIT(lists(LIST_7), "Date of the Last Statutory Visit", Kind.DATE, "",
            "visits,visits.type,visits.date", "the last child protection visit only",
            "Date of Last Statutory Visit", "Last Statutory Visit Date", "Date of Last CP Visit"),
    CP_SEEN_ALONE(lists(LIST_7), "Was the Child Seen Alone?", Kind.YES_NO, "", "visits.seenAlone",
            "at the last statutory visit", "Child Seen Alone", "Seen Alone",
            "Was the Child Seen Alone at the Last Statutory Visit?"),
    CP_REVIEW_CONFERENCE(lists(LIST_7), "Date of Latest Review Conference", Kind.DATE, "",
            "conferences,conferences.type,conferences.date", "the latest review conference only",
            "Date of Last Review Conference", "Latest Review Conference Date", "Date of Latest RCPC"),
    CP_END(lists(LIST_7), "Child Protection Plan End Date", Kind.DATE, "", "legalStatuses.end", "",
            "CP Plan End Date", "CPP End Date", "Date Child Protection Plan Ended"),

    LAC_UASC(lists(LIST_8), "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", Kind.YES_NO,
            "unaccompaniedAsylumSeeking", "",
            "yes: the child is, or in the last 12 months was, an unaccompanied asylum seeker; a yes in List 8 or List 9"
                    + " wins over a no in the other",
            "Unaccompanied Asylum Seeking Child", "UASC", "Is the Child an Unaccompanied Asylum Seeking Child"),
    LAC_START(lists(LIST_8), "Date Started to be Looked After", Kind.DATE, "",
            "legalStatuses,legalStatuses.status,legalStatuses.start",
            "the current looked-after period; earlier periods are not in Annex A",
            "Date Became Looked After", "Date Child Became Looked After", "Looked After Start Date",
            "Date of Entry into Care", "Date Started to be Looked After (Current Episode)"),
    LAC_END(lists(LIST_8), "Date Ceased to be Looked After", Kind.DATE, "", "legalStatuses.end", "",
            "Looked After End Date", "Date Left Care"),
    LAC_LEGAL_STATUS(lists(LIST_8), "Child's Legal Status", Kind.TEXT, "", "legalStatuses.basis",
            "the current legal status only", "Legal Status", "Current Legal Status"),
    LAC_LAST_REVIEW(lists(LIST_8), "Date of Latest Statutory Review", Kind.DATE, "",
            "reviews,reviews.type,reviews.date", "the latest looked-after review only",
            "Date of Last Statutory Review", "Latest Statutory Review Date", "Date of Last LAC Review",
            "Date of Last CLA Review", "Date of Last Looked After Review"),
    LAC_LAST_VISIT(lists(LIST_8), "Date of Last Social Work Visit", Kind.DATE, "",
            "visits,visits.type,visits.date", "the last looked-after visit only",
            "Date of Last Social Worker Visit", "Last Social Work Visit Date", "Date of Last Statutory Visit"),
    LAC_PERMANENCE_PLAN(lists(LIST_8), "What is the Permanence Plan for this Child?", Kind.TEXT, "", "",
            "warning only: Annex A does not say at which review the plan was made, and rules date their deadlines"
                    + " from that review, so the plan is not put on any review",
            "Permanence Plan", "Permanence Plan for this Child"),
    LAC_PLACEMENT_START(lists(LIST_8), "Start Date of Most Recent Placement", Kind.DATE, "",
            "placements,placements.start", "the current placement only",
            "Date of Most Recent Placement", "Placement Start Date", "Current Placement Start Date"),
    LAC_PLACEMENT_TYPE(lists(LIST_8), "Placement Type", Kind.TEXT, "", "placements.type,placements.longTermFrom",
            "from the SSDA903 code: U1-U6 foster care (relative: connected person; FFA: foster to adopt),"
                    + " A3-A6 adoptive, K1/K2/R1 residential, P1 placed with parents, P2/H5 supported"
                    + " accommodation, any other code other; U1 and U4 (long-term fostering) are agreed as"
                    + " long-term from the placement's start",
            "Current Placement Type", "Placement Type Code"),
    LAC_PLACEMENT_LOCATION(lists(LIST_8), "Placement Location", Kind.TEXT, "", "placements.outOfArea",
            "In: the current placement is inside the local authority's area; Out: outside it (an out of area"
                    + " placement); for the current placement only",
            "Placement Location (In/Out)", "In or Out of Authority", "Placement In or Out of Area"),
    LAC_MISSING_EPISODES(lists(LIST_8),
            "Number of Episodes the Child has been 'Missing' from their Placement in the Last 12 Months", Kind.COUNT,
            "", "missingEpisodes,missingEpisodes.from,missingEpisodes.start,missingEpisodes.end",
            "a count without dates, so no episode can be recorded: the case carries a warning with the count",
            "Number of Missing Episodes in the Last 12 Months", "Missing Episodes in the Last 12 Months",
            "Number of Missing Episodes"),
    LAC_ABSENT_EPISODES(lists(LIST_8),
            "Number of Episodes the Child has been 'Absent' from their Placement in the Last 12 Months", Kind.COUNT,
            "", "", "not used: the case summary has no absences; the case carries a warning with the count",
            "Number of Absent Episodes in the Last 12 Months", "Absent Episodes in the Last 12 Months"),
    LAC_RETURN_INTERVIEW_OFFERED(lists(LIST_8),
            "Was the Child Offered a Return Interview after their Last Missing Episode (Y/N)?", Kind.YES_NO, "",
            "missingEpisodes.returnInterviewOffered",
            "yes or no for the last episode, without the date: the case carries a warning with the answer",
            "Was the Child Offered a Return Interview after the Last Missing Episode?",
            "Return Interview Offered", "Return Home Interview Offered"),
    LAC_RETURN_INTERVIEW_ACCEPTED(lists(LIST_8),
            "Did the Child Accept a Return Interview after their Last Missing Episode (Y/N)?", Kind.YES_NO, "",
            "missingEpisodes.returnInterviewHeld,missingEpisodes.returnInterviewDeclined", "as for the offer",
            "Did the Child Accept a Return Interview after the Last Missing Episode?",
            "Return Interview Accepted", "Return Home Interview Accepted"),
    LAC_HEALTH_ASSESSMENT(lists(LIST_8), "Date of Last Health Assessment", Kind.DATE, "", "",
            "not used: Annex A does not say whether it was an initial or a review assessment",
            "Last Health Assessment Date"),

    CARE_LEAVER_UASC(lists(LIST_9), "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
            Kind.YES_NO, "unaccompaniedAsylumSeeking", "",
            "yes: the young person is, or was, an unaccompanied asylum seeker (2024/25 template only)",
            "Formerly UASC", "UASC or Formerly UASC"),
    CARE_LEAVER_ELIGIBILITY(lists(LIST_9), "Eligibility Category", Kind.TEXT, "",
            "legalStatuses,legalStatuses.status,legalStatuses.start",
            "a former relevant or qualifying care leaver is a care leaver from their 18th birthday; Annex A gives"
                    + " no start date for relevant children, so they get no care-leaver period",
            "Eligibility", "Care Leaver Eligibility Category"),
    CARE_LEAVER_PATHWAY_REVIEW(lists(LIST_9), "Latest Pathway Plan Review Date", Kind.DATE, "",
            "plans,plans.type,plans.date", "a pathway plan of that date whose content Annex A does not hold",
            "Date of Latest Pathway Plan Review", "Pathway Plan Review Date", "Date Pathway Plan Last Reviewed"),
    CARE_LEAVER_CONTACT(lists(LIST_9), "Latest Date of Contact", Kind.DATE, "",
            "visits,visits.type,visits.date", "the latest contact only, recorded as a care-leaver visit",
            "Date of Latest Contact", "Date of Last Contact", "Last Contact Date"),

    ADOPTION_ENTERED_CARE(lists(LIST_10), "Date the Child Entered Care", Kind.DATE, "",
            "legalStatuses,legalStatuses.status,legalStatuses.start,legalStatuses.end",
            "a looked-after period from that day to the adoption order (open without one) for a child not on List 8;"
                    + " for a child on List 8 a looked-after period starting another day is a warning",
            "Date Entered Care", "Date Child Entered Care", "Date of Entry into Care"),
    ADOPTION_DECISION(lists(LIST_10), "Date of Decision that Child Should be Placed for Adoption", Kind.DATE,
            "adoption,adoption.agencyDecisionMakerDecision", "", "the agency decision maker's decision",
            "Date of ADM Decision", "Agency Decision Maker Decision Date", "ADM Decision Date",
            "Date of Agency Decision that the Child Should be Placed for Adoption"),
    ADOPTION_PLACEMENT_ORDER(lists(LIST_10), "Date of Placement Order", Kind.DATE, "adoption.placementOrder", "", "",
            "Placement Order Date"),
    ADOPTION_MATCHED(lists(LIST_10), "Date of Matching Child and Prospective Adopters", Kind.DATE,
            "adoption.matched", "", "", "Date of Matching", "Date Matched", "Matching Date"),
    ADOPTION_PLACED(lists(LIST_10), "Date Placed for Adoption", Kind.DATE, "adoption.placed", "", "",
            "Date Placed", "Adoptive Placement Date"),
    ADOPTION_ORDER(lists(LIST_10), "Date of Adoption Order", Kind.DATE, "adoption.adoptionOrder", "", "",
            "Adoption Order Date", "Date Adoption Order Granted"),
    ADOPTION_DECISION_REVERSED(lists(LIST_10), "Date of Decision that Child Should No Longer be Placed for Adoption",
            Kind.DATE, "", "", "warning only: the decision that the child should be placed for adoption was reversed,"
                    + " so it is not used",
            "Date of Decision that the Child Should No Longer be Placed for Adoption",
            "Date Decision Reversed"),
    ADOPTION_REVERSAL_REASON(lists(LIST_10), "Reason Why Child No Longer Placed for Adoption", Kind.TEXT, "", "",
            "quoted in the warning about a reversed decision", "Reason Child No Longer Placed for Adoption"),
    ADOPTION_FOSTER_TO_ADOPT(lists(LIST_10),
            "Date the Child was Placed for Fostering in FFA or Concurrent Planning Placement", Kind.DATE,
            "adoption.fosterToAdoptPlacement", "", "",
            "Date of Foster to Adopt Placement", "FFA Placement Date",
            "Date Placed in FFA or Concurrent Planning Placement");

    /** How a cell's text is read. */
    public enum Kind {
        /** A date: an Excel serial, or text as dd/MM/yyyy, d/M/yy, yyyy-MM-dd, d MMM yyyy (UK order). */
        DATE,
        /** Y, N, Yes, No (also True/False, "a) Yes", "b) No"); blank or Unknown is unknown. */
        YES_NO,
        /** Text, trimmed. */
        TEXT,
        /** A whole number of zero or more. */
        COUNT
    }

    private final Set<AnnexAList> lists;
    private final String heading;
    private final Kind kind;
    private final List<String> completeFields;
    private final List<String> partialFields;
    private final String note;
    private final List<String> aliases;

    AnnexAColumn(Set<AnnexAList> lists, String heading, Kind kind, String completeFields, String partialFields,
                 String note, String... aliases) {
        this.lists = lists;
        this.heading = heading;
        this.kind = kind;
        this.completeFields = split(completeFields);
        this.partialFields = split(partialFields);
        this.note = note;
        this.aliases = List.of(aliases);
    }

    /** The lists the column appears in. */
    public Set<AnnexAList> lists() {
        return lists;
    }

    /** The heading as Ofsted's template words it. */
    public String heading() {
        return heading;
    }

    /** Other headings seen in other versions of the template, or in local authorities' own extracts. */
    public List<String> aliases() {
        return aliases;
    }

    /** The heading and every alias. */
    public Stream<String> headings() {
        return Stream.concat(Stream.of(heading), aliases.stream());
    }

    public Kind kind() {
        return kind;
    }

    /** Case summary field paths this column holds completely. */
    public List<String> completeFields() {
        return completeFields;
    }

    /** Case summary field paths this column holds only in part: never held, always in {@code notHeld}. */
    public List<String> partialFields() {
        return partialFields;
    }

    /** Whether the column feeds no case field (it is read only to be recognised, never to reject a child). */
    public boolean isUnused() {
        return completeFields.isEmpty() && partialFields.isEmpty() && this != CHILD_ID;
    }

    /**
     * Whether the reader reads the column's cells (and so may reject a child over them): every
     * column that feeds a field, and the count of absences, the permanence plan and a reversed
     * adoption decision with its reason, which feed warnings.
     */
    public boolean isRead() {
        return !isUnused() || this == LAC_ABSENT_EPISODES || this == LAC_PERMANENCE_PLAN
                || this == ADOPTION_DECISION_REVERSED || this == ADOPTION_REVERSAL_REASON;
    }

    public String note() {
        return note;
    }

    /** The columns a list can have. */
    public static List<AnnexAColumn> of(AnnexAList list) {
        return Arrays.stream(values()).filter(c -> c.lists.contains(list)).toList();
    }

    private static Set<AnnexAList> lists(AnnexAList first, AnnexAList... rest) {
        return EnumSet.of(first, rest);
    }

    private static List<String> split(String fields) {
        return fields.isBlank() ? List.of() : List.of(fields.split(","));
    }
}
