package uk.practicecheck.ssda903;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import uk.practicecheck.returns.Values;

/** Reads one row of a return's table into what it says about the child, noting where each cell is. */
final class RowFacts {
    /**
     * The columns read here, the only ones a row keeps ({@link TableRow#of}) until its child's rows
     * are together: a column read here must be listed, or it would be read as absent.
     */
    static final Set<String> COLUMNS = Set.of("DOB", "DECOM", "DEC", "LS", "PLACE", "RNE", "REC", "UASC", "DUC",
            "SW_ID", "SW_DECOM", "SW_DEC", "REVIEW", "REVIEW_CODE", "MISSING", "MIS_START", "MIS_END",
            "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");

    private final ChildFacts child;
    private final TableRow row;
    private final Ssda903Table table;
    private final Map<String, String> values;
    private final String at;
    private final int returnIndex;
    private final Consumer<LocalDate> sawDate;

    /** @param sawDate told each date the row gives (not the date of birth), for the return's collection year */
    RowFacts(ChildFacts child, TableRow row, Consumer<LocalDate> sawDate) {
        this.child = child;
        this.row = row;
        this.table = row.table();
        this.values = row.values();
        this.at = row.at();
        this.returnIndex = row.returnIndex();
        this.sawDate = sawDate;
    }

    private String columnAt(String column) {
        return row.columnAt(column);
    }

