package uk.practicecheck.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.Assessment;
import uk.practicecheck.model.CareProceedings;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Closure;
import uk.practicecheck.model.CompulsorySchoolAge;
import uk.practicecheck.model.Conference;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.EducationPlan;
import uk.practicecheck.model.HealthAssessment;
import uk.practicecheck.model.HealthAssessmentType;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.ManagementOversight;
import uk.practicecheck.model.MissingEpisode;
import uk.practicecheck.model.MissingFrom;
import uk.practicecheck.model.OversightType;
import uk.practicecheck.model.PermanenceOption;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.PlanAction;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.PrivateFostering;
import uk.practicecheck.model.Referral;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.model.Section47Enquiry;
import uk.practicecheck.model.Spell;
import uk.practicecheck.model.StrategyDiscussion;
import uk.practicecheck.model.Visit;
import uk.practicecheck.model.VisitType;

/**
 * Makes realistic synthetic case summaries for benchmarks and demonstrations: a mix of legal
 * statuses (about half children in need, 15% child protection, 30% looked after, 5% care
 * leavers), each with the records the rule book looks at for such a child: referrals and their
 * decisions, assessments, strategy discussions, section 47 enquiries and conferences, visits,
 * supervision, chronology, closures, looked-after reviews, placements, health assessments,
 * personal education plans, adoption milestones, pathway plans, private fostering,
 * connected-person approvals, care proceedings, brothers and sisters in care, the risk of
 * exploitation after going missing, unaccompanied asylum-seeking children, care and placement plans,
 * placements outside the authority's area with the notice to the area's authority, and 16- and
 * 17-year-olds referred because they are homeless.
 *
 * <p>Most of the work is done on time. Each case draws how stretched its practice was: most are
 * steady and slip rarely, about a quarter are stretched and slip more often. A slip is decided
 * once per area (one late visit in a run of visits, one review minute circulated late), so a
 * long case is not bound to fail just for being long. About a third of cases end up needing action.
 *
 * <p>Each case depends only on the seed and its own number, so any case can be made alone and
 * the same seed always gives the same cases. Timescales are kept in calendar days no longer than
 * the working days or months they stand for, so "on time" here is on time by any calendar.
 * Each area of a case has its own method: add one for each new area of the model.
 */
public final class CaseGenerator {
    private static final String[] FIRST_NAMES = {"Ava", "Noah", "Isla", "Leo", "Maya", "Oscar", "Ruby", "Theo", "Zara",
        "Ezra", "Lily", "Kai", "Nia", "Finn", "Ivy", "Jude", "Esme", "Rory", "Amara", "Ellis"};
    private static final String[] SURNAMES = {"Ashdown", "Brackley", "Colbourne", "Dunmere", "Elstow", "Farnleigh",
        "Gresham", "Hallowell", "Ingleby", "Kestrell", "Lydford", "Marchbank", "Northey", "Oakridge", "Penhallow",
        "Quenby", "Rushmere", "Stanbridge", "Thornley", "Wexcombe"};
    private static final String[] WORKER_NAMES = {"A. Patel", "B. Okafor", "C. Lindqvist", "D. Murphy", "E. Nowak",
        "F. Haddad", "G. Mensah", "H. Kowalski", "I. Romero", "J. Achterberg", "K. Bianchi", "L. Osei"};
    private static final String[] ACTIONS = {"Weekly visits by the social worker", "School to share attendance each week",
        "Referral to the family support service", "Health assessment by the school nurse",
        "Parenting course for the parents", "Direct work sessions with the child"};
    private static final String[] OUTCOMES = {"School attendance above 95% by the end of term",
        "The child feels safe at home and says so", "Health appointments kept", "Stable placement with contact as agreed"};
    private static final String[] REFERRERS = {"school", "police", "health visitor", "GP", "family member", "anonymous"};
    private static final PermanenceOption[] AWAY_FROM_HOME = {PermanenceOption.LONG_TERM_FOSTERING,
        PermanenceOption.SPECIAL_GUARDIANSHIP, PermanenceOption.CHILD_ARRANGEMENTS_ORDER};

    /** Share of cases whose practice is stretched, and how often steady and stretched practice slips in an area. */
    private static final double STRETCHED = 0.25;
    private static final double STEADY_SLIP = 0.008;
    private static final double STRETCHED_SLIP = 0.07;
    /** Mixed into each case's seed for the random stream of care and placement plans, notices and homelessness. */
    private static final long PLANS_STREAM = 0x2545F4914F6CDD1DL;

    private final long seed;
    private final LocalDate asOf;
    private final ObjectWriter writer = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build()
            .writerFor(CaseSummary.class);

    /**
     * @param seed the same seed gives the same cases
     * @param asOf the day the extract is taken: nothing happens after it
     */
    public CaseGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    /** Writes cases 1 to {@code count} as newline-delimited JSON. */
    public void writeNdjson(long count, Writer out) throws IOException {
        for (long i = 1; i <= count; i++) {
            out.write(writer.writeValueAsString(generate(i)));
            out.write('\n');
        }
        out.flush();
    }

