package uk.practicecheck.indicator;

/**
 * Writes {@code docs/indicators.md} from the declared indicators: what each counts, where it comes
 * from, its national source and every figure the inspectors gave for it.
 */
public final class IndicatorDocs {
    private IndicatorDocs() {
    }

    public static String markdown(IndicatorCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# Cohort indicators\n\n")
                .append("<!-- Generated from src/main/resources/uk/practicecheck/indicator/indicators.yaml by ")
                .append("`practice-check indicators docs`; edit the definitions, not this file. -->\n\n")
                .append("`audit` shows these indicators first, in every format and on the web page, overall and by team, each ")
                .append("beside the figures the inspectors reported for the same thing, so a quality assurance officer can read ")
                .append("\"you: 81% — Middlesbrough 2016 inspection (2014–15): 72%\". In the workbook (`--format xlsx`) they are ")
                .append("the first two sheets; as CSV, `--format csv --rows indicators` gives them alone, one row per indicator ")
                .append("and team. `check` leaves them out of its page about each child, where a rate over one or a few ")
                .append("children would mislead; its JSON report carries them for other tools.\n\n")
                .append("## How they are counted\n\n")
                .append("- **Period.** The 12 months to the as-of date, or `audit --period FROM..TO` (both days included; the ")
                .append("period cannot end after the as-of date). Occasions count in the period they fall due: a review due in ")
                .append("the period counts there even if it was held before it, and one held early but due after the period ")
                .append("counts in a later one. Snapshot indicators (children looked after, children waiting) are taken on ")
                .append("the period's last day.\n")
                .append("- **From a rule.** Where a rule judges the same thing, the indicator counts that rule's findings, one ")
                .append("per occasion, by due date: met is in the numerator and the denominator, not met in the denominator, ")
                .append("not yet due is not counted. So the indicator and the rule cannot disagree.\n")
                .append("- **From a measure.** Durations and counts no rule judges are declared with one of the measures below ")
                .append("and its settings.\n")
                .append("- **Not judged.** Each indicator says how many cases had something it counts that could not be judged: ")
                .append("a rule that could not tell (or failed), an occasion with no due date (the date it runs from is not ")
                .append("recorded, so it cannot be placed in any period), or a fact the measure needs missing from the record. ")
                .append("Those cases are left out of the numerator and the denominator, never counted as met or not met. ")
                .append("Where the source does not hold what the indicator needs at all (an Annex A workbook holds only the ")
                .append("latest visit, for example), the cases are counted as not held, and an indicator with nothing judged ")
                .append("and every such case not held shows \"not held\" instead of a value. A rate is never shown over ")
                .append("nothing: with nothing judged the value is \"none judged\".\n")
                .append("- **Partial histories.** A source that holds a collection only from a day on (a census or return ")
                .append("year, the months an Annex A list covers) says so, and the measures never take what may lie before ")
                .append("that day to be absent: a referral with none earlier is judged only when the whole 12 months before ")
                .append("it are held; a child's first child protection plan there may follow an earlier one; a child with ")
                .append("fewer than three placements when placements are held only from a day inside the period, a spell in ")
                .append("care that shows from the first day held (it may have begun earlier: stability, A1, A10), and an ")
                .append("adoptive placement with none held before it are all counted as not held. A collection the source ")
                .append("does not hold at all (referrals in an SSDA903 return) makes every case not held for the indicators ")
                .append("that count it.\n")
                .append("- **Sources that cannot say.** A case with nothing to count may still belong to what an indicator ")
                .append("counts when its source holds none of what would show it: an SSDA903 return has no section 47 ")
                .append("enquiries or conferences, so a child in it may have had an initial conference the return does not ")
                .append("show; a Children in Need census has no looked-after reviews or placements. Each indicator names the ")
                .append("collections that show who it counts (`needs` in its declaration); a case whose source holds none of ")
                .append("them, nor every legal status, is counted as not held, so that such an indicator from such a source ")
                .append("reads \"not held\", never \"none judged\".\n")
                .append("- **Shown as** a percentage (numerator out of denominator, one decimal place), an average of days ")
                .append("(the numerator is the total days, the denominator the children) or a number (the numerator; the ")
                .append("denominator is shown for context; with nothing counted and some cases not judged it is \"not held\" ")
                .append("or \"none judged\", never 0).\n")
                .append("- **Teams** are the case's allocated team; a case with none is under \"not recorded\".\n\n")
                .append("## Adding an indicator\n\n")
                .append("Add an entry to `src/main/resources/uk/practicecheck/indicator/indicators.yaml` (the fields are ")
                .append("described at the top of the file). An indicator counted from a rule needs no Java: `from: {rule: ")
                .append("RULE-ID}`. Otherwise name one of the measures below with its settings. Quote inspectors' figures ")
                .append("verbatim from `seeds/reports` (a test finds each quote there). Then run ")
                .append("`java -jar target/practice-check.jar indicators docs` to regenerate this page.\n\n")
                .append("## Measures\n\n")
                .append("| Measure | Settings | Counts |\n| --- | --- | --- |\n")
                .append("| `re-referral` | `within` (e.g. 12 months) | referrals received in the period; numerator: those received within `within` after an earlier referral (on an earlier day) of the same child |\n")
                .append("| `repeat-plan` | none | child protection plans (unbroken periods under child protection) starting in the period; numerator: those for a child with an earlier plan |\n")
                .append("| `plan-duration` | `atLeast` (e.g. 2 years) | child protection plans ending in the period; numerator: those that ended on or after the same date `atLeast` after they started |\n")
                .append("| `placement-count` | `atLeast` (e.g. 3) | children looked after on the period's last day; numerator: those with at least `atLeast` placements lasting into the period, short breaks left out |\n")
                .append("| `placement-stability` | `lookedAfterFor`, `samePlacementFor`, `under` | children under `under` on the period's last day, looked after then and continuously for `lookedAfterFor`; numerator: those in the same placement for `samePlacementFor` (an adoptive placement counts with the one before it) |\n")
                .append("| `adoption-time` | `starts`: entering care or placement order; `ends`: placed for adoption, matched, or moved in with the adopters as carers | children adopted in the period (by the adoption order date); numerator: the total days between the two points (no placement order: left out; matched before the order: 0 days) |\n")
                .append("| `awaiting-allocation` | none | children whose latest referral by the period's last day needed a social worker; numerator: those with none allocated by then and the case not closed since |\n\n")
                .append("## The indicators\n\n")
                .append("| Indicator | Shown as | From | Inspectors' figures |\n| --- | --- | --- | --- |\n");
        for (IndicatorDefinition d : catalogue.definitions()) {
            md.append("| [").append(cell(d.title())).append("](#").append(d.id()).append(") | ")
                    .append(shownAs(d)).append(" | ").append(cell(d.basis())).append(" | ")
                    .append(d.figures().size()).append(" |\n");
        }
        for (IndicatorDefinition d : catalogue.definitions()) {
            md.append("\n### ").append(d.id()).append("\n\n**").append(d.title()).append("**\n\n")
                    .append("- Shown as: ").append(shownAs(d)).append('\n')
                    .append("- Numerator: ").append(d.numerator()).append('\n')
                    .append("- Denominator: ").append(d.denominator()).append('\n')
                    .append("- Period: ").append(d.period()).append('\n')
                    .append("- From: ").append(d.rule() != null ? "the rule `" + d.rule() + "` (see [rules.md](rules.md#"
                            + d.rule().replace(".", "") + "))" : d.basis()).append('\n')
                    .append("- Source: ").append(d.source()).append('\n')
                    .append("- Not judged: ").append(d.notJudged()).append("\n\n");
            if (d.figures().isEmpty()) {
                md.append("The reports give no figure for this indicator.\n");
                continue;
            }
            md.append("| Report | Dated | Period | Figure | Their words |\n| --- | --- | --- | --- | --- |\n");
            for (InspectorsFigure f : d.figures()) {
                md.append("| ").append(cell(f.label())).append(" (`").append(f.report().file()).append("`) | ")
                        .append(f.report().date()).append(" | ").append(cell(f.period())).append(" | ")
                        .append(IndicatorTexts.value(d.shownAs(), f.value())).append(" | \"").append(cell(f.words())).append('"')
                        .append(f.note() == null ? "" : " — " + cell(f.note())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String shownAs(IndicatorDefinition d) {
        return switch (d.shownAs()) {
            case PERCENTAGE -> "percentage of " + d.counts();
            case DAYS -> "average days, over " + d.counts();
            case NUMBER -> "number of " + d.counts();
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
