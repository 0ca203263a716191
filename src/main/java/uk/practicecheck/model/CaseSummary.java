package uk.practicecheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One child's case as practice-check reads it: the JSON case summary format, documented in
 * {@code schema/case-summary.schema.json}.
 *
 * <p>The record is taken at its word: a dated event that is absent has not happened. The
 * exceptions are yes/no answers left blank, and the fields named in {@code notHeld} (those
 * the source system does not hold); rules report those as "cannot tell".
 */
public class CaseSummary {
    private String schemaVersion;
    private String caseId;
    private String childName;
    private LocalDate dateOfBirth;
    private String team;
    private String worker;
    private List<LegalStatus> legalStatuses = new ArrayList<>();
    private List<Review> reviews = new ArrayList<>();
    private List<Plan> plans = new ArrayList<>();
    private List<MissingEpisode> missingEpisodes = new ArrayList<>();
    private AdoptionMilestones adoption;
    private List<Referral> referrals = new ArrayList<>();
    private List<Assessment> assessments = new ArrayList<>();
    private List<StrategyDiscussion> strategyDiscussions = new ArrayList<>();
    private List<Section47Enquiry> section47Enquiries = new ArrayList<>();
    private List<Conference> conferences = new ArrayList<>();
    private List<Visit> visits = new ArrayList<>();
    private List<Placement> placements = new ArrayList<>();
    private List<PrivateFostering> privateFostering = new ArrayList<>();
    private List<HealthAssessment> healthAssessments = new ArrayList<>();
    private List<EducationPlan> educationPlans = new ArrayList<>();
    private List<ManagementOversight> managementOversight = new ArrayList<>();
    private List<Closure> closures = new ArrayList<>();
    private List<CareProceedings> careProceedings = new ArrayList<>();
    private LocalDate chronologyUpdated;
    private LocalDate lifeStoryWorkStarted;
    private Boolean unaccompaniedAsylumSeeking;
    private Set<String> notHeld = new LinkedHashSet<>();
    private Map<String, LocalDate> heldFrom = new TreeMap<>();

