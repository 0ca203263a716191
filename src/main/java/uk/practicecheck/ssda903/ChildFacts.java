package uk.practicecheck.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the return's tables say about one child, row by row, before it becomes a case: dates and
 * codes, with where each came from, read from the child's rows once they are together.
 */
final class ChildFacts {
    /** A looked-after episode: one row of the Episodes table. */
    record Episode(LocalDate start, LocalDate end, String reasonNew, String legalStatus, String place,
                   String reasonCeased, int returnIndex, String where) {
    }

    record ReviewRow(LocalDate date, String participation, int returnIndex) {
    }

    record MissingRow(String kind, LocalDate start, LocalDate end, int returnIndex) {
    }

    /** A decision that the child should be placed for adoption (PlacedAdoption), and its reversal if any. */
    record AdoptionDecision(LocalDate decided, LocalDate ceased, String reason, String where) {
    }

    /** A row of AD1, for a child adopted in the year. */
    record Adopted(LocalDate decided, LocalDate matched, Boolean fosterCarers, String where) {
    }

    /** A row of SWEpisodes: the social worker allocated to the child from one day, until another. */
    record SocialWorker(String id, LocalDate start, LocalDate end) {
    }

    /** A cell that cannot be read, or a row without the date that makes it an event. */
    record Problem(String where, String reason) {
    }

    final String childId;
    LocalDate dateOfBirth;
    String dateOfBirthWhere;
    final List<Episode> episodes = new ArrayList<>();
    final List<ReviewRow> reviews = new ArrayList<>();
    final List<MissingRow> missing = new ArrayList<>();
    final List<AdoptionDecision> adoptionDecisions = new ArrayList<>();
    final List<SocialWorker> socialWorkers = new ArrayList<>();
    Adopted adopted;
    /**
     * Whether the child is, or was, an unaccompanied asylum seeker, where a UASC row says: true once
     * any return says so; null when no row says (see {@link #inUascTable}).
     */
    Boolean unaccompanied;
    /** Whether the child has a UASC row (in the XML, a UASC or DUC element in the header). */
    boolean inUascTable;
    /** Whether the child is in the care leavers' table (OC3). */
    boolean careLeaver;
    final List<Problem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    ChildFacts(String childId) {
        this.childId = childId;
    }

    void problem(String where, String reason) {
        problems.add(new Problem(where, reason));
    }

    /** Records the date of birth a row gives, warning when it differs from one read before. */
    void dateOfBirth(LocalDate born, String where) {
        if (born == null) {
            return;
        }
        if (dateOfBirth == null) {
            dateOfBirth = born;
            dateOfBirthWhere = where;
        } else if (!born.equals(dateOfBirth)) {
            warnings.add(where + " gives the date of birth as " + born + ", not " + dateOfBirth + " as "
                    + dateOfBirthWhere + " does; " + dateOfBirth + " (read first) was used");
        }
    }
}
