package uk.practicecheck.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/** The compiled rules, with each rule's metadata keyed by its DRL rule name. */
public final class RuleBook {
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;

    RuleBook(KieBase kieBase, Map<String, RuleInfo> rulesByName) {
        this.kieBase = kieBase;
        this.rulesByName = Map.copyOf(rulesByName);
    }

    KieBase kieBase() {
        return kieBase;
    }

    Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    /** The rules, ordered by id. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    public Optional<RuleInfo> rule(String id) {
        return rulesByName.values().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