    public String getSchemaVersion() { return schemaVersion; }
    public void setSchemaVersion(String schemaVersion) { this.schemaVersion = schemaVersion; }
    /** The case's pseudonymous identifier, unique within an extract. */
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getChildName() { return childName; }
    public void setChildName(String childName) { this.childName = childName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getWorker() { return worker; }
    public void setWorker(String worker) { this.worker = worker; }
    public List<LegalStatus> getLegalStatuses() { return legalStatuses; }
    public void setLegalStatuses(List<LegalStatus> legalStatuses) { this.legalStatuses = orEmpty(legalStatuses); }
    public List<Review> getReviews() { return reviews; }
    public void setReviews(List<Review> reviews) { this.reviews = orEmpty(reviews); }
    public List<Plan> getPlans() { return plans; }
    public void setPlans(List<Plan> plans) { this.plans = orEmpty(plans); }
    public List<MissingEpisode> getMissingEpisodes() { return missingEpisodes; }
    public void setMissingEpisodes(List<MissingEpisode> missingEpisodes) { this.missingEpisodes = orEmpty(missingEpisodes); }
    public AdoptionMilestones getAdoption() { return adoption; }
    public void setAdoption(AdoptionMilestones adoption) { this.adoption = adoption; }
    /** Contacts and referrals, with the decisions made on them. */
    public List<Referral> getReferrals() { return referrals; }
    public void setReferrals(List<Referral> referrals) { this.referrals = orEmpty(referrals); }
    /** Child and family (single) assessments. */
    public List<Assessment> getAssessments() { return assessments; }
    public void setAssessments(List<Assessment> assessments) { this.assessments = orEmpty(assessments); }
    /** Strategy discussions and meetings. */
    public List<StrategyDiscussion> getStrategyDiscussions() { return strategyDiscussions; }
    public void setStrategyDiscussions(List<StrategyDiscussion> strategyDiscussions) { this.strategyDiscussions = orEmpty(strategyDiscussions); }
    /** Section 47 enquiries. */
    public List<Section47Enquiry> getSection47Enquiries() { return section47Enquiries; }
    public void setSection47Enquiries(List<Section47Enquiry> section47Enquiries) { this.section47Enquiries = orEmpty(section47Enquiries); }
    /** Child protection conferences, initial and review. */
    public List<Conference> getConferences() { return conferences; }
    public void setConferences(List<Conference> conferences) { this.conferences = orEmpty(conferences); }
    /** Social workers' visits to the child. */
    public List<Visit> getVisits() { return visits; }
    public void setVisits(List<Visit> visits) { this.visits = orEmpty(visits); }
    /** Placements while looked after. */
    public List<Placement> getPlacements() { return placements; }
    public void setPlacements(List<Placement> placements) { this.placements = orEmpty(placements); }
    /** Private fostering arrangements notified for the child. */
    public List<PrivateFostering> getPrivateFostering() { return privateFostering; }
    public void setPrivateFostering(List<PrivateFostering> privateFostering) { this.privateFostering = orEmpty(privateFostering); }
    /** Statutory health assessments while looked after. */
    public List<HealthAssessment> getHealthAssessments() { return healthAssessments; }
    public void setHealthAssessments(List<HealthAssessment> healthAssessments) { this.healthAssessments = orEmpty(healthAssessments); }
    /** Personal education plans (PEPs) while looked after. */
    public List<EducationPlan> getEducationPlans() { return educationPlans; }
    public void setEducationPlans(List<EducationPlan> educationPlans) { this.educationPlans = orEmpty(educationPlans); }
    /** Recorded management decisions and supervision. */
    public List<ManagementOversight> getManagementOversight() { return managementOversight; }
    public void setManagementOversight(List<ManagementOversight> managementOversight) { this.managementOversight = orEmpty(managementOversight); }
    /** Case closures and step-downs. */
    public List<Closure> getClosures() { return closures; }
    public void setClosures(List<Closure> closures) { this.closures = orEmpty(closures); }
    /** Applications for care or supervision orders about the child. */
    public List<CareProceedings> getCareProceedings() { return careProceedings; }
    public void setCareProceedings(List<CareProceedings> careProceedings) { this.careProceedings = orEmpty(careProceedings); }
    /** When the case chronology was last brought up to date. */
    public LocalDate getChronologyUpdated() { return chronologyUpdated; }
    public void setChronologyUpdated(LocalDate chronologyUpdated) { this.chronologyUpdated = chronologyUpdated; }
    /** When life-story work with the child started. */
    public LocalDate getLifeStoryWorkStarted() { return lifeStoryWorkStarted; }
    public void setLifeStoryWorkStarted(LocalDate lifeStoryWorkStarted) { this.lifeStoryWorkStarted = lifeStoryWorkStarted; }
    /**
     * Whether the child is, or was, an unaccompanied asylum-seeking child (Annex A list 8 and the SSDA903
     * return record it); null when the record does not say.
     */
    public Boolean getUnaccompaniedAsylumSeeking() { return unaccompaniedAsylumSeeking; }
    public void setUnaccompaniedAsylumSeeking(Boolean unaccompaniedAsylumSeeking) { this.unaccompaniedAsylumSeeking = unaccompaniedAsylumSeeking; }
    /**
     * Field paths, such as {@code missingEpisodes.returnInterviewOffered} or a whole collection such as
     * {@code placements}, that the source does not hold. A collection not held means none of its fields is.
     */
    public Set<String> getNotHeld() { return notHeld; }
    public void setNotHeld(Set<String> notHeld) { this.notHeld = notHeld == null ? new LinkedHashSet<>() : notHeld; }

    /**
     * Field paths the source holds completely only from a day on, with that day: Annex A holds only
     * each child's latest visit, so {@code visits} is held from that visit's day; an SSDA903 return
     * holds the reviews of its collection year, from 1 April. Records before the day may be missing.
     */
    public Map<String, LocalDate> getHeldFrom() { return heldFrom; }
    public void setHeldFrom(Map<String, LocalDate> heldFrom) { this.heldFrom = heldFrom == null ? new TreeMap<>() : heldFrom; }

    /**
     * Whether the source holds {@code fieldPath} (such as {@code reviews.date}): it does unless the path,
     * or a collection or object it belongs to (such as {@code reviews}), is named in {@code notHeld}.
     * A field held only from a day on ({@link #heldFrom(String)}) is held.
     */
    public boolean holds(String fieldPath) {
        if (notHeld.isEmpty() || fieldPath == null) {
            return true;
        }
        for (String path = fieldPath; ; path = path.substring(0, path.lastIndexOf('.'))) {
            if (notHeld.contains(path)) {
                return false;
            }
            if (path.indexOf('.') < 0) {
                return true;
            }
        }
    }

    /**
     * The day from which the source holds {@code fieldPath} completely, where it holds only a partial
     * history (the latest of the days given for the path and the collections it belongs to); null when
     * it holds the whole history.
     */
    public LocalDate heldFrom(String fieldPath) {
        if (heldFrom.isEmpty() || fieldPath == null) {
            return null;
        }
        LocalDate from = null;
        for (String path = fieldPath; ; path = path.substring(0, path.lastIndexOf('.'))) {
            LocalDate day = heldFrom.get(path);
            if (day != null && (from == null || day.isAfter(from))) {
                from = day;
            }
            if (path.indexOf('.') < 0) {
                return from;
            }
        }
    }

    /**
     * Continuous spells of being looked after. Back-to-back or overlapping looked-after statuses
     * (say section 20 followed by an interim care order) are one spell: reviews do not restart
     * when the legal basis changes. A spell ends by the day before the 18th birthday at the latest.
     */
    @JsonIgnore
    public List<LookedAfterPeriod> getLookedAfterPeriods() {
        if (asOf == null) {
            return lookedAfterPeriods();
        }
        if (lookedAfterPeriods == null) {
            lookedAfterPeriods = lookedAfterPeriods();
        }
        return lookedAfterPeriods;
    }

    /**
     * The spells, each ended by the day before the 18th birthday at the latest ({@link #eighteenthBirthday}).
     */
    private List<LookedAfterPeriod> lookedAfterPeriods() {
        List<LegalStatus> spells = legalStatuses.stream()
                .filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && s.getStart() != null)
                .sorted(Comparator.comparing(LegalStatus::getStart))
                .toList();
        List<LookedAfterPeriod> periods = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (LegalStatus spell : spells) {
            if (start != null && end != null && spell.getStart().isAfter(end.plusDays(1))) {
                periods.add(new LookedAfterPeriod(start, end, reviews));
                start = null;
            }
            if (start == null) {
                start = spell.getStart();
                end = spell.getEnd();
            } else if (end != null) {
                end = spell.getEnd() == null || spell.getEnd().isAfter(end) ? spell.getEnd() : end;
            }
        }
        if (start != null) {
            periods.add(new LookedAfterPeriod(start, end, reviews));
        }
        LocalDate adult = eighteenthBirthday();
        if (adult == null) {
            return List.copyOf(periods);
        }
        List<LookedAfterPeriod> asAChild = new ArrayList<>(periods.size());
        for (LookedAfterPeriod period : periods) {
            if (period.getStart().isBefore(adult)) {
                asAChild.add(period.getEnd() != null && period.getEnd().isBefore(adult) ? period
                        : new LookedAfterPeriod(period.getStart(), adult.minusDays(1), reviews));
            }
        }
        return List.copyOf(asAChild);
    }

    /**
     * The day the child turned 18 and stopped being a child (Children Act 1989, section 105(1)), and so
     * stopped being looked after or on a child protection plan, whatever the record says; null without
     * a date of birth, or while that day is after the as-of date (the spell still goes on). Someone born on 29 February turns 18 on 1 March in a common year (Family Law
     * Reform Act 1969, section 9).
     */
    private LocalDate eighteenthBirthday() {
        if (dateOfBirth == null || asOf == null) {
            return null;
        }
        LocalDate adult = adultFrom();
        return adult.isAfter(asOf) ? null : adult;
    }

