package uk.practicecheck.annexa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of Ofsted's official Annex A template: a sheet a list named {@code List_1} to
 * {@code List_11} beside a front sheet, each list with a title row above its headings, and the
 * headings in the template's order and words. Two generations are in use: the 2019-era template,
 * and the 2024/25 one, whose care leavers' list adds the young person's asylum-seeking status, their
 * personal adviser, the latest pathway plan review and the latest contact. The synthetic sample
 * is written in the newer shape; tests write both.
 */
public enum AnnexATemplate {
    /** The template in use from 2019 until the 2024/25 revision. */
    V2019("2019-era"),
    /** The 2024/25 template. */
    V2024("2024/25");

    private static final List<String> PERSON = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)");
    private static final String DISABILITY = "Does the Child have a Disability";

    private final String description;

    AnnexATemplate(String description) {
        this.description = description;
    }

    /** "2019-era", "2024/25". */
    public String description() {
        return description;
    }

    /** The sheet name the template gives a list: {@code List_8}. */
    public static String sheetName(AnnexAList list) {
        return "List_" + list.number();
    }

    /** The title the template puts above a list's headings. */
    public static String title(AnnexAList list) {
        return "List " + list.number() + ": " + list.title();
    }

    /** The headings of a list, in the template's order and words. */
    public List<String> headings(AnnexAList list) {
        List<String> headings = new ArrayList<>();
        if (list != AnnexAList.LIST_11) {
            headings.addAll(PERSON);
        }
        headings.addAll(OWN.get(list));
        if (this == V2024 && list == AnnexAList.LIST_9) {
            headings.addAll(5, List.of("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"));
            int adviser = headings.indexOf("Allocated Worker") + 1;
            headings.add(adviser, "Allocated Personal Advisor");
            int eligibility = headings.indexOf("Eligibility Category") + 1;
            headings.add(eligibility, "Latest Pathway Plan Review Date");
            headings.add(headings.indexOf("LA in Touch") + 1, "Latest Date of Contact");
        }
        return headings;
    }

    /** Each list's headings after the child's id, gender, ethnicity, date of birth and age. */
    private static final Map<AnnexAList, List<String>> OWN = new EnumMap<>(AnnexAList.class);

    static {
        OWN.put(AnnexAList.LIST_1, List.of("Date of Contact", "Contact Source"));
        OWN.put(AnnexAList.LIST_2, List.of("Assessment start date", "Assessment completion date",
                "Organisation completing assessment"));
        OWN.put(AnnexAList.LIST_3, List.of("Date of referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"));
        OWN.put(AnnexAList.LIST_4, List.of(DISABILITY, "Continuous Assessment Start Date",
                "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
                "Was the child assessed as requiring LA children's social care support?", "Allocated Team",
                "Allocated Worker"));
        OWN.put(AnnexAList.LIST_5, List.of(DISABILITY, "Strategy discussion initiating Section 47 Enquiry Start Date",
                "Was an Initial Child Protection Conference deemed unnecessary?",
                "Date of Initial Child Protection Conference",
                "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
                "Allocated Team", "Allocated Worker"));
        OWN.put(AnnexAList.LIST_6, List.of(DISABILITY, "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
                "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker"));
        OWN.put(AnnexAList.LIST_7, List.of(DISABILITY, "Child Protection Plan Start Date", "Initial Category of Abuse",
                "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
                "Date of latest review conference", "Child Protection Plan End Date",
                "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));
        OWN.put(AnnexAList.LIST_8, List.of("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                DISABILITY, "Date Started to be Looked After", "Child's Category of Need",
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
                "Date of Last Social Work Visit", "What is the permanence plan for this child?",
                "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
                "Date of Last Dental Check", "Number of Placements in the Last 12 months", "Date Ceased to be Looked After",
                "Reason Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type",
                "Placement Provider", "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
                "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                "Did the child accept a Return Interview after their last missing episode (Y/N)?",
                "Allocated Team", "Allocated Worker"));
        OWN.put(AnnexAList.LIST_9, List.of(DISABILITY, "Allocated Team", "Allocated Worker", "Eligibility Category",
                "LA in Touch", "Type of Accommodation", "Suitability of Accommodation", "Activity Status"));
        OWN.put(AnnexAList.LIST_10, List.of(DISABILITY, "Date the Child Entered Care",
                "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
                "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption", "Date of Adoption Order",
                "Date of Decision that Child Should No Longer be Placed for Adoption",
                "Reason Why Child No Longer Placed for Adoption",
                "Date the child was placed for fostering in FFA or concurrent planning placement"));
        OWN.put(AnnexAList.LIST_11, List.of("Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
                "Disability", "Is the (prospective) adopter fostering for adoption?", "Date enquiry received",
                "Date Stage 1 started", "Date Stage 1 ended", "Date Stage 2 started", "Date Stage 2 ended",
                "Date application submitted", "Date application approved", "Date adopter matched with child(ren)",
                "Date child/children placed with adopter(s)", "No. of children placed", "Date of Adoption Order",
                "Date of leaving adoption process", "Reason for leaving adoption process"));
    }
}
