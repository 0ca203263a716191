package uk.practicecheck.cincensus;

import java.util.Map;

/**
 * The Children in Need census code sets practice-check checks, written from the Department for
 * Education's census specification: referral source, primary need, reason for closure and
 * category of abuse.
 */
final class CinCodes {
    static final Map<String, String> REFERRAL_SOURCE = Map.ofEntries(
            Map.entry("1A", "individual: family member, relative or carer"), Map.entry("1B", "individual: acquaintance"),
            Map.entry("1C", "individual: self"), Map.entry("1D", "individual: other"),
            Map.entry("2A", "schools"), Map.entry("2B", "education services"),
            Map.entry("3A", "health: GP"), Map.entry("3B", "health: health visitor"), Map.entry("3C", "health: school nurse"),
            Map.entry("3D", "health: other primary health services"), Map.entry("3E", "health: A&E"),
            Map.entry("3F", "health: other"), Map.entry("4", "housing"),
            Map.entry("5A", "local authority services: social care"), Map.entry("5B", "local authority services: other internal"),
            Map.entry("5C", "local authority services: external"), Map.entry("5D", "early help"),
            Map.entry("6", "police"), Map.entry("7", "other legal agency"), Map.entry("8", "other"),
            Map.entry("9", "anonymous"), Map.entry("10", "unknown"));

    static final Map<String, String> PRIMARY_NEED = Map.ofEntries(
            Map.entry("N0", "not stated"), Map.entry("N1", "abuse or neglect"), Map.entry("N2", "child's disability"),
            Map.entry("N3", "parental illness or disability"), Map.entry("N4", "family in acute stress"),
            Map.entry("N5", "family dysfunction"), Map.entry("N6", "socially unacceptable behaviour"),
            Map.entry("N7", "low income"), Map.entry("N8", "absent parenting"),
            Map.entry("N9", "cases other than children in need"));

    static final Map<String, String> REASON_FOR_CLOSURE = Map.ofEntries(
            Map.entry("RC1", "adopted"), Map.entry("RC2", "died"), Map.entry("RC3", "child arrangements order"),
            Map.entry("RC4", "special guardianship order"), Map.entry("RC5", "transferred to another local authority"),
            Map.entry("RC6", "transferred to adult social care"),
            Map.entry("RC7", "services ceased for any other reason, including the child no longer in need"),
            Map.entry("RC8", "case closed after assessment, no further action"),
            Map.entry("RC9", "case closed after assessment, referred to early help"));

    /** The reason for closure that is a step-down to early help. */
    static final String STEP_DOWN = "RC9";

    static final Map<String, String> CATEGORY_OF_ABUSE = Map.of(
            "NEG", "neglect", "PHY", "physical abuse", "SAB", "sexual abuse", "EMO", "emotional abuse",
            "MUL", "multiple categories");

    private CinCodes() {
    }
}