    /** The 18th birthday, 1 March for someone born on 29 February in a common year; dateOfBirth must be known. */
    private LocalDate adultFrom() {
        LocalDate birthday = dateOfBirth.plusYears(18);
        return birthday.getDayOfMonth() == dateOfBirth.getDayOfMonth() ? birthday : birthday.plusDays(1);
    }

    /**
     * The last day the child is a child (the day before the 18th birthday), whether or not that day has
     * come by the as-of date; null without a date of birth. No duty owed to a child, looked after or not,
     * falls due after it (Children Act 1989, section 105(1)), so a deadline after it is never owed, not
     * merely not yet due.
     */
    public LocalDate lastDayAsAChild() {
        return dateOfBirth == null ? null : adultFrom().minusDays(1);
    }

    /**
     * Whether a deadline on {@code due} can be owed to the child: it falls on or before the last day
     * the child is a child ({@link #lastDayAsAChild}), or the date of birth is not recorded.
     */
    public boolean dueWhileAChild(LocalDate due) {
        LocalDate lastDay = lastDayAsAChild();
        return lastDay == null || due == null || !due.isAfter(lastDay);
    }

    /**
     * The last day a timetable that runs to {@code end} (null while it runs on) can owe anything to
     * the child: the earlier of {@code end} and {@link #lastDayAsAChild} (Children Act 1989,
     * section 105(1): a child is a person under 18). A deadline after it is never owed, not even
     * as not yet due.
     */
    public LocalDate lastDayOwed(LocalDate end) {
        LocalDate lastDay = lastDayAsAChild();
        return lastDay == null || end != null && end.isBefore(lastDay) ? end : lastDay;
    }

    /**
     * The plans in force: of each type, the last in record order, provided the status it belongs to
     * is open on the as-of date (today's, before the case is restricted to a date) and the plan was
     * not made before a break in that status (a child protection plan once the child stepped down to
     * child in need is history, as is a care leaver's care plan). Child in need plans belong to a
     * child in need status, child protection plans to a child protection plan, care plans to being
     * looked after, pathway plans to being looked after or a care leaver, and safety plans to any
     * open status. Where the record holds no status of the kind a plan belongs to (or no legal
     * statuses at all), nothing shows the plan ended: the last plan of that type is in force.
     */
    @JsonIgnore
    public List<Plan> getCurrentPlans() {
        if (asOf == null) {
            return currentPlans();
        }
        if (currentPlans == null) {
            currentPlans = currentPlans();
        }
        return currentPlans;
    }

    private List<Plan> currentPlans() {
        // The plans of each type, in record order, gathered in one pass (by type ordinal).
        PlanType[] types = PlanType.values();
        @SuppressWarnings("unchecked")
        List<Plan>[] byType = (List<Plan>[]) new List<?>[types.length];
        for (Plan plan : plans) {
            if (plan.getType() != null) {
                int type = plan.getType().ordinal();
                if (byType[type] == null) {
                    byType[type] = new ArrayList<>(2);
                }
                byType[type].add(plan);
            }
        }
        List<Plan> current = new ArrayList<>();
        for (PlanType type : types) {
            if (byType[type.ordinal()] == null) {
                continue;
            }
            // The last in record order: one recorded without its date still counts, in its place.
            List<Plan> ofType = RecordOrder.inOrder(byType[type.ordinal()], Plan::getDate, day -> true);
            if (ofType.isEmpty()) {
                continue;
            }
            Plan last = ofType.get(ofType.size() - 1);
            List<Spell> spells = holds("legalStatuses") ? spellsFor(type) : List.of();
            if (spells.isEmpty()) {
                current.add(last);
                continue;
            }
            Spell open = spellCovering(spells, asOf == null ? LocalDate.now() : asOf);
            if (open != null && (last.getDate() == null || !last.getDate().isBefore(previousSpellEnd(spells, open)))) {
                current.add(last);
            }
        }
        return List.copyOf(current);
    }

