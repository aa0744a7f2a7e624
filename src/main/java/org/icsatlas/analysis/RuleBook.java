package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.icsatlas.model.IcsModel;

/** The set of rules the model is checked against, run together into one sorted list of findings. */
public final class RuleBook {
    private final List<Rule> rules;

    public RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of DESIGN.md section 1, "Rules the model checks". */
    public static RuleBook standard() {
        return new RuleBook(List.of(
                new AccountabilityCycleRule(),
                new MembershipOfNonBodyRule(),
                new FootprintNestingRule(),
                new ElementOutsideFootprintRule(),
                new UnaccountableBodyRule(),
                new ChairRule(),
                new IcbCompositionRule(),
                new IcpCompositionRule(),
                new TermsOfReferenceRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Runs every rule; findings come errors first, then by rule id, then by message. */
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(model));
        }
        out.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(Finding::message));
        return out;
    }
}
