package uk.practicecheck.audit;

/** Counts for a group of cases: a team, or a worker's caseload. */
public final class GroupTally {
    private final String name;
    private final String team;
    private long cases;
    private long casesNotMet;
    private long dueSoon;
    private final OutcomeCounts results = new OutcomeCounts();

    GroupTally(String name, String team) {
        this.name = name;
        this.team = team;
    }

    /** The team's or worker's name; "not recorded" when the records leave it blank. */
    public String name() {
        return name;
    }

    /** For a worker, their team; null for a team. */
    public String team() {
        return team;
    }

    /** Cases evaluated. */
    public long cases() {
        return cases;
    }

    /** Cases with at least one occasion not met (or a rule that failed). */
    public long casesNotMet() {
        return casesNotMet;
    }

    /** Duties falling due within the worklist's window. */
    public long dueSoon() {
        return dueSoon;
    }

    /** Every occasion judged on the group's cases, by outcome (see {@link OutcomeCounts}). */
    public OutcomeCounts results() {
        return results;
    }

    void addCase(boolean notMet) {
        cases++;
        if (notMet) {
            casesNotMet++;
        }
    }

    void addDueSoon() {
        dueSoon++;
    }

    void merge(GroupTally other) {
        cases += other.cases;
        dueSoon += other.dueSoon;
        casesNotMet += other.casesNotMet;
        results.addAll(other.results);
    }
}