    /** Whether a plan of {@code type} is in force ({@link #getCurrentPlans}). */
    public boolean hasCurrentPlan(PlanType type) {
        for (Plan plan : getCurrentPlans()) {
            if (plan.getType() == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether a referral records that the child presented as homeless (or at risk of it). */
    public boolean hasReferralPresentingAsHomeless() {
        for (Referral referral : referrals) {
            if (Boolean.TRUE.equals(referral.getPresentingAsHomeless())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the record holds a legal status of {@code type}, whenever it was and however complete. */
    public boolean hasStatus(LegalStatusType type) {
        for (LegalStatus status : legalStatuses) {
            if (status.getStatus() == type) {
                return true;
            }
        }
        return false;
    }

    /** The unbroken spells of the status a plan of {@code type} belongs to ({@link #getCurrentPlans}). */
    private List<Spell> spellsFor(PlanType type) {
        return switch (type) {
            case CHILD_IN_NEED -> Spell.of(statuses(LegalStatusType.CHILD_IN_NEED));
            case CHILD_PROTECTION -> getChildProtectionSpells();
            case CARE -> getLookedAfterPeriods().stream().map(p -> new Spell(p.getStart(), p.getEnd())).toList();
            case PATHWAY -> Spell.of(statuses(LegalStatusType.LOOKED_AFTER, LegalStatusType.CARE_LEAVER));
            case SAFETY -> getOpenSpells();
        };
    }

    private List<LegalStatus> statuses(LegalStatusType... types) {
        List<LegalStatusType> wanted = List.of(types);
        return legalStatuses.stream().filter(s -> wanted.contains(s.getStatus())).toList();
    }

    /** The first of {@code spells} that covers {@code day}; null when none does. */
    private static Spell spellCovering(List<Spell> spells, LocalDate day) {
        for (Spell spell : spells) {
            if (spell.covers(day)) {
                return spell;
            }
        }
        return null;
    }

    /**
     * The day after the spell of {@code spells} before {@code spell} ended (a plan dated before it
     * belongs to that spell), or the earliest day there is when there was none.
     */
    private static LocalDate previousSpellEnd(List<Spell> spells, Spell spell) {
        LocalDate previousEnd = null;
        for (Spell other : spells) {
            LocalDate end = other.getEnd();
            if (end != null && end.isBefore(spell.getStart()) && (previousEnd == null || end.isAfter(previousEnd))) {
                previousEnd = end;
            }
        }
        return previousEnd == null ? LocalDate.MIN : previousEnd.plusDays(1);
    }

    /** The date family finding started, if it has. */
    public LocalDate familyFindingStarted() {
        return Optional.ofNullable(adoption).map(AdoptionMilestones::getFamilyFindingStarted).orElse(null);
    }

    /** The date of the agency decision maker's decision that the child should be placed for adoption, if made. */
    public LocalDate agencyDecisionMakerDecision() {
        return Optional.ofNullable(adoption).map(AdoptionMilestones::getAgencyDecisionMakerDecision).orElse(null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }

    // Looked-after children, permanence and placements (rules under rules/lookedafter, rules/placements).

    /**
     * The last day of the spell in care that {@code day} falls in; null while that spell goes on,
     * or when the child was not looked after on {@code day} (or it is not known).
     */
    public LocalDate leftCareAfter(LocalDate day) {
        if (day == null) {
            return null;
        }
        for (LookedAfterPeriod period : getLookedAfterPeriods()) {
            if (period.lookedAfterOn(day)) {
                return period.getEnd();
            }
        }
        return null;
    }

    /**
     * The day the child was placed for adoption: the recorded date, or else the start of the
     * first adoptive placement; null if neither is recorded. From then the adoption agency's
     * reviews and visits (Adoption Agencies Regulations 2005, regulation 36) replace the
     * looked-after ones.
     */
    public LocalDate placedForAdoption() {
        LocalDate recorded = adoption == null ? null : adoption.getPlaced();
        if (recorded != null) {
            return recorded;
        }
        // The earliest start of an adoptive placement (asked by several rules a case, so without a stream).
        LocalDate earliest = null;
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.getType() == PlacementType.ADOPTIVE && p.getStart() != null
                    && (earliest == null || p.getStart().isBefore(earliest))) {
                earliest = p.getStart();
            }
        }
        return earliest;
    }

    /**
     * Whether the child was placed, on or before {@code day}, with foster carers approved as
     * prospective adopters (a fostering for adoption placement), which shows foster to adopt was
     * considered; or lived with a connected person on {@code day}, where section 22C(9B)(c) of the
     * Children Act 1989 does not ask for it (the connected person was found the most appropriate).
     */
    public boolean fosterToAdoptSettledOn(LocalDate day) {
        LocalDate recorded = adoption == null ? null : adoption.getFosterToAdoptPlacement();
        if (recorded != null && !recorded.isAfter(day)) {
            return true;
        }
        return placements.stream().anyMatch(p -> p.getStart() != null && !p.getStart().isAfter(day)
                && (p.getType() == PlacementType.FOSTER_TO_ADOPT
                    || p.getType() == PlacementType.CONNECTED_PERSON && (p.getEnd() == null || !p.getEnd().isBefore(day))));
    }

    /** Whether the child was looked after on {@code day} under an interim care order (Children Act 1989, section 38). */
    public boolean interimCareOrderOn(LocalDate day) {
        return legalStatuses.stream().anyMatch(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER
                && s.isOpenOn(day) && s.interimCareOrder());
    }

    /** Whether the child was looked after on {@code day} under a (full) care order (Children Act 1989, section 31). */
    public boolean careOrderOn(LocalDate day) {
        return legalStatuses.stream().anyMatch(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER
                && s.isOpenOn(day) && s.careOrder());
    }

    /**
     * The first day after {@code after}, and no later than {@code until} (null: no end), on which a
     * looked-after period under a (full) care order began: the making of a care order; null if none.
     */
    public LocalDate careOrderMadeBetween(LocalDate after, LocalDate until) {
        return legalStatuses.stream().filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && s.careOrder()
                        && s.getStart().isAfter(after) && (until == null || !s.getStart().isAfter(until)))
                .map(LegalStatus::getStart).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The day an application on which a care order might be made is known to have been made for the
     * spell in care {@code period} by {@code by}, so that section 31A of the Children Act 1989 applies
     * (the court directs when the care plan is due; regulation 4(2) of the Care Planning, Placement and
     * Case Review (England) Regulations 2010 then does not set its timing): the earliest of the days care
     * proceedings were issued (on or before {@code by}, not concluded before the spell began) and the start
     * of an interim or full care order during the spell (on or before {@code by}; the application came no
     * later); null if neither is recorded.
     */
    public LocalDate careApplicationFor(LookedAfterPeriod period, LocalDate by) {
        LocalDate earliest = null;
        for (CareProceedings proceedings : careProceedings) {
            LocalDate issued = proceedings.getIssued();
            if (issued != null && !issued.isAfter(by)
                    && (proceedings.getConcluded() == null || !proceedings.getConcluded().isBefore(period.getStart()))
                    && (earliest == null || issued.isBefore(earliest))) {
                earliest = issued;
            }
        }
        for (LegalStatus status : legalStatuses) {
            LocalDate start = status.getStart();
            if (status.getStatus() == LegalStatusType.LOOKED_AFTER && (status.interimCareOrder() || status.careOrder())
                    && start != null && !start.isAfter(by) && period.lookedAfterOn(start)
                    && (earliest == null || start.isBefore(earliest))) {
                earliest = start;
            }
        }
        return earliest;
    }

    /**
     * The interim care orders that show care proceedings the record does not hold: for each spell in
     * care, the first looked-after period under an interim care order (made only in proceedings on an
     * application, Children Act 1989 section 38(1)) that no recorded proceedings cover (issued on or
     * before its start, or on a day not recorded, and not concluded before it). Renewals of the order belong to the same proceedings.
     */
    public List<LegalStatus> interimCareOrdersWithoutProceedings() {
        List<LegalStatus> shown = new ArrayList<>();
        for (LookedAfterPeriod period : getLookedAfterPeriods()) {
            firstOrderInSpell(period, LegalStatus::interimCareOrder)
                    .filter(order -> !coveredByRecordedProceedings(order))
                    .ifPresent(shown::add);
        }
        return shown;
    }

    /**
     * The full care orders that show care proceedings the record does not hold: for each spell in
     * care, the first looked-after period under a care order (made on an application, Children Act
     * 1989 section 31) with no interim care order before it in the spell ({@link
     * #interimCareOrdersWithoutProceedings} covers those) and no recorded proceedings covering it
     * (issued on or before its start, or on a day not recorded, and not concluded before it). The
     * proceedings ended the day the order was made; when they began is not known.
     */
    public List<LegalStatus> careOrdersWithoutProceedings() {
        List<LegalStatus> shown = new ArrayList<>();
        for (LookedAfterPeriod period : getLookedAfterPeriods()) {
            Optional<LegalStatus> interim = firstOrderInSpell(period, LegalStatus::interimCareOrder);
            firstOrderInSpell(period, LegalStatus::careOrder)
                    .filter(order -> interim.isEmpty() || interim.get().getStart().isAfter(order.getStart()))
                    .filter(order -> !coveredByRecordedProceedings(order))
                    .ifPresent(shown::add);
        }
        return shown;
    }

    /** The earliest dated looked-after status of the given kind of order that began within the spell. */
    private Optional<LegalStatus> firstOrderInSpell(LookedAfterPeriod period, Predicate<LegalStatus> kind) {
        return legalStatuses.stream()
                .filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && kind.test(s)
                        && s.getStart() != null && period.lookedAfterOn(s.getStart()))
                .min(Comparator.comparing(LegalStatus::getStart));
    }

    /** Whether recorded proceedings cover the order: issued on or before it (or on a day not recorded), not concluded before it. */
    private boolean coveredByRecordedProceedings(LegalStatus order) {
        return careProceedings.stream().anyMatch(p -> (p.getIssued() == null || !p.getIssued().isAfter(order.getStart()))
                && (p.getConcluded() == null || !p.getConcluded().isBefore(order.getStart())));
    }

    /**
     * When the proceedings behind an interim care order ended: the day a full care order began on or
     * after it, else the last day of the unbroken run of interim care orders from it (renewals
     * included) where that run has ended; null while the order goes on.
     */
    public LocalDate proceedingsEndedAfter(LegalStatus interimOrder) {
        LocalDate careOrder = careOrderMadeBetween(interimOrder.getStart().minusDays(1), null);
        List<LegalStatus> orders = legalStatuses.stream()
                .filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && s.interimCareOrder() && s.getStart() != null
                        && !s.getStart().isBefore(interimOrder.getStart()))
                .sorted(Comparator.comparing(LegalStatus::getStart)).toList();
        LocalDate runEnd = interimOrder.getEnd();
        for (LegalStatus order : orders) {
            if (runEnd != null && !order.getStart().isAfter(runEnd.plusDays(1))) {
                runEnd = order.getEnd() == null || order.getEnd().isAfter(runEnd) ? order.getEnd() : runEnd;
            }
        }
        if (careOrder != null && (runEnd == null || !careOrder.isAfter(runEnd.plusDays(1)))) {
            return careOrder;
        }
        return runEnd;
    }

    /**
     * When the care plan for {@code period} was prepared: the earliest care plan dated after the end of
     * the spell in care before it (so a plan made before the child was placed counts) and not after
     * {@code period} ended; null if none is.
     */
    public LocalDate carePlanPreparedFor(LookedAfterPeriod period) {
        LocalDate previousEnd = getLookedAfterPeriods().stream()
                .filter(p -> p.getEnd() != null && p.getEnd().isBefore(period.getStart()))
                .map(LookedAfterPeriod::getEnd).max(Comparator.naturalOrder()).orElse(null);
        return plans.stream()
                .filter(p -> p.getType() == PlanType.CARE && p.getDate() != null)
                .map(Plan::getDate)
                .filter(d -> (previousEnd == null || d.isAfter(previousEnd)) && (period.getEnd() == null || !d.isAfter(period.getEnd())))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The day the child was first placed in {@code period}: the start of the first placement that began
     * during it, or the day the spell began where none is recorded as beginning in it.
     */
    public LocalDate firstPlacedIn(LookedAfterPeriod period) {
        List<Placement> during = placementsDuring(period);
        return during.isEmpty() ? period.getStart() : during.get(0).getStart();
    }

    /** The placements that began during {@code period}, in the order they began. */
    public List<Placement> placementsDuring(LookedAfterPeriod period) {
        return placements.stream().filter(p -> p.getStart() != null && period.lookedAfterOn(p.getStart()))
                .sorted(Comparator.comparing(Placement::getStart)).toList();
    }

    /** The child's age in whole years on {@code day}; null when the date of birth or the day is not recorded. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null || day == null ? null : java.time.Period.between(dateOfBirth, day).getYears();
    }

    /**
     * The assessment that answered {@code referral}: the first one recorded as following that referral
     * (its referral date is the day the referral was received) or else the first one that started on
     * or after that day and before the next referral; null if there is none.
     */
    public Assessment assessmentFollowing(Referral referral) {
        LocalDate received = referral.getReceived();
        if (received == null) {
            return null;
        }
        LocalDate nextReferral = referrals.stream().map(Referral::getReceived)
                .filter(d -> d != null && d.isAfter(received)).min(Comparator.naturalOrder()).orElse(null);
        Comparator<Assessment> byStart = Comparator.comparing(Assessment::getStart, Comparator.nullsLast(Comparator.naturalOrder()));
        return assessments.stream().filter(a -> received.equals(a.getReferralDate())).min(byStart)
                .or(() -> assessments.stream()
                        .filter(a -> a.getReferralDate() == null && a.getStart() != null && !a.getStart().isBefore(received)
                                && (nextReferral == null || a.getStart().isBefore(nextReferral)))
                        .min(byStart))
                .orElse(null);
    }

    /** Whether a plan of {@code type} is recorded without its date. */
    public boolean hasUndatedPlan(PlanType type) {
        return plans.stream().anyMatch(p -> p.getType() == type && p.getDate() == null);
    }

    /** Whether the child was looked after on {@code day}, under any looked-after legal status. */
    public boolean lookedAfterOn(LocalDate day) {
        return getLookedAfterPeriods().stream().anyMatch(p -> p.lookedAfterOn(day));
    }

    // ---- Children in need, child protection and management oversight (rules since 0.2.0) ----

    @JsonIgnore
    private LocalDate asOf;

    // Views derived from the lists, worked out once per evaluation: many rules read the same ones.
    // Kept only once AsOfView has restricted the case (asOf set), after which the lists no longer change.
    @JsonIgnore
    private List<LookedAfterPeriod> lookedAfterPeriods;
    @JsonIgnore
    private List<Plan> currentPlans;
    @JsonIgnore
    private List<Spell> openSpells;
    @JsonIgnore
    private List<Spell> childProtectionSpells;
    @JsonIgnore
    private Map<LocalDate, Boolean> actionsSetByDay;
    @JsonIgnore
    private List<Section47Episode> section47Episodes;

    /** The day the case is being evaluated as of; set by {@link AsOfView}, null before. */
    public LocalDate asOf() { return asOf; }

    /** Marks the case as restricted to {@code day}, and forgets views worked out before. */
    void evaluatedAsOf(LocalDate day) {
        this.asOf = day;
        this.lookedAfterPeriods = null;
        this.currentPlans = null;
        this.openSpells = null;
        this.childProtectionSpells = null;
        this.actionsSetByDay = null;
        this.section47Episodes = null;
    }

    /** The care leaver statuses recorded with the day they started, in record order (read-only). */
    public List<LegalStatus> careLeaverStatuses() {
        List<LegalStatus> careLeaver = null;
        for (LegalStatus status : legalStatuses) {
            if (status.getStatus() == LegalStatusType.CARE_LEAVER && status.getStart() != null) {
                if (careLeaver == null) {
                    careLeaver = new ArrayList<>(1);
                }
                careLeaver.add(status);
            }
        }
        return careLeaver == null ? List.of() : Collections.unmodifiableList(careLeaver);
    }

    /** Unbroken spells on a child protection plan, each ended by the day before the 18th birthday at the latest. */
    @JsonIgnore
    public List<Spell> getChildProtectionSpells() {
        if (asOf != null && childProtectionSpells != null) {
            return childProtectionSpells;
        }
        List<Spell> spells = Spell.of(legalStatuses.stream().filter(s -> s.getStatus() == LegalStatusType.CHILD_PROTECTION).toList());
        LocalDate adult = eighteenthBirthday();
        if (adult != null) {
            spells = spells.stream().filter(s -> s.getStart().isBefore(adult))
                    .map(s -> s.getEnd() != null && s.getEnd().isBefore(adult) ? s : new Spell(s.getStart(), adult.minusDays(1)))
                    .toList();
        }
        if (asOf != null) {
            childProtectionSpells = spells;
        }
        return spells;
    }

    /** Unbroken spells during which the case was open under any legal status. */
    @JsonIgnore
    public List<Spell> getOpenSpells() {
        if (asOf != null && openSpells != null) {
            return openSpells;
        }
        List<Spell> spells = Spell.of(legalStatuses);
        if (asOf != null) {
            openSpells = spells;
        }
        return spells;
    }

    /**
     * The open spell still going on, null when the case is closed. There is at most one: a spell with
     * no end takes in every status that starts after it ({@link Spell#of}).
     */
    public Spell ongoingSpell() {
        List<Spell> spells = getOpenSpells();
        Spell last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
        return last != null && last.isOngoing() ? last : null;
    }

    /**
     * Days of the child protection visits during {@code plan} at which the child was seen (or the record
     * does not say otherwise), oldest first, null for a visit recorded without its date ({@link RecordOrder}).
     */
    public List<LocalDate> childProtectionVisitDays(Spell plan) {
        return RecordOrder.days(visits.stream().filter(v -> v.getType() == VisitType.CHILD_PROTECTION
                && !Boolean.FALSE.equals(v.getChildSeen())).toList(), Visit::getDate, plan::covers);
    }

    /**
     * Whether the child was seen alone at each of {@link #childProtectionVisitDays}'s visits, in the
     * same order: for a day, yes if any visit that day says so (null when none says and some are
     * silent); for a visit recorded without its date, what it says.
     */
    public List<Boolean> childProtectionSeenAlone(Spell plan) {
        List<Visit> inOrder = RecordOrder.inOrder(visits.stream().filter(v -> v.getType() == VisitType.CHILD_PROTECTION
                && !Boolean.FALSE.equals(v.getChildSeen())).toList(), Visit::getDate, plan::covers);
        List<Boolean> seenAlone = new ArrayList<>(inOrder.size());
        LocalDate previous = null;
        List<Boolean> sameDay = List.of();
        for (Visit visit : inOrder) {
            LocalDate day = visit.getDate();
            if (day != null && day.equals(previous)) {
                sameDay.add(visit.getSeenAlone());
                seenAlone.set(seenAlone.size() - 1, anyYes(sameDay));
                continue;
            }
            sameDay = new ArrayList<>(2);
            sameDay.add(visit.getSeenAlone());
            seenAlone.add(visit.getSeenAlone());
            previous = day;
        }
        return seenAlone;
    }

    /**
     * The day the review conference timetable of {@code plan} runs from: the initial conference that
     * decided it (the latest dated one on or before the plan's start, after any earlier plan ended, not
     * recorded as deciding against a plan), or the plan's start where none is recorded. Working Together
     * counts the first review's three months from the initial conference, which a record may date a few
     * days before the plan's legal status starts.
     */
    public LocalDate reviewConferenceClockStart(Spell plan) {
        LocalDate earlierPlanEnd = getChildProtectionSpells().stream()
                .filter(s -> s.getStart().isBefore(plan.getStart()) && s.getEnd() != null)
                .map(Spell::getEnd).max(Comparator.naturalOrder()).orElse(null);
        return conferences.stream()
                .filter(c -> c.getType() == ConferenceType.INITIAL && c.getDate() != null
                        && !Boolean.FALSE.equals(c.getChildProtectionPlan())
                        && !c.getDate().isAfter(plan.getStart())
                        && (earlierPlanEnd == null || c.getDate().isAfter(earlierPlanEnd)))
                .map(Conference::getDate).max(Comparator.naturalOrder()).orElse(plan.getStart());
    }

    /** Days of the review conferences during {@code plan}, oldest first, null for one recorded without its date. */
    public List<LocalDate> reviewConferenceDays(Spell plan) {
        return RecordOrder.days(conferences.stream().filter(c -> c.getType() == ConferenceType.REVIEW).toList(),
                Conference::getDate, plan::covers);
    }

    /**
     * The sets of section 47 enquiries of the case, each with the strategy discussion that initiated
     * it: the enquiries recorded, each matched to the discussion it names, or else to the latest
     * discussion not said to have started no enquiries held on or before their start (one not dated, if no
     * dated one fits); then each strategy discussion recorded as initiating enquiries that no
     * enquiry record was matched to.
     */
    public List<Section47Episode> section47Episodes() {
        // Worked out once per case as of a date: two rules and initialConferenceFor ask for them.
        if (asOf == null) {
            return workOutSection47Episodes();
        }
        if (section47Episodes == null) {
            section47Episodes = Collections.unmodifiableList(workOutSection47Episodes());
        }
        return section47Episodes;
    }

    private List<Section47Episode> workOutSection47Episodes() {
        List<StrategyDiscussion> unclaimed = new ArrayList<>(strategyDiscussions.stream()
                .filter(d -> !Boolean.FALSE.equals(d.getSection47Initiated())).toList());
        List<Section47Episode> episodes = new ArrayList<>();
        for (Section47Enquiry enquiry : section47Enquiries) {
            LocalDate discussion = enquiry.getStrategyDiscussion();
            StrategyDiscussion matched = discussion != null
                    ? unclaimed.stream().filter(d -> discussion.equals(d.getDate())).findFirst().orElse(null)
                    : discussionBefore(unclaimed, enquiry.getStart());
            if (matched != null) {
                unclaimed.remove(matched);
            }
            episodes.add(new Section47Episode(discussion != null ? discussion : matched == null ? null : matched.getDate(),
                    enquiry.getStart(), enquiry.getIcpcRequired(), enquiry.label()));
        }
        for (StrategyDiscussion discussion : unclaimed) {
            if (Boolean.TRUE.equals(discussion.getSection47Initiated())) {
                episodes.add(new Section47Episode(discussion.getDate(), null, null,
                        "section 47 enquiries initiated at the " + discussion.label()));
            }
        }
        // A child protection plan follows enquiries and an initial conference: one with neither
        // recorded before it (nor a transfer-in conference) had enquiries whose dates are unknown.
        // (Where the source holds neither, the rule's applicability says cannot tell.)
        LocalDate previousEnd = null;
        for (Spell plan : holds("strategyDiscussions") || holds("section47Enquiries") ? getChildProtectionSpells() : List.<Spell>of()) {
            if (!ledUpTo(plan, previousEnd, episodes)) {
                episodes.add(new Section47Episode(null, null, Boolean.TRUE,
                        "section 47 enquiries before the child protection plan " + plan.span() + " (not recorded)"));
            }
            previousEnd = plan.getEnd();
        }
        return episodes;
    }

    /** Whether enquiries, or a transfer-in conference, are recorded that may have led to {@code plan}. */
    private boolean ledUpTo(Spell plan, LocalDate previousEnd, List<Section47Episode> episodes) {
        java.util.function.Predicate<LocalDate> before = day -> day == null
                || !day.isAfter(plan.getStart()) && (previousEnd == null || day.isAfter(previousEnd));
        return episodes.stream().anyMatch(e -> before.test(e.clockFrom()))
                || conferences.stream().anyMatch(c -> c.getType() == ConferenceType.TRANSFER_IN && before.test(c.getDate()));
    }

    /** The latest dated discussion held on or before {@code day}, or failing that one not dated; null if none. */
    private static StrategyDiscussion discussionBefore(List<StrategyDiscussion> discussions, LocalDate day) {
        StrategyDiscussion latest = null;
        for (StrategyDiscussion d : discussions) {
            if (d.getDate() != null && day != null && !d.getDate().isAfter(day)
                    && (latest == null || d.getDate().isAfter(latest.getDate()))) {
                latest = d;
            }
        }
        return latest != null ? latest : discussions.stream().filter(d -> d.getDate() == null).findFirst().orElse(null);
    }

    /**
     * The initial conference that followed a set of section 47 enquiries, if any. Each conference
     * belongs to one set: the latest whose clock started before it (so a conference after later
     * enquiries started is theirs, not an earlier set's held late), or, where none started before
     * it, the first that started on its day. A set's conference is the first that belongs to it.
     */
    public LocalDate initialConferenceFor(Section47Episode episode) {
        LocalDate from = episode.clockFrom();
        if (from == null) {
            return null;
        }
        List<Section47Episode> episodes = section47Episodes();
        Section47Episode self = episodes.stream().filter(e -> e.equals(episode)).findFirst().orElse(episode);
        return conferences.stream().filter(c -> c.getType() == ConferenceType.INITIAL && c.getDate() != null
                        && !c.getDate().isBefore(from))
                .map(Conference::getDate).sorted()
                .filter(day -> ownerOf(day, episodes) == self).findFirst().orElse(null);
    }

    private static Section47Episode ownerOf(LocalDate conference, List<Section47Episode> episodes) {
        Section47Episode owner = null;
        for (Section47Episode e : episodes) {
            LocalDate from = e.clockFrom();
            if (from != null && from.isBefore(conference) && (owner == null || from.isAfter(owner.clockFrom()))) {
                owner = e;
            }
        }
        if (owner != null) {
            return owner;
        }
        return episodes.stream().filter(e -> conference.equals(e.clockFrom())).findFirst().orElse(null);
    }

    /**
     * Whether a set of section 47 enquiries needed an initial conference: yes when they concluded so
     * or one followed them ({@link #initialConferenceFor}); no when they concluded not; null when the
     * record does not say.
     */
    public Boolean initialConferenceNeeded(Section47Episode episode) {
        if (Boolean.TRUE.equals(episode.conferenceNeededAnswer()) || initialConferenceFor(episode) != null) {
            return Boolean.TRUE;
        }
        return episode.conferenceNeededAnswer();
    }

    /**
     * The latest looked-after visits at which the child was seen (more than one if several share
     * the latest date), provided that date is not before {@code notBefore}; otherwise none. Visits
     * without a date are passed over, and so is a call that records the child was not seen: it is
     * not a statutory visit (Care Planning Regulations 2010, regulation 28), as the statutory visits
     * timetable does not count it either.
     */
    public List<Visit> latestStatutoryVisits(LocalDate notBefore) {
        return latest(visits.stream().filter(v -> v.getType() == VisitType.LOOKED_AFTER
                && !Boolean.FALSE.equals(v.getChildSeen())).toList(), Visit::getDate, notBefore);
    }

    /**
     * The latest personal education plans (more than one if several share the latest date),
     * provided that date is not before {@code notBefore}; otherwise none. Plans without a date are passed over.
     */
    public List<EducationPlan> latestEducationPlans(LocalDate notBefore) {
        return latest(educationPlans, EducationPlan::getDate, notBefore);
    }

    /** Rules judge "the latest" of a record often: one pass here, rather than a quadratic DRL {@code not}. */
    private static <T> List<T> latest(List<T> records, Function<T, LocalDate> day, LocalDate notBefore) {
        LocalDate latestDay = null;
        for (T record : records) {
            LocalDate d = day.apply(record);
            if (d != null && (latestDay == null || d.isAfter(latestDay))) {
                latestDay = d;
            }
        }
        if (latestDay == null || latestDay.isBefore(notBefore)) {
            return List.of();
        }
        List<T> latest = new ArrayList<>(1);
        for (T record : records) {
            if (latestDay.equals(day.apply(record))) {
                latest.add(record);
            }
        }
        return latest;
    }

    /** Days of recorded supervision during {@code spell}, oldest first, null for one recorded without its date. */
    public List<LocalDate> supervisionDays(Spell spell) {
        return RecordOrder.days(managementOversight.stream().filter(o -> o.getType() == OversightType.SUPERVISION).toList(),
                ManagementOversight::getDate, spell::covers);
    }

    /** Whether the supervision on {@code day} set actions; null when not recorded or there was none. */
    public Boolean supervisionActionsSet(LocalDate day) {
        if (asOf == null) {
            return anyYes(supervisions().filter(o -> o.getDate().equals(day)).map(ManagementOversight::getActionsSet).toList());
        }
        if (actionsSetByDay == null) {
            actionsSetByDay = answersByDay(supervisions().toList(), ManagementOversight::getDate, ManagementOversight::getActionsSet);
        }
        return actionsSetByDay.get(day);
    }

    /** {@link #anyYes} of the answers recorded on each day, by day: looked up once per step of a timetable. */
    private static <T> Map<LocalDate, Boolean> answersByDay(List<T> records, Function<T, LocalDate> day,
                                                            Function<T, Boolean> answer) {
        Map<LocalDate, Boolean> byDay = new HashMap<>();
        for (T record : records) {
            LocalDate d = day.apply(record);
            Boolean said = answer.apply(record);
            // anyYes of the day's answers so far and this one, without keeping the list.
            byDay.put(d, byDay.containsKey(d) ? anyYes(byDay.get(d), said) : said);
        }
        return byDay;
    }

    /** {@link #anyYes(List)} of two answers, the first itself the answer of one or more. */
    private static Boolean anyYes(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    private Stream<ManagementOversight> supervisions() {
        return managementOversight.stream().filter(o -> o.getType() == OversightType.SUPERVISION && o.getDate() != null);
    }

    /** Yes if any answer is yes; no if all are no; null if there are none or the rest are silent. */
    private static Boolean anyYes(List<Boolean> answers) {
        if (answers.contains(Boolean.TRUE)) {
            return Boolean.TRUE;
        }
        return answers.isEmpty() || answers.contains(null) ? null : Boolean.FALSE;
    }

    /** Whether the chronology was brought up to date during the spell. */
    public boolean chronologyUpdatedDuring(Spell spell) {
        return chronologyUpdated != null && spell.covers(chronologyUpdated);
    }

    /** What the next chronology update is counted from: its last update in the spell, or the spell's start. */
    public LocalDate chronologyClockStart(Spell spell) {
        return chronologyUpdatedDuring(spell) ? chronologyUpdated : spell.getStart();
    }

    /** {@link #chronologyClockStart} in words. */
    public String chronologyClockStartWhat(Spell spell) {
        return chronologyUpdatedDuring(spell) ? "the chronology's last update" : "the case opened";
    }

    /**
     * The day of the referral {@code assessment} responds to: its recorded referral date, or else the
     * latest referral in the record received on or before the assessment started (as the Annex A
     * reader links them); null when neither is known.
     */
    public LocalDate referralFor(Assessment assessment) {
        if (assessment.getReferralDate() != null || assessment.getStart() == null) {
            return assessment.getReferralDate();
        }
        return referrals.stream().map(Referral::getReceived)
                .filter(r -> r != null && !r.isAfter(assessment.getStart()))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The first referral received after {@code day} and no later than {@code until}, if any. */
    public LocalDate referralAfter(LocalDate day, LocalDate until) {
        return referrals.stream().map(Referral::getReceived)
                .filter(r -> r != null && r.isAfter(day) && !r.isAfter(until))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The day a closure on {@code closedOn} is known to have held: {@code windowEnd}, once the as-of
     * date is past it with no new referral in between; null until then.
     */
    public LocalDate closureHeldUntil(LocalDate closedOn, LocalDate windowEnd) {
        boolean windowOver = asOf != null && asOf.isAfter(windowEnd);
        return windowOver && referralAfter(closedOn, windowEnd) == null ? windowEnd : null;
    }
}
