package uk.practicecheck.model;

import java.time.LocalDate;
import org.apache.commons.lang3.StringUtils;

/** One action in a plan: what is to be done, by whom, by when. */
public class PlanAction {
    private String description;
    private String owner;
    private LocalDate targetDate;

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }

    public boolean hasOwner() { return StringUtils.isNotBlank(owner); }
}
