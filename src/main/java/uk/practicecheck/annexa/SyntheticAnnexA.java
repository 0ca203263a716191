package uk.practicecheck.annexa;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a synthetic Annex A workbook: invented children with plausible journeys through
 * contacts, early help, referrals, assessments, section 47 enquiries, child in need, child
 * protection, care, leaving care and adoption. The same seed and extract date always give the
 * same workbook. No real child is described: ids are "AA" and a number, workers are "Worker NN".
 */
public final class SyntheticAnnexA {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String[] PLACEMENT_CODES = {"U4: Foster placement - long term", "U6: Foster placement - not FFA",
        "U3: Foster placement - relative - not FFA", "K2: Children's Homes", "P1: Placed with parents",
        "U5: Foster placement - FFA", "H5: Semi-independent living"};
    private static final String[] PERMANENCE_PLANS = {"a) Return to family", "b) Adoption", "c) SGO/CAO",
        "f) Long-term fostering", "e) Long-term residential placement", "d) Supported living in the community"};
    private static final String[] ELIGIBILITY = {"a) Relevant child", "b) Former relevant child", "c) Qualifying care leaver"};
    private static final String[] LEGAL_STATUSES = {"C1: Interim care order", "C2: Full care order", "V2: Single period under S20",
        "E1: Placement order"};

    private static final String[] ETHNICITIES = {"a) WBRI", "a) WBRI", "a) WBRI", "d) WOTH", "f) MWBC", "j) AIND",
        "o) BAFR", "q) CHNE"};

    private final Random random;
    private final LocalDate extract;
    private final Map<AnnexAList, List<Row>> rows = new EnumMap<>(AnnexAList.class);

    /** One row of a list: who the child is, and the values of the list's own columns. */
    private record Row(String id, LocalDate born, String gender, String ethnicity, Map<AnnexAColumn, Object> values) {
    }

    private SyntheticAnnexA(long seed, LocalDate extract) {
        this.random = new Random(seed);
        this.extract = extract;
        for (AnnexAList list : AnnexAList.values()) {
            rows.put(list, new ArrayList<>());
        }
    }

    /**
     * The sheets of a workbook of {@code children} invented children, extracted on {@code extract},
     * in the shape of the official 2024/25 template: a front sheet, then {@code List_1} to
     * {@code List_11}, each with a title row above its headings and every column of the template
     * (the ones practice-check does not use filled as a local authority would, or left blank).
     */
    public static List<AnnexAWorkbookWriter.SheetSpec> sheets(int children, long seed, LocalDate extract) {
        SyntheticAnnexA maker = new SyntheticAnnexA(seed, extract);
        for (int i = 1; i <= children; i++) {
            maker.child(String.format("AA%05d", i));
        }
        return maker.specs(AnnexATemplate.V2024);
    }

    private List<AnnexAWorkbookWriter.SheetSpec> specs(AnnexATemplate template) {
        List<AnnexAWorkbookWriter.SheetSpec> specs = new ArrayList<>();
        specs.add(new AnnexAWorkbookWriter.SheetSpec("Front_Sheet", List.of(
                "Annex A: child-level data (synthetic: every child is invented)",
                "Local authority: Example Borough", "Date of extract: " + extract.format(UK_DATE),
                "Template: " + template.description()), List.of(), List.of()));
        for (AnnexAList list : AnnexAList.values()) {
            List<String> headings = template.headings(list);
            Headings matcher = new Headings(list);
            List<List<Object>> cells = new ArrayList<>();
            for (Row row : rows.get(list)) {
                List<Object> line = new ArrayList<>();
                for (String heading : headings) {
                    line.add(cell(heading, matcher.match(heading), row));
                }
                cells.add(line);
            }
            specs.add(new AnnexAWorkbookWriter.SheetSpec(AnnexATemplate.sheetName(list),
                    List.of(AnnexATemplate.title(list)), headings, cells));
        }
        return specs;
    }

    /** A cell: the child's identity, a value the journey gave, or what a local authority would put in a column not used. */
    private Object cell(String heading, AnnexAColumn column, Row row) {
        if (column == AnnexAColumn.CHILD_ID) {
            return row.id();
        }
        if (column == AnnexAColumn.DATE_OF_BIRTH) {
            return row.born();
        }
        if (column != null) {
            return row.values().get(column);
        }
        return switch (heading) {
            case "Gender" -> row.gender();
            case "Ethnicity" -> row.ethnicity();
            case "Age of Child (Years)" -> java.time.Period.between(row.born(), extract).getYears();
            case "Does the Child have a Disability" -> "b) No";
            default -> null;
        };
    }

