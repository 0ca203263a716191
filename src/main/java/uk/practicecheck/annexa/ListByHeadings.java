package uk.practicecheck.annexa;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises which list a sheet holds by its headings, for sheets whose names do not say (a
 * workbook saved with its sheets renamed, or a list pasted into a sheet of its own). A row is a
 * list's heading row when it has a child id heading and more headings of that list's own columns
 * (those no other list has) than of any other list's.
 */
final class ListByHeadings {
    private static final Map<AnnexAList, Headings> HEADINGS = new EnumMap<>(AnnexAList.class);

    static {
        for (AnnexAList list : AnnexAList.values()) {
            if (list.isChildLevel()) {
                HEADINGS.put(list, new Headings(list));
            }
        }
    }

    private ListByHeadings() {
    }

    /** The list whose heading row these cells are, or null if they are none's (or could be two lists'). */
    static AnnexAList recognise(List<String> cells) {
        AnnexAList best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<AnnexAList, Headings> entry : HEADINGS.entrySet()) {
            Headings headings = entry.getValue();
            if (!headings.isHeaderRow(cells)) {
                continue;
            }
            int score = (int) cells.stream().map(headings::match)
                    .filter(c -> c != null && c.lists().size() == 1).distinct().count();
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
