package uk.practicecheck.cincensus;

import java.util.List;

/**
 * How the Children in Need census feeds the case summary: one entry an element group, the fields
 * it feeds and how completely. The one place the mapping is defined; the held fields and the
 * documentation are both worked out from it.
 */
enum CinMapping {
    DATE_OF_BIRTH("ChildIdentifiers", "PersonBirthDate", Coverage.COMPLETE, List.of("dateOfBirth"), ""),
    REFERRAL("CINdetails", "CINreferralDate, ReferralSource, ReferralNFA", Coverage.HISTORY,
            List.of("referrals", "referrals.received", "referrals.source", "referrals.outcome"),
            "a referral a CIN episode; ReferralNFA true gives the outcome \"no further action\""),
    CHILD_IN_NEED("CINdetails", "CINreferralDate, CINclosureDate", Coverage.PARTIAL,
            List.of("legalStatuses", "legalStatuses.status", "legalStatuses.start", "legalStatuses.end"),
            "a child in need period from referral to closure, unless the referral was no further action; partial"
                    + " because the census has no looked-after or care leaver periods"),
    CLOSURE("CINdetails", "CINclosureDate, ReasonForClosure", Coverage.HISTORY,
            List.of("closures", "closures.date", "closures.stepDownToEarlyHelp"),
            "RC9 (closed after assessment, referred to early help) is a step-down; any other reason is not"),
    ASSESSMENTS("Assessments", "AssessmentActualStartDate, AssessmentAuthorisationDate", Coverage.HISTORY,
            List.of("assessments", "assessments.start", "assessments.authorised", "assessments.referralDate"),
            "an assessment each; its referral is the CIN episode's referral date"),
    CIN_PLANS("CINPlanDates", "CINPlanStartDate", Coverage.PARTIAL, List.of("plans", "plans.type", "plans.date"),
            "a child in need plan of that date whose content the census does not hold"),
    SECTION_47("Section47", "S47ActualStartDate, ICPCnotRequired, DateOfInitialCPC", Coverage.HISTORY,
            List.of("section47Enquiries", "section47Enquiries.start", "section47Enquiries.strategyDiscussion",
                    "section47Enquiries.icpcRequired"),
            "an enquiry each, started (and dated) by the strategy discussion that initiated it; a conference"
                    + " needed unless ICPCnotRequired is true"),
    STRATEGY_DISCUSSIONS("Section47", "S47ActualStartDate", Coverage.PARTIAL,
            List.of("strategyDiscussions", "strategyDiscussions.date", "strategyDiscussions.section47Initiated"),
            "strategy discussions that led to no enquiry are not in the census"),
    CONFERENCES("Section47, ChildProtectionPlans", "DateOfInitialCPC, CPPreviewDate", Coverage.HISTORY,
            List.of("conferences", "conferences.type", "conferences.date", "conferences.childProtectionPlan"),
            "an initial conference for each DateOfInitialCPC (it made a plan if one starts that day), a review"
                    + " conference for each CPPreviewDate"),
    CHILD_PROTECTION("ChildProtectionPlans", "CPPstartDate, CPPendDate", Coverage.PARTIAL,
            List.of("legalStatuses", "plans"),
            "a child protection period, and a child protection plan of its start date whose content the census"
                    + " does not hold");

    /** How completely a mapping feeds its fields. */
    enum Coverage {
        /** Every such fact of every child is in the census. */
        COMPLETE,
        /** Every such fact in the years given: complete for a child whose first referral in the census is within them. */
        HISTORY,
        /** Only some such facts: never held from the census. */
        PARTIAL
    }

    private final String group;
    private final String elements;
    private final Coverage coverage;
    private final List<String> fields;
    private final String note;

    CinMapping(String group, String elements, Coverage coverage, List<String> fields, String note) {
        this.group = group;
        this.elements = elements;
        this.coverage = coverage;
        this.fields = fields;
        this.note = note;
    }

    String group() {
        return group;
    }

    String elements() {
        return elements;
    }

    Coverage coverage() {
        return coverage;
    }

    List<String> fields() {
        return fields;
    }

    String note() {
        return note;
    }
}
