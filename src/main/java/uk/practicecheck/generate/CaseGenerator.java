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
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.MissingEpisode;
import uk.practicecheck.model.MissingFrom;
import uk.practicecheck.model.PermanenceOption;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.PlanAction;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;

/**
 * Makes realistic synthetic case summaries for benchmarks and demonstrations: a mix of legal
 * statuses (about half children in need, 15% child protection, 30% looked after, 5% care
 * leavers) with reviews, plans, missing episodes and adoption milestones, and shortfalls at
 * rates like those inspectors find (roughly one in ten to one in four late or missing).
 *
 * <p>Each case depends only on the seed and its own number, so any case can be made alone and
 * the same seed always gives the same cases. Each area of a case has its own method: add one
 * for each new area of the model.
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
        CaseSummary c = new CaseSummary();
        c.setSchemaVersion("1");
        c.setCaseId(String.format("SYN-%08d", number));
        c.setChildName(pick(random, FIRST_NAMES) + " " + pick(random, SURNAMES) + "-" + Long.toString(number, 36).toUpperCase());
        double kind = random.nextDouble();
        if (kind < 0.50) {
            childInNeed(random, c);
        } else if (kind < 0.65) {
            childProtection(random, c);
        } else if (kind < 0.95) {
            lookedAfter(random, c);
        } else {
            careLeaver(random, c);
        }
        missingEpisodes(random, c);
        notHeld(random, c);
        return c;
    }

    private void childInNeed(SplittableRandom random, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(random.nextInt(30, 17 * 365)));
        allocate(random, c, "Assessment and Intervention", 3);
        LocalDate start = after(c.getDateOfBirth(), daysAgo(random, 730));
        c.getLegalStatuses().add(status(LegalStatusType.CHILD_IN_NEED, start, null, null));
        c.getPlans().add(plan(random, PlanType.CHILD_IN_NEED, start.plusDays(random.nextInt(10, 45))));
    }

    private void childProtection(SplittableRandom random, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(random.nextInt(30, 17 * 365)));
        allocate(random, c, "Child Protection", 2);
        LocalDate start = after(c.getDateOfBirth(), daysAgo(random, 540));
        c.getLegalStatuses().add(status(LegalStatusType.CHILD_PROTECTION, start, null, null));
        c.getPlans().add(plan(random, PlanType.CHILD_PROTECTION, start.plusDays(random.nextInt(0, 20))));
    }

    private void lookedAfter(SplittableRandom random, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(random.nextInt(30, 17 * 365)));
        allocate(random, c, "Children in Care", 2);
        LocalDate start = after(c.getDateOfBirth(), daysAgo(random, 1100));
        LocalDate earlier = start.minusDays(random.nextInt(60, 400));
        if (random.nextDouble() < 0.4 && earlier.isAfter(c.getDateOfBirth())) {
            c.getLegalStatuses().add(status(LegalStatusType.CHILD_IN_NEED, earlier, start.minusDays(1), null));
        }
        c.getLegalStatuses().add(status(LegalStatusType.LOOKED_AFTER, start, null,
                random.nextDouble() < 0.5 ? "section 20" : "interim care order"));
        boolean young = c.getDateOfBirth().isAfter(asOf.minusYears(5));
        reviews(random, c, start, asOf, young && random.nextDouble() < 0.45);
        c.getPlans().add(plan(random, PlanType.CARE, start.plusDays(random.nextInt(5, 30))));
        adoption(random, c);
    }

    private void careLeaver(SplittableRandom random, CaseSummary c) {
        c.setDateOfBirth(asOf.minusDays(random.nextInt(18 * 365 + 5, 21 * 365)));
        allocate(random, c, "Leaving Care", 1);
        LocalDate eighteen = c.getDateOfBirth().plusYears(18);
        LocalDate inCare = eighteen.minusDays(random.nextInt(400, 2000));
        c.getLegalStatuses().add(status(LegalStatusType.LOOKED_AFTER, inCare, eighteen.minusDays(1), "care order"));
        reviews(random, c, inCare, eighteen.minusDays(1), false);
        c.getLegalStatuses().add(status(LegalStatusType.CARE_LEAVER, eighteen, null, null));
        c.getPlans().add(plan(random, PlanType.PATHWAY, eighteen.plusDays(random.nextInt(0, 60))));
    }

    /** Looked-after reviews: the first about four weeks in, the second three months later, then six-monthly. */
    private void reviews(SplittableRandom random, CaseSummary c, LocalDate start, LocalDate until,
                         boolean adoptionBecomesThePlan) {
        LocalDate date = start.plusDays(late(random) ? random.nextInt(29, 60) : random.nextInt(10, 28));
        for (int n = 1; !date.isAfter(until); n++) {
            Review review = new Review();
            review.setType(ReviewType.LOOKED_AFTER);
            review.setDate(date);
            review.setAdoptionConsidered(triState(random, 0.82, 0.10));
            review.setFosterToAdoptConsidered(triState(random, 0.75, 0.15));
            if (n >= 2 && adoptionBecomesThePlan) {
                review.setPermanencePlan(PermanenceOption.ADOPTION);
                review.setAdoptionConsidered(true);
            } else if (n >= 2) {
                review.setPermanencePlan(pick(random, new PermanenceOption[] {PermanenceOption.RETURN_HOME,
                    PermanenceOption.LONG_TERM_FOSTERING, PermanenceOption.SPECIAL_GUARDIANSHIP}));
            }
            c.getReviews().add(review);
            int months = n == 1 ? 3 : 6;
            date = date.plusMonths(months).plusDays(late(random) ? random.nextInt(5, 40) : -random.nextInt(0, 10));
        }
    }

    /** Family finding, for children whose plan became adoption. */
    private void adoption(SplittableRandom random, CaseSummary c) {
        Review planned = c.getReviews().stream().filter(r -> r.getPermanencePlan() == PermanenceOption.ADOPTION)
                .findFirst().orElse(null);
        if (planned == null) {
            return;
        }
        AdoptionMilestones milestones = new AdoptionMilestones();
        double roll = random.nextDouble();
        if (roll < 0.75) {
            milestones.setFamilyFindingStarted(planned.getDate().plusDays(random.nextInt(0, 13)));
        } else if (roll < 0.90) {
            milestones.setFamilyFindingStarted(planned.getDate().plusDays(random.nextInt(16, 90)));
        }
        if (milestones.getFamilyFindingStarted() != null && milestones.getFamilyFindingStarted().isAfter(asOf)) {
            milestones.setFamilyFindingStarted(null);
        }
        c.setAdoption(milestones);
    }

    /** Missing episodes: more often for looked-after children; most offered a return interview in time. */
    private void missingEpisodes(SplittableRandom random, CaseSummary c) {
        boolean inCare = c.getLegalStatuses().stream().anyMatch(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && s.getEnd() == null);
        if (random.nextDouble() >= (inCare ? 0.18 : 0.05)) {
            return;
        }
        int episodes = random.nextInt(1, 4);
        LocalDateTime start = asOf.atStartOfDay().minusDays(random.nextInt(20, 365)).plusHours(random.nextInt(0, 24));
        for (int i = 0; i < episodes; i++) {
            MissingEpisode episode = new MissingEpisode();
            episode.setFrom(inCare ? MissingFrom.CARE : MissingFrom.HOME);
            episode.setStart(start);
            LocalDateTime end = start.plusHours(random.nextInt(2, 60));
            if (end.isAfter(asOf.atStartOfDay())) {
                break;
            }
            episode.setEnd(end);
            double roll = random.nextDouble();
            if (roll < 0.78) {
                episode.setReturnInterviewOffered(end.plusHours(random.nextInt(1, 70)));
            } else if (roll < 0.90) {
                episode.setReturnInterviewOffered(end.plusHours(random.nextInt(75, 240)));
            }
            if (episode.getReturnInterviewOffered() != null && random.nextDouble() < 0.7) {
                episode.setReturnInterviewHeld(episode.getReturnInterviewOffered().plusHours(random.nextInt(0, 48)));
            }
            c.getMissingEpisodes().add(episode);
            start = end.plusDays(random.nextInt(3, 60));
        }
    }

    /** Some source systems do not hold every field. */
    private void notHeld(SplittableRandom random, CaseSummary c) {
        if (random.nextDouble() < 0.03) {
            c.getNotHeld().add("missingEpisodes.returnInterviewOffered");
        }
        if (random.nextDouble() < 0.02) {
            c.getNotHeld().add("plans.actions");
        }
    }

    private Plan plan(SplittableRandom random, PlanType type, LocalDate date) {
        Plan plan = new Plan();
        plan.setType(type);
        plan.setDate(date.isAfter(asOf) ? asOf : date);
        // About one plan in six falls short in one way.
        int defect = random.nextDouble() < 0.17 ? random.nextInt(1, 6) : 0;
        if (defect != 1) {
            plan.setAim("Keep the child safe at home and improve school attendance");
        }
        List<PlanAction> actions = new ArrayList<>();
        int count = defect == 2 ? 0 : random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            PlanAction action = new PlanAction();
            action.setDescription(pick(random, ACTIONS));
            action.setOwner(defect == 3 && i == 0 ? null : pick(random, WORKER_NAMES));
            action.setTargetDate(defect == 4 && i == 0 ? null : plan.getDate().plusDays(random.nextInt(14, 120)));
            actions.add(action);
        }
        plan.setActions(actions);
        if (type == PlanType.CHILD_IN_NEED && defect != 5) {
            plan.setContingency("Escalate to a strategy discussion if attendance falls below 80%");
        }
        return plan;
    }

    private static void allocate(SplittableRandom random, CaseSummary c, String service, int teams) {
        int team = random.nextInt(teams) + 1;
        c.setTeam(teams == 1 ? service : service + " " + team);
        c.setWorker(random.nextDouble() < 0.02 ? null : WORKER_NAMES[(team * 5 + random.nextInt(6)) % WORKER_NAMES.length]);
    }

    private static LegalStatus status(LegalStatusType type, LocalDate start, LocalDate end, String basis) {
        LegalStatus status = new LegalStatus();
        status.setStatus(type);
        status.setStart(start);
        status.setEnd(end);
        status.setBasis(basis);
        return status;
    }

    private LocalDate daysAgo(SplittableRandom random, int most) {
        return asOf.minusDays(random.nextInt(1, most));
    }

    private static LocalDate after(LocalDate dateOfBirth, LocalDate date) {
        return date.isBefore(dateOfBirth) ? dateOfBirth : date;
    }

    /** About one in six timescales is missed. */
    private static boolean late(SplittableRandom random) {
        return random.nextDouble() < 0.17;
    }

    private static Boolean triState(SplittableRandom random, double yes, double no) {
        double roll = random.nextDouble();
        return roll < yes ? Boolean.TRUE : roll < yes + no ? Boolean.FALSE : null;
    }

    private static <T> T pick(SplittableRandom random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
