package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.lang3.StringUtils;

/** A child in need, child protection, care, pathway or safety plan as recorded on a given date. */
public class Plan {
    private PlanType type;
    private LocalDate date;
    private String aim;
    private List<PlanAction> actions = new ArrayList<>();
    private List<String> outcomes = new ArrayList<>();
    private String contingency;
    private Boolean coversHealth;
    private Boolean childViewsRecorded;

    public PlanType getType() { return type; }
    public void setType(PlanType type) { this.type = type; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getAim() { return aim; }
    public void setAim(String aim) { this.aim = aim; }
    public List<PlanAction> getActions() { return actions; }
    public void setActions(List<PlanAction> actions) { this.actions = actions == null ? new ArrayList<>() : actions; }
    public List<String> getOutcomes() { return outcomes; }
    public void setOutcomes(List<String> outcomes) { this.outcomes = outcomes == null ? new ArrayList<>() : outcomes; }
    public String getContingency() { return contingency; }
    public void setContingency(String contingency) { this.contingency = contingency; }
    /** For a pathway plan: whether it covers the young person's health needs. */
    public Boolean getCoversHealth() { return coversHealth; }
    public void setCoversHealth(Boolean coversHealth) { this.coversHealth = coversHealth; }
    /** Whether the plan records the child's views. */
    public Boolean getChildViewsRecorded() { return childViewsRecorded; }
    public void setChildViewsRecorded(Boolean childViewsRecorded) { this.childViewsRecorded = childViewsRecorded; }

    public boolean hasAim() { return StringUtils.isNotBlank(aim); }
    public boolean hasContingency() { return StringUtils.isNotBlank(contingency); }
    public boolean hasActions() { return !actions.isEmpty(); }
    public boolean hasOutcomes() { return outcomes.stream().anyMatch(StringUtils::isNotBlank); }

    /** Actions with no named owner. */
    public long actionsWithoutOwner() { return actions.stream().filter(a -> !a.hasOwner()).count(); }

    /** Actions with no target date. */
    public long actionsWithoutTargetDate() { return actions.stream().filter(a -> a.getTargetDate() == null).count(); }

    /** A short label such as "child in need plan of 2026-02-01". */
    public String label() {
        return Labels.humanise(type) + " plan of " + DateTexts.of(date);
    }
}
