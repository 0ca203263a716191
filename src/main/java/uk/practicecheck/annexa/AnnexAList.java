package uk.practicecheck.annexa;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists of Ofsted's Annex A child-level data. A workbook holds one sheet a list. The official
 * template names them {@code List_1} to {@code List_11}; workbooks written by hand or by other
 * tools say "List 8 - Children in care", "LIST8", "list 8" or "List_8 " (a trailing space). A sheet
 * whose name does not say which list it is may still be recognised by its headings (see
 * {@code AnnexAWorkbook}).
 */
public enum AnnexAList {
    LIST_1(1, "Contacts"),
    LIST_2(2, "Early help"),
    LIST_3(3, "Referrals"),
    LIST_4(4, "Assessments"),
    LIST_5(5, "Section 47s and ICPCs"),
    LIST_6(6, "Children in need"),
    LIST_7(7, "Child protection"),
    LIST_8(8, "Children in care"),
    LIST_9(9, "Care leavers"),
    LIST_10(10, "Adoption"),
    LIST_11(11, "Adopters");

    private static final Pattern SHEET_NAME = Pattern.compile("^[\\s\\u00a0]*list[\\s\\u00a0_.:#-]*(\\d{1,2})(?!\\d)");

    private final int number;
    private final String title;

    AnnexAList(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** How reports name the list: "List 8 - Children in care". */
    public String label() {
        return "List " + number + " - " + title;
    }

    /** Whether the list is about children (List 11 is about adopters and has no child id). */
    public boolean isChildLevel() {
        return this != LIST_11;
    }

    /** The list a sheet holds, judged by its name; null if the name is not "List N…" (or "List_N…") for a known N. */
    public static AnnexAList ofSheetName(String sheetName) {
        Matcher m = SHEET_NAME.matcher(sheetName.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        for (AnnexAList list : values()) {
            if (list.number == n) {
                return list;
            }
        }
        return null;
    }
}
