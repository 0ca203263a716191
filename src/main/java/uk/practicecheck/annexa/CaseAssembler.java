package uk.practicecheck.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.Assessment;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Closure;
import uk.practicecheck.model.Conference;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.Labels;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PermanenceOption;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.Referral;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.model.Section47Enquiry;
import uk.practicecheck.model.StrategyDiscussion;
import uk.practicecheck.model.Visit;
import uk.practicecheck.model.VisitType;

/**
 * Builds one child's case from the rows about them in every list: what each list's row means
 * in case summary terms. {@link AnnexAColumn} says which fields each column feeds; this class
 * does the feeding.
 */
final class CaseAssembler {
    /** The lists whose allocated team and worker win, best first: the most specialised service. */
    private static final List<AnnexAList> ALLOCATION_ORDER = List.of(AnnexAList.LIST_8, AnnexAList.LIST_7,
            AnnexAList.LIST_9, AnnexAList.LIST_6, AnnexAList.LIST_5, AnnexAList.LIST_4, AnnexAList.LIST_3);

    private final CaseSummary summary = new CaseSummary();
    private final List<String> warnings = new ArrayList<>();
    private final List<CellProblem> problems = new ArrayList<>();
    private final List<LocalDate> referralDates = new ArrayList<>();
    /** The row the date of birth was taken from, to name it when another row disagrees. */
    private String dateOfBirthRow;
    /** The row each adoption milestone was taken from, by milestone, likewise. */
    private final Map<String, String> milestoneRows = new HashMap<>();
    private int allocationRank = Integer.MAX_VALUE;
    private Codes.Eligibility eligibility;
    private String eligibilityPlace;
    /** The lists the child is on. */
    private final Set<AnnexAList> onLists = EnumSet.noneOf(AnnexAList.class);
    /**
     * For each collection Annex A gives only the latest of (visits, reviews, conferences, pathway
     * plans, the current placement), the latest day any row gives, and whether some row that should
     * have given one left it blank: see {@link #heldFrom()}.
     */
    private final Map<String, Latest> latest = new HashMap<>();
    /** The day List 10 says the child entered care, and where it says so; null if it does not. */
    private LocalDate enteredCare;
    private String enteredCarePlace;
    /** The most missing episodes any List 8 row counts for the child in the last 12 months; null if none counts. */
    private Integer missingEpisodesCounted;
    /**
     * Where each fact came from: for each object built (the case itself, a referral, a visit…),
     * the list, row and column of each field, and of the object as a whole under "".
     */
    private final Map<Object, Map<String, String>> places = new IdentityHashMap<>();
    /** "legalStatuses[0].start", "dateOfBirth", "adoption.matched". */
    private static final Pattern FIELD_PATH = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    CaseAssembler(String childId) {
        summary.setSchemaVersion("1");
        summary.setCaseId(childId);
    }

    /** A cell that could not be read, or a required cell left blank, with where it is. */
    record CellProblem(String where, String reason) {
    }

    void problem(String where, String reason) {
        problems.add(new CellProblem(where, reason));
    }

    /**
     * The collections the workbook as a whole does not hold that this child's lists prove it has
     * none of, in Annex A's period, so that rules about them are not applicable to the child
     * rather than "cannot tell". Annex A lists every child in need (List 6), on a child protection
     * plan (7), looked after (8) and every care leaver (9): a child on none of them had no plan. It
     * lists every section 47 enquiry and initial conference (5) and every child protection plan with
     * its latest review conference (7): a child on neither had no conference. A strategy discussion
     * follows a referral (3): a child never referred, assessed or on a plan had none. List 8 lists every
     * child looked after in the period: a child on neither it nor the adoption list (10) had no
     * placement in it. A looked-after
     * child whose missing episodes in the last 12 months are counted as 0 had none. Each holds only
     * when the workbook has the lists it depends on.
     *
     * @param listsInWorkbook the lists the workbook has a sheet for
     */
    Set<String> provenEmpty(Set<AnnexAList> listsInWorkbook) {
        Set<String> empty = new java.util.TreeSet<>();
        if (noneOf(listsInWorkbook, AnnexAList.LIST_6, AnnexAList.LIST_7, AnnexAList.LIST_8, AnnexAList.LIST_9)) {
            empty.add("plans");
        }
        if (noneOf(listsInWorkbook, AnnexAList.LIST_5, AnnexAList.LIST_7)) {
            empty.add("conferences");
        }
        if (noneOf(listsInWorkbook, AnnexAList.LIST_3, AnnexAList.LIST_4, AnnexAList.LIST_5, AnnexAList.LIST_6,
                AnnexAList.LIST_7, AnnexAList.LIST_8)) {
            empty.add("strategyDiscussions");
        }
        if (noneOf(listsInWorkbook, AnnexAList.LIST_8, AnnexAList.LIST_10)) {
            empty.add("placements");
        }
        if (onLists.contains(AnnexAList.LIST_8) && missingEpisodesCounted != null && missingEpisodesCounted == 0) {
            empty.add("missingEpisodes");
        }
        return empty;
    }