    /** A cell's text; null when the row has no such column. */
    private String value(String column) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalStateException(column + " is read but not in RowFacts.COLUMNS, so rows do not keep it");
        }
        return values.get(column);
    }

    private boolean has(String column) {
        return value(column) != null;
    }

    void add() {
        if (has("DOB")) {
            child.dateOfBirth(date("DOB", false), at);
        }
        switch (table) {
            case EPISODES -> episode();
            case REVIEWS -> review();
            case MISSING -> missing();
            case AD1 -> adopted();
            case PLACED_ADOPTION -> adoptionDecision();
            case OC3 -> child.careLeaver = true;
            case SW_EPISODES -> socialWorker();
            case UASC -> unaccompanied();
            default -> {
                // Header, OC2 and PrevPerm hold nothing the case summary records beyond the date of birth.
            }
        }
    }

    private void episode() {
        LocalDate start = date("DECOM", true);
        LocalDate end = date("DEC", false);
        String legalStatus = code("LS", Ssda903Codes.LEGAL_STATUS, "legal status");
        String place = code("PLACE", Ssda903Codes.PLACEMENT, "placement type");
        String reasonNew = code("RNE", Ssda903Codes.REASON_NEW_EPISODE, "reason for new episode");
        String reasonCeased = code("REC", Ssda903Codes.REASON_CEASED, "reason episode ceased");
        if (start != null && end != null && end.isBefore(start)) {
            child.problem(columnAt("DEC"), "the episode ends (" + end + ") before it starts (" + start + ")");
        }
        if (end != null && reasonCeased == null) {
            child.warnings.add(columnAt("REC") + ": the episode ended on " + end + " but no reason is given");
        }
        if (start != null) {
            child.episodes.add(new ChildFacts.Episode(start, end, reasonNew, legalStatus, place, reasonCeased, returnIndex, at));
        }
    }

    /**
     * A row of the UASC table: in the CSV form, a child is in it only as an unaccompanied asylum
     * seeker (now, or until the date the status ceased, DUC); in the XML form, the header's UASC
     * flag says 1 or 0. A flag that is neither is a warning, and the status is not recorded.
     */
    private void unaccompanied() {
        child.inUascTable = true;
        Boolean uasc = Boolean.TRUE;
        if (has("UASC")) {
            String flag = Values.code(value("UASC"));
            uasc = flag == null ? null : switch (flag) {
                case "1" -> Boolean.TRUE;
                case "0" -> Boolean.FALSE;
                default -> {
                    child.warnings.add(columnAt("UASC") + ": '" + flag + "' is not a UASC status (1 or 0),"
                            + " so whether the child is an unaccompanied asylum seeker is not recorded");
                    yield null;
                }
            };
            if (Boolean.FALSE.equals(uasc) && Values.text(value("DUC")) != null) {
                child.warnings.add(columnAt("DUC") + ": a date the UASC status ceased is given, but UASC is 0;"
                        + " the child was taken to have been an unaccompanied asylum seeker");
                uasc = Boolean.TRUE;
            }
        }
        if (Boolean.TRUE.equals(uasc) || child.unaccompanied == null) {
            child.unaccompanied = uasc;
        }
    }

    private void socialWorker() {
        String id = Values.text(value("SW_ID"));
        LocalDate start = date("SW_DECOM", true);
        LocalDate end = date("SW_DEC", false);
        if (id == null) {
            child.problem(columnAt("SW_ID"), "required: the row has no social worker id");
        } else if (start != null) {
            child.socialWorkers.add(new ChildFacts.SocialWorker(id, start, end));
        }
    }

    private void review() {
        LocalDate date = date("REVIEW", true);
        String participation = code("REVIEW_CODE", Ssda903Codes.REVIEW_PARTICIPATION, "review participation code");
        if (date != null) {
            child.reviews.add(new ChildFacts.ReviewRow(date, participation, returnIndex));
        }
    }

    private void missing() {
        String kind = code("MISSING", Ssda903Codes.MISSING, "missing or away code");
        LocalDate start = date("MIS_START", true);
        LocalDate end = date("MIS_END", false);
        if (start != null && end != null && end.isBefore(start)) {
            // One inconsistent date does not lose the child: the episode is kept, its return taken as unknown.
            child.warnings.add(columnAt("MIS_END") + ": child " + child.childId + " returned (" + end + ") before going"
                    + " missing (" + start + "); the episode was read with the date of return taken as unknown");
            end = null;
        }
        if (start != null) {
            child.missing.add(new ChildFacts.MissingRow(kind, start, end, returnIndex));
        }
    }

    private void adopted() {
        LocalDate decided = date("DATE_INT", false);
        LocalDate matched = date("DATE_MATCH", false);
        Boolean fosterCarers = flag("FOSTER_CARE");
        if (child.adopted == null) {
            child.adopted = new ChildFacts.Adopted(decided, matched, fosterCarers, at);
        } else if (!child.adopted.equals(new ChildFacts.Adopted(decided, matched, fosterCarers, child.adopted.where()))) {
            child.warnings.add(at + " gives other adoption dates than " + child.adopted.where() + "; the first was used");
        }
    }

    private void adoptionDecision() {
        LocalDate decided = date("DATE_PLACED", true);
        LocalDate ceased = date("DATE_PLACED_CEASED", false);
        String reason = Values.code(value("REASON_PLACED_CEASED"));
        if (decided != null) {
            child.adoptionDecisions.add(new ChildFacts.AdoptionDecision(decided, ceased, reason, at));
        }
    }

    private LocalDate date(String column, boolean required) {
        try {
            LocalDate date = Values.date(value(column));
            if (date == null && required) {
                child.problem(columnAt(column), "required: the row has no " + column + " date");
            }
            if (date != null && !"DOB".equals(column)) {
                sawDate.accept(date);
            }
            return date;
        } catch (Values.BadValue e) {
            child.problem(columnAt(column), e.getMessage());
            return null;
        }
    }

    private Boolean flag(String column) {
        try {
            return Values.flag(value(column));
        } catch (Values.BadValue e) {
            child.problem(columnAt(column), e.getMessage());
            return null;
        }
    }

    /** A code; one not in the code set is kept, with a warning naming the cell. */
    private String code(String column, Map<String, String> codeSet, String what) {
        String code = Values.code(value(column));
        if (code != null && !codeSet.containsKey(code)) {
            child.warnings.add(columnAt(column) + ": '" + code + "' is not a known " + what + " code");
        }
        return code;
    }
}
