package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** One period under a legal status; {@code end} is absent while the period is open. */
public class LegalStatus {
    private LegalStatusType status;
    private LocalDate start;
    private LocalDate end;
    private String basis;
    private String endReason;

    /** A period under {@code status}; {@code end} null while it is open. */
    public static LegalStatus of(LegalStatusType status, LocalDate start, LocalDate end, String basis) {
        LegalStatus period = new LegalStatus();
        period.setStatus(status);
        period.setStart(start);
        period.setEnd(end);
        period.setBasis(basis);
        return period;
    }

    public LegalStatusType getStatus() { return status; }
    public void setStatus(LegalStatusType status) { this.status = status; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    /** The legal basis as recorded, e.g. "section 20" or "interim care order"; free text. */
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }

    /**
     * Why the period ended, as recorded: for a looked-after period the SSDA903 "reason episode
     * ceased" code, such as {@code E11} (adopted) or {@code E4A} (returned home as planned).
     */
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }

    /** Whether the period was open on the given day. */
    public boolean isOpenOn(LocalDate day) {
        return start != null && !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** A recorded basis naming an interim care order (Children Act 1989, section 38). */
    private static final Pattern INTERIM_CARE_ORDER =
            Pattern.compile("(?i)\\binterim care order\\b|\\bICO\\b|\\bs(ection|\\.)?\\s*38\\b");

    /** A recorded basis naming a care order (Children Act 1989, section 31). */
    private static final Pattern CARE_ORDER = Pattern.compile("(?i)\\bcare order\\b|\\bs(ection|\\.)?\\s*31\\b");

    /** Whether the recorded basis is a (full) care order under section 31 of the Children Act 1989, not an interim one. */
    public boolean careOrder() {
        return basis != null && CARE_ORDER.matcher(basis).find() && !interimCareOrder();
    }

    /** Whether the recorded basis is an interim care order (section 38 of the Children Act 1989). */
    public boolean interimCareOrder() {
        return basis != null && INTERIM_CARE_ORDER.matcher(basis).find();
    }
}
