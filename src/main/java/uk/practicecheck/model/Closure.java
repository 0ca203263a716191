package uk.practicecheck.model;

import java.time.LocalDate;

/** The closure of a case or its step-down to early help. */
public class Closure {
    private LocalDate date;
    private Boolean stepDownToEarlyHelp;
    private Boolean managementRationaleRecorded;
    private Boolean riskAssessed;

    /** When the case was closed. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Whether it was stepped down to early help rather than closed outright. */
    public Boolean getStepDownToEarlyHelp() { return stepDownToEarlyHelp; }
    public void setStepDownToEarlyHelp(Boolean stepDownToEarlyHelp) { this.stepDownToEarlyHelp = stepDownToEarlyHelp; }
    /** Whether a manager's rationale for closing is recorded. */
    public Boolean getManagementRationaleRecorded() { return managementRationaleRecorded; }
    public void setManagementRationaleRecorded(Boolean managementRationaleRecorded) { this.managementRationaleRecorded = managementRationaleRecorded; }
    /** Whether the risk was assessed and understood before closing. */
    public Boolean getRiskAssessed() { return riskAssessed; }
    public void setRiskAssessed(Boolean riskAssessed) { this.riskAssessed = riskAssessed; }

    /** "closure on 2026-03-02", or "closure (date not recorded)". */
    public String label() { return "closure " + (date == null ? DateTexts.of(date) : "on " + date); }
}
