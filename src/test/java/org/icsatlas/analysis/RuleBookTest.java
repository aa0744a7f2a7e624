package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    @Test
    void standardRegistersEveryRuleOfTheDesignOnceEach() {
        List<Rule> rules = RuleBook.standard().rules();
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        assertEquals(rules.size(), ids.size());
        assertEquals(Set.of(AccountabilityCycleRule.ID, UnaccountableBodyRule.ID, ChairRule.ID, MembershipOfNonBodyRule.ID,
                FootprintNestingRule.ID, ElementOutsideFootprintRule.ID, IcbCompositionRule.ID, IcpCompositionRule.ID,
                TermsOfReferenceRule.ID), ids);
    }

    @Test
    void findingsComeErrorsFirstAndEveryFindingCarriesItsRulesSeverity() {
        IcsModel model = new ModelBuilder()
                .element("a", BodyKind.COMMITTEE, "A")
                .element("b", BodyKind.COMMITTEE, "B")
                .relation(RelationKind.REPORTS_TO, "a", "b")
                .relation(RelationKind.REPORTS_TO, "b", "a")
                .build();
        List<Finding> findings = RuleBook.standard().check(model);
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(Severity.INFO, findings.get(findings.size() - 1).severity());
        for (Finding f : findings) {
            Rule rule = RuleBook.standard().rules().stream().filter(r -> r.id().equals(f.ruleId())).findFirst().orElseThrow();
            assertEquals(rule.severity(), f.severity());
        }
    }

    @Test
    void emptyModelAndFootprintsWithoutElementsGiveNoFindings() {
        assertEquals(List.of(), RuleBook.standard().check(new IcsModel()));
        assertEquals(List.of(), RuleBook.standard().check(new ModelBuilder().place("p", "Place").build()));
    }

    /** Random edit sequences through the model's own mutators; refused edits are skipped, as the model leaves no trace. */
    @Property(tries = 200)
    void rulesNeverThrowNorChangeAnyModelTheMutatorsCanBuild(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> script) {
        IcsModel model = new IcsModel();
        int n = 0;
        for (int step : script) {
            n++;
            try {
                apply(model, step, n);
            } catch (IllegalEditException | IllegalArgumentException refused) {
                // the model refused the edit and is unchanged; carry on with the next one
            }
        }
        ModelSnapshot before = model.snapshot();
        List<Finding> findings = RuleBook.standard().check(model);
        assertEquals(before, model.snapshot());
        Set<String> guardedByTheModel = Set.of(MembershipOfNonBodyRule.ID, FootprintNestingRule.ID, ElementOutsideFootprintRule.ID);
        for (Finding f : findings) {
            assertTrue(!guardedByTheModel.contains(f.ruleId()), "the model refuses what this rule looks for: " + f);
        }
    }

    private static void apply(IcsModel model, int step, int n) {
        List<Footprint> footprints = model.footprints();
        List<Element> elements = model.elements();
        switch (step % 5) {
            case 0 -> {
                FootprintLevel level = FootprintLevel.values()[(step / 5) % FootprintLevel.values().length];
                ElementId parent = footprints.isEmpty() || step % 3 == 0 ? null : footprints.get((step / 7) % footprints.size()).id();
                model.addFootprint(Footprint.of("f" + n, "Footprint " + n, level), parent, -1);
            }
            case 1, 2 -> {
                if (footprints.isEmpty()) {
                    return;
                }
                ElementType type = ElementType.values()[(step / 5) % 3];
                ElementKind[] kinds = ElementKind.values(type);
                model.addElement(Element.of("e" + n, kinds[(step / 11) % kinds.length], "Element " + n),
                        footprints.get((step / 13) % footprints.size()).id(), -1);
            }
            case 3 -> {
                if (elements.size() < 2) {
                    return;
                }
                RelationKind kind = RelationKind.values()[(step / 5) % RelationKind.values().length];
                String from = elements.get((step / 17) % elements.size()).id().value();
                String to = elements.get((step / 19) % elements.size()).id().value();
                model.addRelation(kind == RelationKind.MEMBER_OF
                        ? Relation.membership("r" + n, from, to, MemberRole.values()[step % MemberRole.values().length], null)
                        : Relation.of("r" + n, kind, from, to), -1);
            }
            default -> {
                if (!elements.isEmpty() && !footprints.isEmpty()) {
                    model.move(elements.get(step % elements.size()).id(), footprints.get((step / 23) % footprints.size()).id(), -1);
                }
            }
        }
    }
}
