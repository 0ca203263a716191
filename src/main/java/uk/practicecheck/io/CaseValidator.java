package uk.practicecheck.io;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.model.CareProceedings;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Conference;
import uk.practicecheck.model.HealthAssessment;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PrivateFostering;
import uk.practicecheck.model.Visit;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.MissingEpisode;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.Review;

/**
 * Checks what JSON types cannot: required fields present and dates in a possible order. An event
 * recorded without its date (a review, visit, conference, enquiry...) is accepted: it still counts,
 * and rules say "cannot tell" for whatever depends on its date. A legal status, a placement and a
 * private fostering arrangement need their start, as everything about them is counted from it.
 */
final class CaseValidator {

    record Problem(String field, String reason) {
    }

    private CaseValidator() {
    }

    static Problem firstProblem(CaseSummary c) {
        if (StringUtils.isBlank(c.getCaseId())) {
            return new Problem("caseId", "required: every case needs an identifier");
        }
        List<LegalStatus> statuses = c.getLegalStatuses();
        for (int i = 0; i < statuses.size(); i++) {
            LegalStatus s = statuses.get(i);
            if (s == null) {
                return new Problem(at("legalStatuses", i), "empty entry");
            }
            if (s.getStatus() == null) {
                return new Problem(at("legalStatuses", i) + ".status", "required");
            }
            if (s.getStart() == null) {
                return new Problem(at("legalStatuses", i) + ".start", "required");
            }
            if (before(s.getEnd(), s.getStart())) {
                return new Problem(at("legalStatuses", i) + ".end",
                        "ends (" + s.getEnd() + ") before it starts (" + s.getStart() + ")");
            }
            if (before(s.getStart(), c.getDateOfBirth()) && s.getStatus() != LegalStatusType.CHILD_PROTECTION) {
                return new Problem(at("legalStatuses", i) + ".start",
                        "before the child's date of birth (" + c.getDateOfBirth() + ")");
            }
        }
        List<Review> reviews = c.getReviews();
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            if (r == null) {
                return new Problem(at("reviews", i), "empty entry");
            }
            if (r.getType() == null) {
                return new Problem(at("reviews", i) + ".type", "required");
            }
        }
        List<Plan> plans = c.getPlans();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (p == null) {
                return new Problem(at("plans", i), "empty entry");
            }
            if (p.getType() == null) {
                return new Problem(at("plans", i) + ".type", "required");
            }
        }
        List<MissingEpisode> episodes = c.getMissingEpisodes();
        for (int i = 0; i < episodes.size(); i++) {
            MissingEpisode m = episodes.get(i);
            if (m == null) {
                return new Problem(at("missingEpisodes", i), "empty entry");
            }
            if (m.getStart() != null && m.getEnd() != null && m.getEnd().isBefore(m.getStart())) {
                return new Problem(at("missingEpisodes", i) + ".end",
                        "the child returned (" + m.getEnd() + ") before going missing (" + m.getStart() + ")");
            }
            if (m.getStart() != null && m.getReturnInterviewHeld() != null && m.getReturnInterviewHeld().isBefore(m.getStart())) {
                return new Problem(at("missingEpisodes", i) + ".returnInterviewHeld",
                        "before the child went missing (" + m.getStart() + ")");
            }
        }
        return firstMissing(
                present(c.getReferrals(), "referrals"),
                present(c.getAssessments(), "assessments"),
                present(c.getStrategyDiscussions(), "strategyDiscussions"),
                present(c.getSection47Enquiries(), "section47Enquiries"),
                required(c.getConferences(), "conferences", "type", Conference::getType),
                required(c.getVisits(), "visits", "type", Visit::getType),
                required(c.getPlacements(), "placements", "start", Placement::getStart),
                required(c.getPlacements(), "placements", "type", Placement::getType),
                required(c.getPrivateFostering(), "privateFostering", "notified", PrivateFostering::getNotified),
                required(c.getHealthAssessments(), "healthAssessments", "type", HealthAssessment::getType),
                present(c.getEducationPlans(), "educationPlans"),
                present(c.getManagementOversight(), "managementOversight"),
                present(c.getClosures(), "closures"),
                present(c.getCareProceedings(), "careProceedings"),
                endNotBeforeStart(c.getPlacements()),
                concludedNotBeforeIssued(c.getCareProceedings()));
    }

    /** Where entry {@code i} of a list is, as a problem names it: made only for a problem. */
    private static String at(String list, int i) {
        return list + "[" + i + "]";
    }

    /** The first entry of {@code list} that is null, as a problem. */
    private static <T> Problem present(List<T> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                return new Problem(name + "[" + i + "]", "empty entry");
            }
        }
        return null;
    }

    /** The first entry of {@code list} that is null or lacks its required field, as a problem. */
    private static <T> Problem required(List<T> list, String name, String field, Function<T, Object> getter) {
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (item == null) {
                return new Problem(name + "[" + i + "]", "empty entry");
            }
            if (getter.apply(item) == null) {
                return new Problem(name + "[" + i + "]." + field, "required");
            }
        }
        return null;
    }

    private static Problem endNotBeforeStart(List<Placement> placements) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (before(p.getEnd(), p.getStart())) {
                return new Problem("placements[" + i + "].end", "ends (" + p.getEnd() + ") before it starts (" + p.getStart() + ")");
            }
        }
        return null;
    }

    private static Problem concludedNotBeforeIssued(List<CareProceedings> proceedings) {
        for (int i = 0; i < proceedings.size(); i++) {
            CareProceedings p = proceedings.get(i);
            if (before(p.getConcluded(), p.getIssued())) {
                return new Problem("careProceedings[" + i + "].concluded",
                        "concluded (" + p.getConcluded() + ") before the application was issued (" + p.getIssued() + ")");
            }
        }
        return null;
    }

    private static Problem firstMissing(Problem... problems) {
        for (Problem problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean before(LocalDate date, LocalDate reference) {
        return date != null && reference != null && date.isBefore(reference);
    }
}