    /** Case number {@code number} (from 1) of this seed. */
    public CaseSummary generate(long number) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
        Draw d = new Draw(random, random.nextDouble() < STRETCHED ? STRETCHED_SLIP : STEADY_SLIP);
        CaseSummary c = new CaseSummary();
        c.setSchemaVersion("1");
        c.setCaseId(String.format("SYN-%08d", number));
        c.setChildName(d.pick(FIRST_NAMES) + " " + d.pick(SURNAMES) + "-" + Long.toString(number, 36).toUpperCase());
        double kind = random.nextDouble();
        if (kind < 0.50) {
            childInNeed(d, c);
        } else if (kind < 0.65) {
            childProtection(d, c);
        } else if (kind < 0.95) {
            lookedAfter(d, c);
        } else {
            careLeaver(d, c);
        }
        missingEpisodes(d, c);
        supervision(d, c);
        chronology(d, c);
        notHeld(d, c);
        courtPlacementAndAsylumDetail(new Draw(new SplittableRandom(~(seed * 0x9E3779B97F4A7C15L + number)), d.slipRate), c);
        plansNoticesAndHomelessness(new Draw(new SplittableRandom((seed * 0x9E3779B97F4A7C15L + number) ^ PLANS_STREAM), d.slipRate), c);
        return c;
    }

    /**
     * The care plan of each spell in care (within ten working days of its start, unless practice
     * slipped), a placement plan for each placement, placements outside the authority's area with
     * the notice to the area's authority, 16- and 17-year-olds referred because they are homeless, and
     * the personal education plans of children in care while of school age who are now past it.
     * These draw from a random stream of their own, so every fact made before them is unchanged.
     */
    private void plansNoticesAndHomelessness(Draw d, CaseSummary c) {
        for (LegalStatus status : c.getLegalStatuses()) {
            if (status.getStatus() == LegalStatusType.LOOKED_AFTER) {
                initialCarePlan(d, c, status);
            }
        }
        for (Placement placement : c.getPlacements()) {
            if (placement.getType() == PlacementType.ADOPTIVE) {
                continue;
            }
            LocalDate start = placement.getStart();
            placement.setPlacementPlan(d.slip() ? lateOrNever(d, start) : onOrBeforeAsOf(start.plusDays(d.between(-3, 5))));
            placement.setOutOfArea(d.chance(0.25));
            if (placement.getOutOfArea()) {
                placement.setAreaAuthorityNotified(d.slip() ? lateOrNever(d, start) : onOrBeforeAsOf(start.plusDays(d.between(-7, 5))));
            }
        }
        for (Referral referral : c.getReferrals()) {
            Integer age = c.ageOn(referral.getReceived());
            if (age != null && (age == 16 || age == 17)) {
                // Homelessness is a common reason for a young person of this age to be referred, and
                // one who presents homeless is assessed even where the referral led straight to care.
                referral.setPresentingAsHomeless(d.chance(0.75));
                if (referral.getPresentingAsHomeless() && c.assessmentFollowing(referral) == null) {
                    assessment(d, c, referral);
                }
            }
        }
        educationPlansBeforeLeavingSchool(d, c);
    }

    /** A care plan from the start of a spell in care, kept in date order, unless an earlier one is already on time. */
    private void initialCarePlan(Draw d, CaseSummary c, LegalStatus spell) {
        LocalDate start = spell.getStart();
        LocalDate first = c.getPlans().stream().filter(p -> p.getType() == PlanType.CARE && !p.getDate().isBefore(start))
                .map(Plan::getDate).min(LocalDate::compareTo).orElse(null);
        LocalDate prepared = start.plusDays(d.slip() ? d.between(15, 40) : d.between(0, 10));
        boolean needed = first == null || first.isAfter(start.plusDays(10));
        if (needed && !prepared.isAfter(asOf) && (first == null || prepared.isBefore(first))
                && (spell.getEnd() == null || !prepared.isAfter(spell.getEnd()))) {
            List<Plan> plans = c.getPlans();
            int at = 0;
            while (at < plans.size() && !plans.get(at).getDate().isAfter(prepared)) {
                at++;
            }
            plans.add(at, plan(d, PlanType.CARE, prepared));
        }
    }

    /** Something owed from {@code start} that practice let slip: done two to six weeks on, or not at all. */
    private LocalDate lateOrNever(Draw d, LocalDate start) {
        return d.chance(0.5) ? null : onOrBeforeAsOf(start.plusDays(d.between(14, 42)));
    }

    /**
     * Care proceedings for a child looked after under a care order, brothers or sisters also looked
     * after, the risk of exploitation after a missing episode and unaccompanied asylum-seeking children.
     * These draw from a random stream of their own, so the rest of each case is the same as before
     * they were added.
     */
    private void courtPlacementAndAsylumDetail(Draw d, CaseSummary c) {
        for (LegalStatus status : c.getLegalStatuses()) {
            String basis = status.getBasis();
            if (status.getStatus() == LegalStatusType.LOOKED_AFTER && basis != null && basis.contains("care order")) {
                CareProceedings proceedings = new CareProceedings();
                proceedings.setIssued(status.getStart().minusDays(d.between(0, 4)));
                proceedings.setConcluded(onOrBeforeAsOf(proceedings.getIssued().plusDays(d.slip() ? d.between(200, 300) : d.between(100, 181))));
                c.getCareProceedings().add(proceedings);
            }
        }
        for (Placement placement : c.getPlacements()) {
            if (placement.getType() != PlacementType.ADOPTIVE && d.chance(0.3)) {
                placement.setSiblingsLookedAfter(true);
                placement.setSiblingAssessment(d.slip() ? null : onOrBeforeAsOf(placement.getStart().plusDays(d.between(-14, 10))));
            } else {
                // Recorded as a no, not left out: an extract keeps the answer (no draw, so the stream is unchanged).
                placement.setSiblingsLookedAfter(false);
            }
        }
        for (MissingEpisode episode : c.getMissingEpisodes()) {
            if (episode.hasReturned()) {
                episode.setExploitationRiskAssessed(d.answer());
            }
        }
        if (!c.getAssessments().isEmpty() && d.chance(0.06)) {
            c.setUnaccompaniedAsylumSeeking(true);
            for (Assessment assessment : c.getAssessments()) {
                if (assessment.getAuthorised() != null) {
                    assessment.setAsylumImpactConsidered(d.answer());
                }
            }
        }
    }

    // ---- kinds of case ----

    /** Referred, assessed, on a child in need plan; a quarter since closed, a few privately fostered. */
    private void childInNeed(Draw d, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(d.between(30, 17 * 365)));
        allocate(d, c, "Assessment and Intervention", 3);
        LocalDate received = after(c.getDateOfBirth(), asOf.minusDays(d.between(3, 730)));
        Referral referral = referral(d, c, received, true);
        Assessment assessment = assessment(d, c, referral);
        LocalDate closed = d.chance(0.25) ? received.plusDays(d.between(90, 450)) : null;
        if (closed != null && closed.isAfter(asOf)) {
            closed = null;
        }
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, received, closed, null));
        LocalDate planned = assessment.getAuthorised() != null ? assessment.getAuthorised() : received.plusDays(d.between(10, 30));
        if (closed == null || planned.isBefore(closed)) {
            c.getPlans().add(plan(d, PlanType.CHILD_IN_NEED, planned));
        }
        if (closed != null) {
            closure(d, c, closed);
        }
        if (d.chance(0.03)) {
            privateFostering(d, c, received);
        }
    }

    /** Referred, strategy discussion, section 47 enquiries, initial conference, plan; a third stepped down since. */
    private void childProtection(Draw d, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(d.between(30, 17 * 365)));
        allocate(d, c, "Child Protection", 2);
        LocalDate received = after(c.getDateOfBirth(), asOf.minusDays(d.between(10, 600)));
        Referral referral = referral(d, c, received, true);
        assessment(d, c, referral);
        LocalDate initialConference = strategyAndEnquiries(d, c, referral.getDecided());
        if (initialConference == null) {
            c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, received, null, null));
            return;
        }
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, received, initialConference.minusDays(1), null));
        LocalDate ended = d.chance(0.35) ? initialConference.plusDays(d.between(90, 450)) : null;
        if (ended != null && !ended.isBefore(asOf)) {
            ended = null;
        }
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_PROTECTION, initialConference, ended, null));
        c.getPlans().add(plan(d, PlanType.CHILD_PROTECTION, initialConference));
        reviewConferences(d, c, initialConference, ended);
        childProtectionVisits(d, c, initialConference, ended);
        if (ended != null) {
            c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, ended.plusDays(1), null, null));
            c.getPlans().add(plan(d, PlanType.CHILD_IN_NEED, ended.plusDays(1)));
        }
    }

    /** In care now: reviews, care plan, placements and visits, health, education, permanence and adoption. */
    private void lookedAfter(Draw d, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(d.between(30, 17 * 365)));
        allocate(d, c, "Children in Care", 2);
        LocalDate start = after(c.getDateOfBirth(), asOf.minusDays(d.between(1, 1100)));
        LocalDate earlier = start.minusDays(d.between(60, 400));
        if (d.chance(0.4) && earlier.isAfter(c.getDateOfBirth())) {
            Referral referral = referral(d, c, earlier, true);
            assessment(d, c, referral);
            c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, earlier, start.minusDays(1), null));
        } else {
            referral(d, c, start.minusDays(d.between(0, 3)), true);
        }
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.LOOKED_AFTER, start, null,
                d.chance(0.5) ? "section 20" : "interim care order"));
        boolean young = c.getDateOfBirth().isAfter(asOf.minusYears(5));
        reviews(d, c, start, asOf, young && d.chance(0.45));
        c.getPlans().add(plan(d, PlanType.CARE, start.plusDays(d.between(5, 30))));
        LocalDate placedForAdoption = adoption(d, c);
        placements(d, c, start, null, placedForAdoption);
        healthAssessments(d, c, start, null);
        educationPlans(d, c, start, null);
        lifeStoryWork(d, c);
    }

    /** Left care at eighteen: the time in care, then a pathway plan reviewed six-monthly. */
    private void careLeaver(Draw d, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(d.between(18 * 365 + 5, 21 * 365)));
        allocate(d, c, "Leaving Care", 1);
        LocalDate eighteen = c.getDateOfBirth().plusYears(18);
        LocalDate inCare = eighteen.minusDays(d.between(400, 2000));
        LocalDate leftCare = eighteen.minusDays(1);
        referral(d, c, inCare.minusDays(d.between(0, 3)), true);
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.LOOKED_AFTER, inCare, leftCare, "care order"));
        reviews(d, c, inCare, leftCare, false);
        placements(d, c, inCare, leftCare, null);
        healthAssessments(d, c, inCare, leftCare);
        lifeStoryWork(d, c);
        c.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CARE_LEAVER, eighteen, null, null));
        pathwayPlan(d, c, eighteen);
    }

    // ---- front door and assessment ----

    /** A referral decided within a working day and, when a social worker is needed, allocated within three. */
    private Referral referral(Draw d, CaseSummary c, LocalDate received, boolean needsSocialWorker) {
        Referral referral = new Referral();
        referral.setReceived(received);
        referral.setSource(d.pick(REFERRERS));
        LocalDate decided = received.plusDays(d.slip() ? d.between(3, 8) : d.between(0, 1));
        referral.setDecided(onOrBeforeAsOf(decided));
        referral.setDecisionRationaleRecorded(d.answer());
        referral.setHistoryConsidered(d.answer());
        referral.setSocialWorkerNeeded(needsSocialWorker);
        referral.setOutcome(needsSocialWorker ? "social work assessment" : "advice and information");
        if (needsSocialWorker && referral.getDecided() != null) {
            referral.setAllocated(onOrBeforeAsOf(decided.plusDays(d.slip() ? d.between(6, 15) : d.between(0, 3))));
        }
        c.getReferrals().add(referral);
        return referral;
    }

    /** A child and family assessment started after the referral decision, authorised within 45 working days. */
    private Assessment assessment(Draw d, CaseSummary c, Referral referral) {
        Assessment assessment = new Assessment();
        assessment.setReferralDate(referral.getReceived());
        LocalDate start = (referral.getDecided() != null ? referral.getDecided() : referral.getReceived()).plusDays(d.between(0, 2));
        assessment.setStart(start.isAfter(asOf) ? asOf : start);
        assessment.setChildSeen(onOrBeforeAsOf(assessment.getStart().plusDays(d.between(0, 5))));
        LocalDate authorised = onOrBeforeAsOf(referral.getReceived().plusDays(d.slip() ? d.between(70, 120) : d.between(12, 45)));
        assessment.setAuthorised(authorised);
        if (authorised != null) {
            assessment.setPreviousHistoryConsidered(d.answer());
            assessment.setChildViewsRecorded(d.answer());
        }
        c.getAssessments().add(assessment);
        return assessment;
    }

    /** A closure (or step-down), and now and then a re-referral within the year after it. */
    private void closure(Draw d, CaseSummary c, LocalDate closed) {
        Closure closure = new Closure();
        closure.setDate(closed);
        closure.setStepDownToEarlyHelp(d.chance(0.5));
        closure.setRiskAssessed(d.answer());
        closure.setManagementRationaleRecorded(d.answer());
        c.getClosures().add(closure);
        if (d.chance(0.15)) {
            LocalDate again = closed.plusDays(d.between(20, 330));
            if (!again.isAfter(asOf)) {
                referral(d, c, again, false);
            }
        }
    }

    // ---- child protection ----

    /**
     * A strategy discussion the day the referral was decided or the next, section 47 enquiries
     * from it and an initial conference within 15 working days; returns the conference's date,
     * or null if it has not been held by the as-of date.
     */
    private LocalDate strategyAndEnquiries(Draw d, CaseSummary c, LocalDate decided) {
        if (decided == null) {
            return null;
        }
        LocalDate discussed = onOrBeforeAsOf(decided.plusDays(d.between(0, 1)));
        if (discussed == null) {
            return null;
        }
        StrategyDiscussion discussion = new StrategyDiscussion();
        discussion.setDate(discussed);
        discussion.setPoliceAttended(d.answer());
        discussion.setSection47Initiated(true);
        c.getStrategyDiscussions().add(discussion);
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.setStart(discussed);
        enquiry.setStrategyDiscussion(discussed);
        enquiry.setIcpcRequired(true);
        enquiry.setCompleted(onOrBeforeAsOf(discussed.plusDays(d.between(5, 12))));
        c.getSection47Enquiries().add(enquiry);
        LocalDate held = onOrBeforeAsOf(discussed.plusDays(d.slip() ? d.between(22, 40) : d.between(8, 15)));
        if (held != null) {
            conference(d, c, ConferenceType.INITIAL, held);
        }
        return held;
    }

    /** Review conferences: the first within three months of the initial conference, then six-monthly. */
    private void reviewConferences(Draw d, CaseSummary c, LocalDate initialConference, LocalDate planEnded) {
        for (LocalDate day : d.schedule(initialConference, 60, 85, 150, 175, until(planEnded), 4)) {
            conference(d, c, ConferenceType.REVIEW, day);
        }
    }

    private static void conference(Draw d, CaseSummary c, ConferenceType type, LocalDate day) {
        Conference conference = new Conference();
        conference.setType(type);
        conference.setDate(day);
        conference.setChildProtectionPlan(true);
        conference.setChildViewsRecorded(d.answer());
        conference.setAdvocateOffered(d.answer());
        c.getConferences().add(conference);
    }

    /** Child protection visits at least every ten working days, the child seen alone. */
    private void childProtectionVisits(Draw d, CaseSummary c, LocalDate planStart, LocalDate planEnded) {
        List<LocalDate> days = d.schedule(planStart, 1, 10, 6, 10, until(planEnded), 20);
        int notAlone = d.lateAt(days.size());
        for (int i = 0; i < days.size(); i++) {
            c.getVisits().add(visit(VisitType.CHILD_PROTECTION, days.get(i), i != notAlone));
        }
    }

    // ---- looked-after children ----

    /**
     * Looked-after reviews: the first within 20 working days, the second within three months, then
     * six-monthly; the permanence plan is made at the second (the third if practice slipped) and kept.
     */
    private void reviews(Draw d, CaseSummary c, LocalDate start, LocalDate until, boolean adoptionBecomesThePlan) {
        int late = d.lateAt(6);
        int lateMinutes = d.lateAt(6);
        LocalDate last = until(until);
        PermanenceOption permanence = adoptionBecomesThePlan ? PermanenceOption.ADOPTION
                : d.chance(0.3) ? PermanenceOption.RETURN_HOME : d.pick(AWAY_FROM_HOME);
        int planFrom = d.slip() ? 3 : 2;
        LocalDate date = start.plusDays(late == 0 ? d.between(30, 60) : d.between(10, 28));
        for (int n = 1; !date.isAfter(last); n++) {
            Review review = new Review();
            review.setType(ReviewType.LOOKED_AFTER);
            review.setDate(date);
            review.setAdoptionConsidered(d.triState(0.85, 0.12));
            review.setFosterToAdoptConsidered(d.triState(0.85, 0.12));
            if (n >= planFrom) {
                review.setPermanencePlan(permanence);
                review.setAdoptionConsidered(permanence == PermanenceOption.ADOPTION ? Boolean.TRUE : review.getAdoptionConsidered());
            }
            review.setMinutesCirculated(onOrBeforeAsOf(date.plusDays(n - 1 == lateMinutes ? d.between(30, 60) : d.between(3, 20))));
            review.setChildViewsRecorded(d.answer());
            c.getReviews().add(review);
            int most = n == 1 ? 85 : 178;
            date = date.plusDays(n == late ? most + d.between(10, 45) : d.between(most - 25, most));
        }
    }

    /**
     * Placements in a spell in care, perhaps with a move or two, ending with the placement for
     * adoption if there is one; each placement other than for adoption is visited within a week
     * of starting and at least six-weekly after that.
     */
    private void placements(Draw d, CaseSummary c, LocalDate start, LocalDate end, LocalDate placedForAdoption) {
        LocalDate last = placedForAdoption != null ? placedForAdoption.minusDays(1) : until(end);
        int moves = d.chance(0.65) ? 0 : d.chance(0.7) ? 1 : 2;
        List<LocalDate> starts = new ArrayList<>(List.of(start));
        for (int i = 0; i < moves; i++) {
            LocalDate previous = starts.get(starts.size() - 1);
            long room = last.toEpochDay() - previous.toEpochDay();
            if (room < 60) {
                break;
            }
            starts.add(previous.plusDays(d.between(30, (int) room - 14)));
        }
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : placedForAdoption != null ? last : end;
            Placement placement = placement(d, from, to);
            c.getPlacements().add(placement);
            statutoryVisits(d, c, placement);
        }
        if (placedForAdoption != null) {
            Placement adoptive = new Placement();
            adoptive.setType(PlacementType.ADOPTIVE);
            adoptive.setStart(placedForAdoption);
            c.getPlacements().add(adoptive);
        }
    }

    /** One placement: mostly foster care; connected-person carers temporarily approved, then fully assessed within 16 weeks. */
    private Placement placement(Draw d, LocalDate from, LocalDate to) {
        Placement placement = new Placement();
        placement.setStart(from);
        placement.setEnd(to);
        double kind = d.random.nextDouble();
        placement.setType(kind < 0.65 ? PlacementType.FOSTER_CARE : kind < 0.78 ? PlacementType.CONNECTED_PERSON
                : kind < 0.92 ? PlacementType.RESIDENTIAL : PlacementType.PLACED_WITH_PARENTS);
        if (placement.getType() == PlacementType.CONNECTED_PERSON) {
            placement.setTemporaryApproval(from);
            placement.setCarerAssessmentCompleted(onOrBeforeAsOf(from.plusDays(d.slip() ? d.between(120, 200) : d.between(50, 110))));
            placement.setAssessedUnderRegulation(d.slip() ? "Fostering Services Regulations" : d.chance(0.7) ? "regulation 24" : "regulation 26");
        }
        LocalDate year = from.plusYears(1);
        if (placement.getType() != PlacementType.PLACED_WITH_PARENTS && (to == null || to.isAfter(year)) && d.chance(0.5)) {
            placement.setLongTermFrom(onOrBeforeAsOf(from.plusDays(d.between(120, 365))));
        }
        return placement;
    }

    /** Statutory visits to one placement: within a week of its start, then at most six weeks apart. */
    private void statutoryVisits(Draw d, CaseSummary c, Placement placement) {
        List<LocalDate> days = d.schedule(placement.getStart(), 1, 7, 21, 42, until(placement.getEnd()), 20);
        int notAlone = d.lateAt(days.size());
        for (int i = 0; i < days.size(); i++) {
            c.getVisits().add(visit(VisitType.LOOKED_AFTER, days.get(i), i != notAlone));
        }
    }

    private static Visit visit(VisitType type, LocalDate day, boolean seenAlone) {
        Visit visit = new Visit();
        visit.setType(type);
        visit.setDate(day);
        visit.setChildSeen(true);
        visit.setSeenAlone(seenAlone);
        return visit;
    }

    /** The initial health assessment within 20 working days, then reviews six-monthly under five and yearly after. */
    private void healthAssessments(Draw d, CaseSummary c, LocalDate start, LocalDate end) {
        LocalDate until = until(end);
        LocalDate day = start.plusDays(d.slip() ? d.between(30, 60) : d.between(5, 20));
        int late = d.lateAt(6);
        for (int n = 0; !day.isAfter(until); n++) {
            HealthAssessment assessment = new HealthAssessment();
            assessment.setType(n == 0 ? HealthAssessmentType.INITIAL : HealthAssessmentType.REVIEW);
            assessment.setDate(day);
            c.getHealthAssessments().add(assessment);
            boolean underFive = c.getDateOfBirth().plusYears(5).isAfter(day);
            int most = underFive ? 178 : 360;
            day = day.plusDays(n + 1 == late ? most + d.between(20, 90) : d.between(most - 40, most));
        }
    }

    /**
     * Personal education plans for a child of compulsory school age on the as-of date: the first
     * within 10 working days of coming into care or reaching school age, then six-monthly.
     */
    private void educationPlans(Draw d, CaseSummary c, LocalDate start, LocalDate end) {
        CompulsorySchoolAge schoolAge = CompulsorySchoolAge.of(c.getDateOfBirth());
        if (!schoolAge.includes(asOf)) {
            return;
        }
        LocalDate from = start.isBefore(schoolAge.start()) ? schoolAge.start() : start;
        educationPlansBetween(d, c, from, until(end));
    }

    private void educationPlansBetween(Draw d, CaseSummary c, LocalDate from, LocalDate until) {
        for (LocalDate day : d.schedule(from, 1, 10, 120, 178, until, 20)) {
            EducationPlan plan = new EducationPlan();
            plan.setDate(day);
            plan.setSpecificActions(d.answer());
            c.getEducationPlans().add(plan);
        }
    }

    /**
     * The personal education plans of a child now past compulsory school age, for the time in care
     * while of that age (drawn from the plans stream, so cases generated before are unchanged).
     */
    private void educationPlansBeforeLeavingSchool(Draw d, CaseSummary c) {
        if (c.getDateOfBirth() == null) {
            return;
        }
        CompulsorySchoolAge schoolAge = CompulsorySchoolAge.of(c.getDateOfBirth());
        if (!asOf.isAfter(schoolAge.end())) {
            return;
        }
        for (LegalStatus status : List.copyOf(c.getLegalStatuses())) {
            LocalDate end = status.getEnd() == null || status.getEnd().isAfter(schoolAge.end()) ? schoolAge.end() : status.getEnd();
            if (status.getStatus() == LegalStatusType.LOOKED_AFTER && !status.getStart().isAfter(end)
                    && !end.isBefore(schoolAge.start())) {
                educationPlansBetween(d, c, status.getStart().isBefore(schoolAge.start()) ? schoolAge.start() : status.getStart(), end);
            }
        }
    }

    /** Life-story work within six months of the first review planning permanence away from home. */
    private void lifeStoryWork(Draw d, CaseSummary c) {
        c.getReviews().stream()
                .filter(r -> r.getPermanencePlan() != null && r.getPermanencePlan() != PermanenceOption.RETURN_HOME)
                .findFirst()
                .ifPresent(r -> c.setLifeStoryWorkStarted(onOrBeforeAsOf(
                        r.getDate().plusDays(d.slip() ? d.between(200, 300) : d.between(10, 160)))));
    }

    /**
     * The adoption journey of a child whose plan became adoption at a review: family finding,
     * the agency decision, a match, placement and its reviews, the life-story book and later-life
     * letter. Returns the day the child was placed for adoption, or null.
     */
    private LocalDate adoption(Draw d, CaseSummary c) {
        Review planned = c.getReviews().stream().filter(r -> r.getPermanencePlan() == PermanenceOption.ADOPTION)
                .findFirst().orElse(null);
        if (planned == null) {
            return null;
        }
        AdoptionMilestones milestones = new AdoptionMilestones();
        c.setAdoption(milestones);
        milestones.setFamilyFindingStarted(onOrBeforeAsOf(planned.getDate().plusDays(d.slip() ? d.between(20, 90) : d.between(0, 10))));
        LocalDate decision = onOrBeforeAsOf(planned.getDate().plusDays(d.slip() ? d.between(65, 120) : d.between(14, 55)));
        milestones.setAgencyDecisionMakerDecision(decision);
        if (decision == null) {
            return null;
        }
        milestones.setAgencyDecisionMakerRationaleRecorded(d.answer());
        milestones.setPlacementOrder(onOrBeforeAsOf(decision.plusDays(d.between(20, 90))));
        LocalDate matched = onOrBeforeAsOf(decision.plusDays(d.slip() ? d.between(190, 300) : d.between(60, 170)));
        milestones.setMatched(matched);
        LocalDate placed = matched == null ? null : onOrBeforeAsOf(matched.plusDays(d.between(7, 28)));
        milestones.setPlaced(placed);
        if (placed == null) {
            return null;
        }
        LocalDate firstReview = onOrBeforeAsOf(placed.plusDays(d.between(7, 28)));
        LocalDate secondReview = firstReview == null ? null : onOrBeforeAsOf(firstReview.plusDays(d.between(40, 84)));
        for (LocalDate day : new LocalDate[] {firstReview, secondReview}) {
            if (day != null) {
                Review review = new Review();
                review.setType(ReviewType.ADOPTION);
                review.setDate(day);
                c.getReviews().add(review);
            }
        }
        LocalDate by = secondReview != null ? secondReview : placed.plusDays(100);
        long room = Math.max(1, by.toEpochDay() - placed.toEpochDay());
        milestones.setLifeStoryBook(onOrBeforeAsOf(d.slip() ? by.plusDays(d.between(10, 90)) : placed.plusDays(d.between(0, (int) room))));
        milestones.setLaterLifeLetter(onOrBeforeAsOf(d.slip() ? by.plusDays(d.between(10, 90)) : placed.plusDays(d.between(0, (int) room))));
        return placed;
    }

    // ---- care leavers ----

    /** A pathway plan in place by the eighteenth birthday, reviewed at least every six months. */
    private void pathwayPlan(Draw d, CaseSummary c, LocalDate eighteen) {
        LocalDate first = d.slip() ? eighteen.plusDays(d.between(10, 60)) : eighteen.minusDays(d.between(7, 60));
        Plan plan = plan(d, PlanType.PATHWAY, first);
        plan.setCoversHealth(d.answer());
        c.getPlans().add(plan);
        for (LocalDate day : d.schedule(plan.getDate(), 150, 178, 150, 178, asOf, 12)) {
            Review review = new Review();
            review.setType(ReviewType.PATHWAY);
            review.setDate(day);
            c.getReviews().add(review);
        }
    }

    // ---- across kinds of case ----

    /** Private fostering: visited within 7 working days of notification, checked and assessed within 42. */
    private void privateFostering(Draw d, CaseSummary c, LocalDate notified) {
        PrivateFostering arrangement = new PrivateFostering();
        arrangement.setNotified(notified);
        arrangement.setFirstVisit(onOrBeforeAsOf(notified.plusDays(d.slip() ? d.between(10, 25) : d.between(1, 7))));
        arrangement.setPoliceChecksCompleted(d.answer());
        arrangement.setAssessmentCompleted(onOrBeforeAsOf(notified.plusDays(d.slip() ? d.between(60, 100) : d.between(20, 42))));
        c.getPrivateFostering().add(arrangement);
    }

    /** Supervision of the case at least every six weeks through each spell it was open, setting actions. */
    private void supervision(Draw d, CaseSummary c) {
        for (Spell spell : Spell.of(c.getLegalStatuses())) {
            List<LocalDate> days = d.schedule(spell.getStart(), 14, 42, 21, 42, until(spell.getEnd()), 20);
            int noActions = d.lateAt(days.size());
            for (int i = 0; i < days.size(); i++) {
                ManagementOversight supervision = new ManagementOversight();
                supervision.setType(OversightType.SUPERVISION);
                supervision.setDate(days.get(i));
                supervision.setActionsSet(i != noActions);
                c.getManagementOversight().add(supervision);
            }
        }
    }

    /** The chronology of an open case, brought up to date within the last six months (later when practice slipped). */
    private void chronology(Draw d, CaseSummary c) {
        Spell open = Spell.of(c.getLegalStatuses()).stream().filter(Spell::isOngoing).findFirst().orElse(null);
        if (open == null) {
            return;
        }
        LocalDate updated = asOf.minusDays(d.slip() ? d.between(200, 400) : d.between(0, 150));
        LocalDate early = open.getStart().plusDays(d.between(0, 20));
        c.setChronologyUpdated(updated.isBefore(early) ? (early.isAfter(asOf) ? asOf : early) : updated);
    }

    /** Missing episodes: more often for looked-after children; most offered and held a return interview in time. */
    private void missingEpisodes(Draw d, CaseSummary c) {
        boolean inCare = c.getLegalStatuses().stream().anyMatch(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && s.getEnd() == null);
        if (!d.chance(inCare ? 0.18 : 0.05)) {
            return;
        }
        int episodes = d.between(1, 3);
        int late = d.lateAt(episodes);
        LocalDateTime start = asOf.atStartOfDay().minusDays(d.between(20, 365)).plusHours(d.between(0, 23));
        for (int i = 0; i < episodes; i++) {
            MissingEpisode episode = new MissingEpisode();
            episode.setFrom(inCare ? MissingFrom.CARE : MissingFrom.HOME);
            episode.setStart(start);
            LocalDateTime end = start.plusHours(d.between(2, 60));
            if (end.isAfter(asOf.atStartOfDay())) {
                break;
            }
            episode.setEnd(end);
            if (d.chance(0.05)) {
                episode.setReturnInterviewDeclined(true);
                episode.setReturnInterviewOffered(end.plusHours(d.between(1, 48)));
            } else {
                LocalDateTime held = end.plusHours(i == late ? d.between(80, 240) : d.between(4, 70));
                episode.setReturnInterviewOffered(end.plusHours(i == late ? d.between(75, 200) : d.between(1, 3)));
                episode.setReturnInterviewHeld(held.isAfter(asOf.atStartOfDay()) ? null : held);
                if (episode.getReturnInterviewHeld() != null) {
                    episode.setFindingsUsedInSafetyPlan(d.answer());
                }
            }
            c.getMissingEpisodes().add(episode);
            start = end.plusDays(d.between(3, 60));
        }
    }

    /** Some source systems do not hold every field. */
    private void notHeld(Draw d, CaseSummary c) {
        if (d.chance(0.03)) {
            c.getNotHeld().add("missingEpisodes.returnInterviewOffered");
        }
        if (d.chance(0.02)) {
            c.getNotHeld().add("plans.actions");
        }
    }

    /** A plan with an aim, owned and dated actions, outcomes and the child's views; now and then one falls short. */
    private Plan plan(Draw d, PlanType type, LocalDate date) {
        Plan plan = new Plan();
        plan.setType(type);
        plan.setDate(date.isAfter(asOf) ? asOf : date);
        int defect = d.slip() ? d.between(1, 5) : 0;
        if (defect != 1) {
            plan.setAim("Keep the child safe at home and improve school attendance");
        }
        List<PlanAction> actions = new ArrayList<>();
        int count = defect == 2 ? 0 : d.between(1, 4);
        for (int i = 0; i < count; i++) {
            PlanAction action = new PlanAction();
            action.setDescription(d.pick(ACTIONS));
            action.setOwner(defect == 3 && i == 0 ? null : d.pick(WORKER_NAMES));
            action.setTargetDate(defect == 4 && i == 0 ? null : plan.getDate().plusDays(d.between(14, 120)));
            actions.add(action);
        }
        plan.setActions(actions);
        if (type == PlanType.CHILD_IN_NEED && defect != 5) {
            plan.setContingency("Escalate to a strategy discussion if attendance falls below 80%");
        }
        if (type != PlanType.PATHWAY && type != PlanType.SAFETY) {
            plan.setOutcomes(defect == 5 ? List.of() : List.of(d.pick(OUTCOMES)));
            plan.setChildViewsRecorded(d.answer());
        }
        return plan;
    }

    private static void allocate(Draw d, CaseSummary c, String service, int teams) {
        int team = d.random.nextInt(teams) + 1;
        c.setTeam(teams == 1 ? service : service + " " + team);
        c.setWorker(d.chance(0.02) ? null : WORKER_NAMES[(team * 5 + d.random.nextInt(6)) % WORKER_NAMES.length]);
    }


    private LocalDate onOrBeforeAsOf(LocalDate day) {
        return day.isAfter(asOf) ? null : day;
    }

    /** The last day something can have happened in a period ending {@code end} (null while it goes on). */
    private LocalDate until(LocalDate end) {
        return end == null || end.isAfter(asOf) ? asOf : end;
    }

    private static LocalDate after(LocalDate dateOfBirth, LocalDate date) {
        return date.isBefore(dateOfBirth) ? dateOfBirth : date;
    }

    /** The random draws of one case, with how often its practice slips. */
    private static final class Draw {
        private final SplittableRandom random;
        private final double slipRate;

        Draw(SplittableRandom random, double slipRate) {
            this.random = random;
            this.slipRate = slipRate;
        }

        /** Whether practice slipped this time. */
        boolean slip() {
            return random.nextDouble() < slipRate;
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** A whole number from {@code low} to {@code high}, both included. */
        int between(int low, int high) {
            return high <= low ? low : random.nextInt(low, high + 1);
        }

        /** A recorded yes/no: yes, unless practice slipped (no), or now and then the record is silent. */
        Boolean answer() {
            if (random.nextDouble() < 0.004) {
                return null;
            }
            return random.nextDouble() < slipRate / 2 ? Boolean.FALSE : Boolean.TRUE;
        }

        Boolean triState(double yes, double no) {
            double roll = random.nextDouble();
            return roll < yes ? Boolean.TRUE : roll < yes + no ? Boolean.FALSE : null;
        }

        /** Which of the next {@code count} occasions (from 0) is late, or -1 if practice did not slip. */
        int lateAt(int count) {
            return slip() ? random.nextInt(Math.max(1, count)) : -1;
        }

        /**
         * Days of a recurring duty from {@code start} to {@code until}: the first within
         * {@code firstLow..firstHigh} days of the start, each later one {@code gapLow..gapHigh}
         * days after the one before; if practice slipped,
         * one of the first {@code lateWithin} gaps runs weeks over.
         */
        List<LocalDate> schedule(LocalDate start, int firstLow, int firstHigh, int gapLow, int gapHigh,
                                 LocalDate until, int lateWithin) {
            int late = lateAt(lateWithin);
            List<LocalDate> days = new ArrayList<>();
            int low = firstLow;
            int high = firstHigh;
            LocalDate day = start;
            for (int n = 0; ; n++) {
                int gap = n == late ? high + between(10, 45) : between(low, high);
                day = day.plusDays(gap);
                if (day.isAfter(until)) {
                    return days;
                }
                days.add(day);
                low = gapLow;
                high = gapHigh;
            }
        }

        <T> T pick(T[] choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