    /** The latest day rows give for a collection, and whether a row left it blank. */
    private static final class Latest {
        private LocalDate day;
        private boolean blank;
    }

    /**
     * The field paths a latest date makes held from that day: the collection, its items' kind and
     * date, and for the current placement whether it is out of area (List 8 says so of it). Other
     * fields of the items (whether the child was seen alone, what a plan says) stay not held.
     */
    static final Map<String, List<String>> HELD_FROM_LATEST = Map.of(
            "visits", List.of("visits", "visits.type", "visits.date"),
            "visits.seenAlone", List.of("visits.seenAlone"),
            "reviews", List.of("reviews", "reviews.type", "reviews.date"),
            "conferences", List.of("conferences", "conferences.type", "conferences.date"),
            "plans", List.of("plans", "plans.type", "plans.date"),
            "placements", List.of("placements", "placements.type", "placements.start", "placements.longTermFrom",
                    "placements.outOfArea"));

    private void latest(String collection, LocalDate day) {
        Latest known = latest.computeIfAbsent(collection, k -> new Latest());
        if (day == null) {
            known.blank = true;
        } else if (known.day == null || day.isAfter(known.day)) {
            known.day = day;
        }
    }

    /**
     * The collections of which Annex A holds this child's latest item, each with that item's day:
     * the source holds the collection completely from that day on, as nothing later exists, so a
     * rule can judge what falls due after it (the next visit, the next review) and says "cannot
     * tell" of what fell due before it. Visits are held from the latest of the last statutory
     * visit (Lists 7, 8), the day a child in need was last seen (6) and a care leaver's latest
     * contact (9); reviews from the latest looked-after review (8), unless the child is placed for
     * adoption (adoption reviews are not in Annex A); conferences from the latest review conference
     * (7) or a later initial one (5); placements, their type and whether agreed as long-term (its
     * SSDA903 code says), from the current placement's start (8), where its code is known; plans
     * from the latest pathway plan review (9), for a child on none of Lists 6, 7 and 8, whose child
     * in need, child protection or care plans Annex A does not hold. A row that leaves its latest
     * date blank (or a sheet without the column) leaves the collection not held: blank may mean
     * none, or not recorded. Whether the child was seen alone is held with the visits for a child
     * on List 7, which says so of the last visit, unless the child is also on List 8, which does not.
     */
    Map<String, LocalDate> heldFrom() {
        Map<String, LocalDate> from = new java.util.TreeMap<>();
        latest.forEach((collection, known) -> {
            if (!known.blank && known.day != null) {
                from.put(collection, known.day);
            }
        });
        if (summary.placedForAdoption() != null) {
            from.remove("reviews");
        }
        if (onLists.contains(AnnexAList.LIST_6) || onLists.contains(AnnexAList.LIST_7) || onLists.contains(AnnexAList.LIST_8)) {
            from.remove("plans");
        }
        if (from.containsKey("visits") && onLists.contains(AnnexAList.LIST_7) && !onLists.contains(AnnexAList.LIST_8)) {
            from.put("visits.seenAlone", from.get("visits"));
        }
                from.computeIfPresent("conferences", (k, day) -> summary.getConferences().stream().map(Conference::getDate)
                .filter(Objects::nonNull).reduce(day, (a, b) -> b.isAfter(a) ? b : a));
        return from;
    }

    /** Whether the workbook has every one of the lists and the child is on none of them. */
    private boolean noneOf(Set<AnnexAList> listsInWorkbook, AnnexAList... lists) {
        for (AnnexAList list : lists) {
            if (!listsInWorkbook.contains(list) || onLists.contains(list)) {
                return false;
            }
        }
        return true;
    }

