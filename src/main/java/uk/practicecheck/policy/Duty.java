package uk.practicecheck.policy;

import java.util.List;
import uk.practicecheck.model.PlanType;

/**
 * Something a rule checks that no timescale measures, such as what a plan must say, with where the
 * duty comes from. Rules that no inspection recommendation asks for cite it ({@code @statutory}).
 *
 * @param description what the duty is, in a few words
 * @param source      the Act, regulation, statutory guidance or local standard that sets it
 * @param planTypes   for a duty about plans that the authority may extend or narrow (such as which plans
 *                    state a contingency), the kinds of plan it applies to; null for every kind, or for a
 *                    duty that is not about plans
 * @param window      for a duty judged at statutory visits (seeing the child alone), which visits are
 *                    judged; null for the default ({@link VisitWindow#SINCE_LATEST_REVIEW}), or for a
 *                    duty that is not judged at visits
 */
public record Duty(String description, String source, List<PlanType> planTypes, VisitWindow window) {

    public Duty {
        planTypes = planTypes == null ? null : List.copyOf(planTypes);
    }

    /** A duty not judged at visits. */
    public Duty(String description, String source, List<PlanType> planTypes) {
        this(description, source, planTypes, null);
    }

    /** Which visits the duty judges: its {@code window}, or every visit since the latest review. */
    public VisitWindow visitWindow() {
        return window == null ? VisitWindow.SINCE_LATEST_REVIEW : window;
    }

    /** Whether the duty applies to a plan of kind {@code type}. */
    public boolean covers(PlanType type) {
        return planTypes == null || planTypes.contains(type);
    }
}
