package uk.practicecheck.io;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.MissingEpisode;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.Review;

/** Checks what JSON types cannot: required fields present and dates in a possible order. */
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
            String at = "legalStatuses[" + i + "]";
            if (s == null) {
                return new Problem(at, "empty entry");
            }
            if (s.getStatus() == null) {
                return new Problem(at + ".status", "required");
            }
            if (s.getStart() == null) {
                return new Problem(at + ".start", "required");
            }
            if (before(s.getEnd(), s.getStart())) {
                return new Problem(at + ".end", "ends (" + s.getEnd() + ") before it starts (" + s.getStart() + ")");
            }
            if (before(s.getStart(), c.getDateOfBirth()) && s.getStatus() != LegalStatusType.CHILD_PROTECTION) {
                return new Problem(at + ".start", "before the child's date of birth (" + c.getDateOfBirth() + ")");
            }
        }
        List<Review> reviews = c.getReviews();
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            String at = "reviews[" + i + "]";
            if (r == null) {
                return new Problem(at, "empty entry");
            }
            if (r.getType() == null) {
                return new Problem(at + ".type", "required");
            }
            if (r.getDate() == null) {
                return new Problem(at + ".date", "required");
            }
        }
        List<Plan> plans = c.getPlans();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            String at = "plans[" + i + "]";
            if (p == null) {
                return new Problem(at, "empty entry");
            }
            if (p.getType() == null) {
                return new Problem(at + ".type", "required");
            }
            if (p.getDate() == null) {
                return new Problem(at + ".date", "required");
            }
        }
        List<MissingEpisode> episodes = c.getMissingEpisodes();
        for (int i = 0; i < episodes.size(); i++) {
            MissingEpisode m = episodes.get(i);
            String at = "missingEpisodes[" + i + "]";
            if (m == null) {
                return new Problem(at, "empty entry");
            }
            if (m.getStart() == null) {
                return new Problem(at + ".start", "required");
            }
            if (m.getEnd() != null && m.getEnd().isBefore(m.getStart())) {
                return new Problem(at + ".end", "the child returned (" + m.getEnd() + ") before going missing (" + m.getStart() + ")");
            }
            if (m.getReturnInterviewHeld() != null && m.getReturnInterviewHeld().isBefore(m.getStart())) {
                return new Problem(at + ".returnInterviewHeld", "before the child went missing (" + m.getStart() + ")");
            }
        }
        return null;
    }

    private static boolean before(LocalDate date, LocalDate reference) {
        return date != null && reference != null && date.isBefore(reference);
    }
}