    /** A warning about what was read for the child, naming where it is. */
    void warning(String warning) {
        warnings.add(warning);
    }

    List<CellProblem> problems() {
        return problems;
    }

    String caseId() {
        return summary.getCaseId();
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * Where the fact at a case summary field path (as the case validator names it:
     * {@code legalStatuses[0].start}) came from in the workbook: list, row and column; null when
     * the path names nothing read from the workbook.
     */
    String placeOf(String fieldPath) {
        if (fieldPath == null) {
            return null;
        }
        Matcher m = FIELD_PATH.matcher(fieldPath);
        if (!m.find()) {
            return null;
        }
        Object element = summary;
        String field = m.group(1);
        if (m.group(2) != null) {
            List<?> list = collection(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (list == null || index >= list.size()) {
                return null;
            }
            element = list.get(index);
            field = m.group(3) == null ? "" : m.group(3);
        } else if (m.group(3) != null && "adoption".equals(m.group(1))) {
            element = summary.getAdoption();
            field = m.group(3);
        }
        Map<String, String> of = places.get(element);
        if (of == null) {
            return null;
        }
        return of.getOrDefault(field, of.get(""));
    }

    private List<?> collection(String name) {
        return switch (name) {
            case "legalStatuses" -> summary.getLegalStatuses();
            case "referrals" -> summary.getReferrals();
            case "assessments" -> summary.getAssessments();
            case "strategyDiscussions" -> summary.getStrategyDiscussions();
            case "section47Enquiries" -> summary.getSection47Enquiries();
            case "conferences" -> summary.getConferences();
            case "visits" -> summary.getVisits();
            case "reviews" -> summary.getReviews();
            case "plans" -> summary.getPlans();
            case "placements" -> summary.getPlacements();
            case "closures" -> summary.getClosures();
            default -> null;
        };
    }

    /** Records where a field of something built came from; "" stands for the thing as a whole. */
    private <T> T from(T element, String field, String place) {
        places.computeIfAbsent(element, k -> new HashMap<>()).putIfAbsent(field, place);
        return element;
    }

    /** Adds what one row says about the child. */
    void add(AnnexAList list, RowValues row) {
        onLists.add(list);
        if (list == AnnexAList.LIST_8 && row.count(AnnexAColumn.LAC_MISSING_EPISODES) != null) {
            missingEpisodesCounted = Math.max(missingEpisodesCounted == null ? 0 : missingEpisodesCounted,
                    row.count(AnnexAColumn.LAC_MISSING_EPISODES));
        }
        identity(list, row);
        latestDates(list, row);
        switch (list) {
            case LIST_1 -> referral(row, AnnexAColumn.CONTACT_DATE, row.text(AnnexAColumn.CONTACT_SOURCE), null);
            case LIST_3 -> {
                referral(row, AnnexAColumn.REFERRAL_DATE, row.text(AnnexAColumn.REFERRAL_SOURCE),
                        nfaOutcome(row.yesNo(AnnexAColumn.REFERRAL_NFA)));
                if (row.date(AnnexAColumn.REFERRAL_DATE) != null) {
                    referralDates.add(row.date(AnnexAColumn.REFERRAL_DATE));
                }
            }
            case LIST_4 -> assessment(row);
            case LIST_5 -> section47(row);
            case LIST_6 -> childInNeed(row);
            case LIST_7 -> childProtection(row);
            case LIST_8 -> lookedAfter(row);
            case LIST_9 -> careLeaver(row);
            case LIST_10 -> adoption(row);
            default -> {
                // List 2 (early help) holds nothing the case summary records beyond who the child is.
            }
        }
    }

    /** Notes the latest dates a row gives (or leaves blank) for the collections it gives only the latest of. */
    private void latestDates(AnnexAList list, RowValues row) {
        switch (list) {
            case LIST_6 -> latest("visits", row.date(AnnexAColumn.CIN_LAST_SEEN));
            case LIST_7 -> {
                latest("visits", row.date(AnnexAColumn.CP_LAST_VISIT));
                latest("conferences", row.date(AnnexAColumn.CP_REVIEW_CONFERENCE));
            }
            case LIST_8 -> {
                latest("visits", row.date(AnnexAColumn.LAC_LAST_VISIT));
                latest("reviews", row.date(AnnexAColumn.LAC_LAST_REVIEW));
                String placementType = row.text(AnnexAColumn.LAC_PLACEMENT_TYPE);
                latest("placements", placementType == null || Codes.placementType(placementType) == null ? null
                        : row.date(AnnexAColumn.LAC_PLACEMENT_START));
            }
            case LIST_9 -> {
                latest("visits", row.date(AnnexAColumn.CARE_LEAVER_CONTACT));
                latest("plans", row.date(AnnexAColumn.CARE_LEAVER_PATHWAY_REVIEW));
            }
            default -> {
                // The other lists give every item of what they hold in their period, or no latest date.
            }
        }
    }

    /**
     * The finished case; its notHeld is shared with other cases (read-only), and heldFrom is
     * {@link #heldFrom()}, whose collections notHeld leaves out.
     */
    CaseSummary finish(Set<String> notHeld, Map<String, LocalDate> heldFrom) {
        if (eligibility != null && summary.getDateOfBirth() != null
                && (eligibility == Codes.Eligibility.FORMER_RELEVANT || eligibility == Codes.Eligibility.QUALIFYING)) {
            summary.getLegalStatuses().add(from(LegalStatus.of(LegalStatusType.CARE_LEAVER,
                    summary.getDateOfBirth().plusYears(18), null, null), "", eligibilityPlace));
        }
        enteredCare();
        for (Assessment assessment : summary.getAssessments()) {
            referralDates.stream().filter(d -> !d.isAfter(assessment.getStart())).max(Comparator.naturalOrder())
                    .ifPresent(assessment::setReferralDate);
        }
        summary.getLegalStatuses().sort(Comparator.comparing(LegalStatus::getStart));
        summary.getReferrals().sort(Comparator.comparing(Referral::getReceived));
        summary.getAssessments().sort(Comparator.comparing(Assessment::getStart));
        summary.getSection47Enquiries().sort(Comparator.comparing(Section47Enquiry::getStart));
        summary.getStrategyDiscussions().sort(Comparator.comparing(StrategyDiscussion::getDate));
        summary.getConferences().sort(Comparator.comparing(Conference::getDate));
        summary.getVisits().sort(Comparator.comparing(Visit::getDate));
        summary.getReviews().sort(Comparator.comparing(Review::getDate));
        summary.getPlans().sort(Comparator.comparing(Plan::getDate));
        summary.getClosures().sort(Comparator.comparing(Closure::getDate));
        summary.setNotHeld(notHeld);
        summary.setHeldFrom(heldFrom);
        return summary;
    }

    private void identity(AnnexAList list, RowValues row) {
        LocalDate born = row.date(AnnexAColumn.DATE_OF_BIRTH);
        if (born != null) {
            if (summary.getDateOfBirth() == null) {
                summary.setDateOfBirth(born);
                dateOfBirthRow = row.place(AnnexAColumn.DATE_OF_BIRTH);
                from(summary, "dateOfBirth", row.place(AnnexAColumn.DATE_OF_BIRTH));
            } else if (!born.equals(summary.getDateOfBirth())) {
                warnings.add(row.place(AnnexAColumn.DATE_OF_BIRTH) + " gives the date of birth as " + born + ", not " + summary.getDateOfBirth()
                        + " as " + dateOfBirthRow + " does; " + summary.getDateOfBirth() + " (read first) was used");
            }
        }
        int rank = ALLOCATION_ORDER.indexOf(list);
        String team = row.text(AnnexAColumn.TEAM);
        String worker = row.text(AnnexAColumn.WORKER);
        if (rank >= 0 && rank < allocationRank && (team != null || worker != null)) {
            allocationRank = rank;
            summary.setTeam(team);
            summary.setWorker(worker);
            places.computeIfAbsent(summary, k -> new HashMap<>()).put("team", row.place(AnnexAColumn.TEAM));
            places.get(summary).put("worker", row.place(AnnexAColumn.WORKER));
        }
    }

    private void referral(RowValues row, AnnexAColumn dateColumn, String source, String outcome) {
        LocalDate received = row.date(dateColumn);
        if (received == null) {
            return;
        }
        Referral referral = summary.getReferrals().stream()
                .filter(r -> received.equals(r.getReceived())).findFirst().orElse(null);
        if (referral == null) {
            referral = new Referral();
            referral.setReceived(received);
            summary.getReferrals().add(from(referral, "", row.place(dateColumn)));
        }
        if (source != null) {
            referral.setSource(source);
        }
        if (outcome != null) {
            referral.setOutcome(outcome);
        }
    }

    private static String nfaOutcome(Boolean nfa) {
        if (nfa == null) {
            return null;
        }
        return nfa ? "no further action" : "further action";
    }

    private void assessment(RowValues row) {
        if (row.date(AnnexAColumn.ASSESSMENT_START) == null) {
            return;
        }
        Assessment assessment = new Assessment();
        assessment.setStart(row.date(AnnexAColumn.ASSESSMENT_START));
        assessment.setAuthorised(row.date(AnnexAColumn.ASSESSMENT_AUTHORISED));
        from(assessment, "", row.place(AnnexAColumn.ASSESSMENT_START));
        from(assessment, "authorised", row.place(AnnexAColumn.ASSESSMENT_AUTHORISED));
        summary.getAssessments().add(assessment);
    }

    private void section47(RowValues row) {
        LocalDate strategy = row.date(AnnexAColumn.STRATEGY_DISCUSSION);
        if (strategy == null) {
            return;
        }
        StrategyDiscussion discussion = new StrategyDiscussion();
        discussion.setDate(strategy);
        discussion.setSection47Initiated(Boolean.TRUE);
        summary.getStrategyDiscussions().add(from(discussion, "", row.place(AnnexAColumn.STRATEGY_DISCUSSION)));

        LocalDate icpc = row.date(AnnexAColumn.ICPC_DATE);
        Boolean unnecessary = row.yesNo(AnnexAColumn.ICPC_UNNECESSARY);
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.setStart(strategy);
        enquiry.setStrategyDiscussion(strategy);
        if (Boolean.TRUE.equals(unnecessary)) {
            enquiry.setIcpcRequired(Boolean.FALSE);
        } else if (icpc != null || Boolean.FALSE.equals(unnecessary)) {
            enquiry.setIcpcRequired(Boolean.TRUE);
        }
        summary.getSection47Enquiries().add(from(enquiry, "", row.place(AnnexAColumn.STRATEGY_DISCUSSION)));

        if (icpc != null) {
            Conference conference = from(conference(ConferenceType.INITIAL, icpc), "", row.place(AnnexAColumn.ICPC_DATE));
            conference.setChildProtectionPlan(row.yesNo(AnnexAColumn.ICPC_PLAN));
        }
    }

    private void childInNeed(RowValues row) {
        LocalDate start = row.date(AnnexAColumn.CIN_START);
        LocalDate closed = row.date(AnnexAColumn.CIN_CLOSED);
        if (start != null) {
            LegalStatus status = LegalStatus.of(LegalStatusType.CHILD_IN_NEED, start, closed, null);
            from(status, "", row.place(AnnexAColumn.CIN_START));
            summary.getLegalStatuses().add(from(status, "end", row.place(AnnexAColumn.CIN_CLOSED)));
        }
        LocalDate seen = row.date(AnnexAColumn.CIN_LAST_SEEN);
        if (seen != null) {
            from(visit(VisitType.CHILD_IN_NEED, seen), "", row.place(AnnexAColumn.CIN_LAST_SEEN)).setChildSeen(Boolean.TRUE);
        }
        if (closed != null) {
            Closure closure = from(new Closure(), "", row.place(AnnexAColumn.CIN_CLOSED));
            closure.setDate(closed);
            String reason = row.text(AnnexAColumn.CIN_CLOSURE_REASON);
            closure.setStepDownToEarlyHelp(reason == null ? null : Codes.stepDownToEarlyHelp(reason));
            summary.getClosures().add(closure);
        }
    }

    private void childProtection(RowValues row) {
        LocalDate start = row.date(AnnexAColumn.CP_START);
        if (start == null) {
            return;
        }
        LegalStatus status = LegalStatus.of(LegalStatusType.CHILD_PROTECTION, start, row.date(AnnexAColumn.CP_END), null);
        from(status, "", row.place(AnnexAColumn.CP_START));
        summary.getLegalStatuses().add(from(status, "end", row.place(AnnexAColumn.CP_END)));
        Plan plan = new Plan();
        plan.setType(PlanType.CHILD_PROTECTION);
        plan.setDate(start);
        summary.getPlans().add(from(plan, "", row.place(AnnexAColumn.CP_START)));
        LocalDate visited = row.date(AnnexAColumn.CP_LAST_VISIT);
        if (visited != null) {
            Visit visit = from(visit(VisitType.CHILD_PROTECTION, visited), "", row.place(AnnexAColumn.CP_LAST_VISIT));
            visit.setSeenAlone(row.yesNo(AnnexAColumn.CP_SEEN_ALONE));
            from(visit, "seenAlone", row.place(AnnexAColumn.CP_SEEN_ALONE));
        }
        LocalDate review = row.date(AnnexAColumn.CP_REVIEW_CONFERENCE);
        if (review != null) {
            from(conference(ConferenceType.REVIEW, review), "", row.place(AnnexAColumn.CP_REVIEW_CONFERENCE));
        }
    }

    private void lookedAfter(RowValues row) {
        unaccompanied(row, AnnexAColumn.LAC_UASC);
        LocalDate start = row.date(AnnexAColumn.LAC_START);
        if (start == null) {
            return;
        }
        LegalStatus status = LegalStatus.of(LegalStatusType.LOOKED_AFTER, start, row.date(AnnexAColumn.LAC_END),
                row.text(AnnexAColumn.LAC_LEGAL_STATUS));
        from(status, "", row.place(AnnexAColumn.LAC_START));
        from(status, "end", row.place(AnnexAColumn.LAC_END));
        summary.getLegalStatuses().add(from(status, "basis", row.place(AnnexAColumn.LAC_LEGAL_STATUS)));
        LocalDate reviewed = row.date(AnnexAColumn.LAC_LAST_REVIEW);
        if (reviewed != null) {
            Review review = new Review();
            review.setType(ReviewType.LOOKED_AFTER);
            review.setDate(reviewed);
            summary.getReviews().add(from(review, "", row.place(AnnexAColumn.LAC_LAST_REVIEW)));
        }
        String plan = row.text(AnnexAColumn.LAC_PERMANENCE_PLAN);
        if (plan != null) {
            PermanenceOption option = Codes.permanencePlan(plan);
            warnings.add(row.place(AnnexAColumn.LAC_PERMANENCE_PLAN) + (option == null
                    ? ": '" + plan + "' is not a permanence plan of Annex A's a) to g)"
                    : ": the permanence plan is " + Labels.humanise(option))
                    + " (not judged: Annex A does not say at which review it was made)");
        }
        LocalDate visited = row.date(AnnexAColumn.LAC_LAST_VISIT);
        if (visited != null) {
            from(visit(VisitType.LOOKED_AFTER, visited), "", row.place(AnnexAColumn.LAC_LAST_VISIT));
        }
        LocalDate placed = row.date(AnnexAColumn.LAC_PLACEMENT_START);
        String placementType = row.text(AnnexAColumn.LAC_PLACEMENT_TYPE);
        if (placed != null && placementType != null) {
            Placement placement = new Placement();
            placement.setStart(placed);
            PlacementType type = Codes.placementType(placementType);
            if (type == null) {
                warnings.add(row.place(AnnexAColumn.LAC_PLACEMENT_TYPE) + ": '" + placementType + "' is not a placement"
                        + " type practice-check knows (an SSDA903 code such as U4 or K2), so it was read as another kind"
                        + " of placement");
                type = PlacementType.OTHER;
            }
            placement.setType(type);
            if (Codes.longTermFostering(placementType)) {
                placement.setLongTermFrom(placed);
            }
            placement.setOutOfArea(outOfArea(row));
            from(placement, "outOfArea", row.place(AnnexAColumn.LAC_PLACEMENT_LOCATION));
            from(placement, "", row.place(AnnexAColumn.LAC_PLACEMENT_START));
            summary.getPlacements().add(from(placement, "type", row.place(AnnexAColumn.LAC_PLACEMENT_TYPE)));
        } else if (placed != null || placementType != null) {
            warnings.add(row.place(placed != null ? AnnexAColumn.LAC_PLACEMENT_START : AnnexAColumn.LAC_PLACEMENT_TYPE)
                    + " gives a placement without both its start date and its type; it was not recorded");
        }
        missingEpisodes(row);
    }

    /** Whether the current placement is out of the authority's area, as List 8's placement location says; null if it does not. */
    private Boolean outOfArea(RowValues row) {
        String location = row.text(AnnexAColumn.LAC_PLACEMENT_LOCATION);
        if (location == null) {
            return null;
        }
        Boolean out = Codes.outOfArea(location);
        if (out == null) {
            warnings.add(row.place(AnnexAColumn.LAC_PLACEMENT_LOCATION) + ": '" + location + "' is neither In nor Out,"
                    + " so whether the placement is out of area is not recorded");
        }
        return out;
    }

    /**
     * Whether the child is, or was, an unaccompanied asylum seeker: a yes in any list wins, as the
     * status may have ended (List 8 asks about the last 12 months, List 9 whether the young person ever was).
     */
    private void unaccompanied(RowValues row, AnnexAColumn column) {
        Boolean uasc = row.yesNo(column);
        if (uasc == null || Boolean.TRUE.equals(summary.getUnaccompaniedAsylumSeeking())) {
            return;
        }
        if (uasc || summary.getUnaccompaniedAsylumSeeking() == null) {
            summary.setUnaccompaniedAsylumSeeking(uasc);
            places.computeIfAbsent(summary, k -> new HashMap<>()).put("unaccompaniedAsylumSeeking", row.place(column));
        }
    }

    private void missingEpisodes(RowValues row) {
        Integer missing = row.count(AnnexAColumn.LAC_MISSING_EPISODES);
        Integer absent = row.count(AnnexAColumn.LAC_ABSENT_EPISODES);
        if (missing != null && missing > 0) {
            warnings.add(row.place(AnnexAColumn.LAC_MISSING_EPISODES) + ": " + missing + (missing == 1 ? " missing episode" : " missing episodes")
                    + " in the last 12 months; return home interview after the last one offered: "
                    + answer(row.yesNo(AnnexAColumn.LAC_RETURN_INTERVIEW_OFFERED)) + ", accepted: "
                    + answer(row.yesNo(AnnexAColumn.LAC_RETURN_INTERVIEW_ACCEPTED))
                    + ". Annex A gives no dates, so rules about missing episodes cannot judge them");
        }
        if (absent != null && absent > 0) {
            warnings.add(row.place(AnnexAColumn.LAC_ABSENT_EPISODES) + ": " + absent + (absent == 1 ? " episode" : " episodes")
                    + " absent from placement in the last 12 months (not judged: the case summary has no absences)");
        }
    }

    private static String answer(Boolean yesNo) {
        return yesNo == null ? "not recorded" : yesNo ? "yes" : "no";
    }

    private void careLeaver(RowValues row) {
        unaccompanied(row, AnnexAColumn.CARE_LEAVER_UASC);
        String category = row.text(AnnexAColumn.CARE_LEAVER_ELIGIBILITY);
        if (category != null) {
            eligibility = Codes.eligibility(category);
            eligibilityPlace = row.place(AnnexAColumn.CARE_LEAVER_ELIGIBILITY);
            if (eligibility == null) {
                warnings.add(eligibilityPlace + ": '" + category + "' is not an eligibility category (relevant, former"
                        + " relevant, qualifying or eligible), so no care-leaver period was recorded");
            }
        }
        LocalDate reviewed = row.date(AnnexAColumn.CARE_LEAVER_PATHWAY_REVIEW);
        if (reviewed != null) {
            Plan plan = new Plan();
            plan.setType(PlanType.PATHWAY);
            plan.setDate(reviewed);
            summary.getPlans().add(from(plan, "", row.place(AnnexAColumn.CARE_LEAVER_PATHWAY_REVIEW)));
        }
        LocalDate contact = row.date(AnnexAColumn.CARE_LEAVER_CONTACT);
        if (contact != null) {
            from(visit(VisitType.CARE_LEAVER, contact), "", row.place(AnnexAColumn.CARE_LEAVER_CONTACT));
        }
    }

    private void adoption(RowValues row) {
        AdoptionMilestones adoption = summary.getAdoption();
        if (adoption == null) {
            adoption = new AdoptionMilestones();
            summary.setAdoption(adoption);
            from(adoption, "", row.row());
        }
        milestone(row, adoption, AnnexAColumn.ADOPTION_DECISION, "agencyDecisionMakerDecision", "the adoption decision",
                AdoptionMilestones::getAgencyDecisionMakerDecision, AdoptionMilestones::setAgencyDecisionMakerDecision);
        milestone(row, adoption, AnnexAColumn.ADOPTION_PLACEMENT_ORDER, "placementOrder", "the placement order",
                AdoptionMilestones::getPlacementOrder, AdoptionMilestones::setPlacementOrder);
        milestone(row, adoption, AnnexAColumn.ADOPTION_MATCHED, "matched", "matching",
                AdoptionMilestones::getMatched, AdoptionMilestones::setMatched);
        milestone(row, adoption, AnnexAColumn.ADOPTION_PLACED, "placed", "placement for adoption",
                AdoptionMilestones::getPlaced, AdoptionMilestones::setPlaced);
        milestone(row, adoption, AnnexAColumn.ADOPTION_FOSTER_TO_ADOPT, "fosterToAdoptPlacement",
                "the foster to adopt placement",
                AdoptionMilestones::getFosterToAdoptPlacement, AdoptionMilestones::setFosterToAdoptPlacement);
        milestone(row, adoption, AnnexAColumn.ADOPTION_ORDER, "adoptionOrder", "the adoption order",
                AdoptionMilestones::getAdoptionOrder, AdoptionMilestones::setAdoptionOrder);
        LocalDate entered = row.date(AnnexAColumn.ADOPTION_ENTERED_CARE);
        if (entered != null && enteredCare == null) {
            enteredCare = entered;
            enteredCarePlace = row.place(AnnexAColumn.ADOPTION_ENTERED_CARE);
        }
        LocalDate reversed = row.date(AnnexAColumn.ADOPTION_DECISION_REVERSED);
        if (reversed != null) {
            String reason = row.text(AnnexAColumn.ADOPTION_REVERSAL_REASON);
            LocalDate decided = adoption.getAgencyDecisionMakerDecision();
            warnings.add(row.place(AnnexAColumn.ADOPTION_DECISION_REVERSED) + ": the decision"
                    + (decided == null ? "" : " of " + decided) + " that the child should be placed for adoption was"
                    + " reversed on " + reversed + (reason == null ? "" : " (" + reason + ")") + ", so it was not used");
            adoption.setAgencyDecisionMakerDecision(null);
        }
    }

    /**
     * The looked-after period List 10 gives a child by the day they entered care: for a child List 8
     * does not list (adopted children have left care), from that day to the adoption order, or open
     * without one. For a child List 8 lists, its periods stand; one that starts another day is a warning.
     */
    private void enteredCare() {
        if (enteredCare == null) {
            return;
        }
        List<LegalStatus> lookedAfter = summary.getLegalStatuses().stream()
                .filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER).toList();
        if (lookedAfter.isEmpty()) {
            LocalDate order = summary.getAdoption() == null ? null : summary.getAdoption().getAdoptionOrder();
            summary.getLegalStatuses().add(from(LegalStatus.of(LegalStatusType.LOOKED_AFTER, enteredCare, order, null),
                    "", enteredCarePlace));
        } else if (lookedAfter.stream().noneMatch(s -> enteredCare.equals(s.getStart()))) {
            warnings.add(enteredCarePlace + " says the child entered care on " + enteredCare + ", but "
                    + placeOfStart(lookedAfter.get(lookedAfter.size() - 1)) + " gives the looked-after period's start as "
                    + lookedAfter.get(lookedAfter.size() - 1).getStart() + "; List 8's period was used");
        }
    }

    /** Where a legal status came from: its list, row and column. */
    private String placeOfStart(LegalStatus status) {
        Map<String, String> of = places.get(status);
        return of == null || of.get("") == null ? "List 8" : of.get("");
    }

    private void milestone(RowValues row, AdoptionMilestones adoption, AnnexAColumn column, String field, String what,
                           Function<AdoptionMilestones, LocalDate> getter,
                           BiConsumer<AdoptionMilestones, LocalDate> setter) {
        LocalDate date = row.date(column);
        if (date == null) {
            return;
        }
        LocalDate earlier = getter.apply(adoption);
        if (earlier == null) {
            setter.accept(adoption, date);
            milestoneRows.put(what, row.place(column));
            from(adoption, field, row.place(column));
        } else if (!Objects.equals(earlier, date)) {
            warnings.add(row.place(column) + " dates " + what + " " + date + ", not " + earlier + " as "
                    + milestoneRows.get(what) + " does; " + earlier + " (read first) was used");
        }
    }

    private Visit visit(VisitType type, LocalDate date) {
        Visit visit = new Visit();
        visit.setType(type);
        visit.setDate(date);
        summary.getVisits().add(visit);
        return visit;
    }

    private Conference conference(ConferenceType type, LocalDate date) {
        Conference conference = new Conference();
        conference.setType(type);
        conference.setDate(date);
        summary.getConferences().add(conference);
        return conference;
    }
}