    private void add(AnnexAList list, String id, LocalDate born, Map<AnnexAColumn, Object> values) {
        rows.get(list).add(new Row(id, born, random.nextBoolean() ? "a) Male" : "b) Female", pick(ETHNICITIES), values));
    }

    private void child(String id) {
        int journey = random.nextInt(100);
        boolean careLeaver = journey >= 92;
        LocalDate born = careLeaver ? extract.minusYears(18).minusDays(random.nextInt(3 * 365))
                : extract.minusDays(200 + random.nextInt(17 * 365));
        String worker = String.format("Worker %02d", 1 + random.nextInt(30));
        if (careLeaver) {
            careLeaver(id, born, worker);
            return;
        }
        LocalDate contact = recent(180);
        add(AnnexAList.LIST_1, id, born, Map.of(AnnexAColumn.CONTACT_DATE, contact,
                AnnexAColumn.CONTACT_SOURCE, pick("Schools", "Police", "Health services", "Individual")));
        if (journey < 15) {
            return;
        }
        if (journey < 25) {
            add(AnnexAList.LIST_2, id, born, values(AnnexAColumn.EARLY_HELP_START, contact.plusDays(3),
                    AnnexAColumn.EARLY_HELP_COMPLETED, maybe(contact.plusDays(30 + random.nextInt(40)))));
            return;
        }
        if (journey < 72) {
            help(id, born, worker, contact, journey);
            return;
        }
        lookedAfter(id, born, worker, journey);
    }

    /** Referral, assessment, and for some a section 47 enquiry, child in need or child protection plan. */
    private void help(String id, LocalDate born, String worker, LocalDate contact, int journey) {
        String team = pick("Assessment Team North", "Assessment Team South");
        boolean nfa = journey < 32;
        add(AnnexAList.LIST_3, id, born, values(AnnexAColumn.REFERRAL_DATE, contact,
                AnnexAColumn.REFERRAL_SOURCE, "Schools", AnnexAColumn.REFERRAL_NFA, nfa ? "Yes" : "No",
                AnnexAColumn.TEAM, team, AnnexAColumn.WORKER, worker));
        if (nfa) {
            return;
        }
        LocalDate start = contact.plusDays(random.nextInt(4));
        LocalDate authorised = start.plusDays(20 + random.nextInt(50));
        add(AnnexAList.LIST_4, id, born, values(AnnexAColumn.ASSESSMENT_START, start,
                AnnexAColumn.ASSESSMENT_AUTHORISED, authorised.isAfter(extract) ? null : authorised,
                AnnexAColumn.ASSESSMENT_CHILD_SEEN, pick("Yes", "Yes", "Yes", "No"),
                AnnexAColumn.TEAM, team, AnnexAColumn.WORKER, worker));
        if (journey < 48) {
            LocalDate cinStart = maybeDate(authorised);
            if (cinStart != null) {
                LocalDate closed = random.nextInt(3) == 0 ? maybeDate(cinStart.plusDays(60 + random.nextInt(120))) : null;
                add(AnnexAList.LIST_6, id, born, values(AnnexAColumn.CIN_START, cinStart,
                        AnnexAColumn.CIN_LAST_SEEN, maybeDate(cinStart.plusDays(10 + random.nextInt(40))),
                        AnnexAColumn.CIN_CLOSED, closed,
                        AnnexAColumn.CIN_CLOSURE_REASON, closed == null ? null
                                : pick("RC7 - Services ceased for any other reason", "RC9 - Case closed after assessment, referred to early help"),
                        AnnexAColumn.TEAM, "Child in Need Team", AnnexAColumn.WORKER, worker));
            }
            return;
        }
        LocalDate strategy = start.plusDays(random.nextInt(5));
        boolean conference = journey >= 56;
        LocalDate icpc = conference ? maybeDate(strategy.plusDays(8 + random.nextInt(18))) : null;
        add(AnnexAList.LIST_5, id, born, values(AnnexAColumn.STRATEGY_DISCUSSION, strategy,
                AnnexAColumn.ICPC_UNNECESSARY, conference ? "No" : "Yes",
                AnnexAColumn.ICPC_DATE, icpc,
                AnnexAColumn.ICPC_PLAN, icpc == null ? null : "Yes",
                AnnexAColumn.TEAM, team, AnnexAColumn.WORKER, worker));
        if (icpc == null) {
            return;
        }
        LocalDate review = maybeDate(icpc.plusMonths(3));
        add(AnnexAList.LIST_7, id, born, values(AnnexAColumn.CP_START, icpc,
                AnnexAColumn.CP_LAST_VISIT, maybeDate(extract.minusDays(random.nextInt(30))),
                AnnexAColumn.CP_SEEN_ALONE, pick("Y", "N", "Y", null),
                AnnexAColumn.CP_REVIEW_CONFERENCE, review,
                AnnexAColumn.TEAM, "Child Protection Team", AnnexAColumn.WORKER, worker));
    }

    private void lookedAfter(String id, LocalDate born, String worker, int journey) {
        LocalDate start = later(born.plusDays(30), extract.minusDays(20 + random.nextInt(4 * 365)));
        boolean adoption = journey >= 86 && born.isAfter(extract.minusYears(6));
        int missing = random.nextInt(10) < 2 ? 1 + random.nextInt(4) : 0;
        LocalDate placed = later(start, extract.minusDays(random.nextInt(300)));
        add(AnnexAList.LIST_8, id, born, values(AnnexAColumn.LAC_START, start,
                AnnexAColumn.LAC_LEGAL_STATUS, pick(LEGAL_STATUSES),
                AnnexAColumn.LAC_LAST_REVIEW, later(start.plusDays(20), extract.minusDays(random.nextInt(200))),
                AnnexAColumn.LAC_LAST_VISIT, later(start, extract.minusDays(random.nextInt(60))),
                AnnexAColumn.LAC_PERMANENCE_PLAN, adoption ? PERMANENCE_PLANS[1] : pick(PERMANENCE_PLANS),
                AnnexAColumn.LAC_PLACEMENT_START, placed,
                AnnexAColumn.LAC_PLACEMENT_TYPE, adoption ? "U5: Foster placement - FFA" : pick(PLACEMENT_CODES),
                AnnexAColumn.LAC_MISSING_EPISODES, missing,
                AnnexAColumn.LAC_ABSENT_EPISODES, random.nextInt(3),
                AnnexAColumn.LAC_RETURN_INTERVIEW_OFFERED, missing == 0 ? null : pick("Y", "N", "Y"),
                AnnexAColumn.LAC_RETURN_INTERVIEW_ACCEPTED, missing == 0 ? null : pick("Y", "N"),
                AnnexAColumn.LAC_HEALTH_ASSESSMENT, later(start, extract.minusDays(random.nextInt(400))),
                AnnexAColumn.TEAM, "Children in Care Team", AnnexAColumn.WORKER, worker));
        if (adoption) {
            LocalDate decision = maybeDate(start.plusDays(90 + random.nextInt(120)));
            if (decision == null) {
                return;
            }
            LocalDate order = maybeDate(decision.plusDays(30 + random.nextInt(90)));
            LocalDate matched = order == null ? null : maybeDate(order.plusDays(60 + random.nextInt(200)));
            LocalDate placedForAdoption = matched == null ? null : maybeDate(matched.plusDays(10 + random.nextInt(30)));
            add(AnnexAList.LIST_10, id, born, values(AnnexAColumn.ADOPTION_DECISION, decision,
                    AnnexAColumn.ADOPTION_PLACEMENT_ORDER, order,
                    AnnexAColumn.ADOPTION_MATCHED, matched,
                    AnnexAColumn.ADOPTION_PLACED, placedForAdoption,
                    AnnexAColumn.ADOPTION_FOSTER_TO_ADOPT, random.nextBoolean() ? maybeDate(decision.plusDays(7)) : null));
        }
    }

    private void careLeaver(String id, LocalDate born, String worker) {
        add(AnnexAList.LIST_9, id, born, values(AnnexAColumn.TEAM, "Leaving Care Team", AnnexAColumn.WORKER, worker,
                AnnexAColumn.CARE_LEAVER_ELIGIBILITY, pick(ELIGIBILITY),
                AnnexAColumn.CARE_LEAVER_PATHWAY_REVIEW, maybeDate(extract.minusDays(random.nextInt(250))),
                AnnexAColumn.CARE_LEAVER_CONTACT, maybeDate(extract.minusDays(random.nextInt(90)))));
    }

    private static Map<AnnexAColumn, Object> values(Object... pairs) {
        Map<AnnexAColumn, Object> map = new EnumMap<>(AnnexAColumn.class);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((AnnexAColumn) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private LocalDate recent(int days) {
        return extract.minusDays(random.nextInt(days));
    }

    /** The date, unless it falls after the extract: it has not happened yet. */
    private LocalDate maybeDate(LocalDate date) {
        return date.isAfter(extract) ? null : date;
    }

    private LocalDate maybe(LocalDate date) {
        return random.nextInt(4) == 0 ? null : maybeDate(date);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
