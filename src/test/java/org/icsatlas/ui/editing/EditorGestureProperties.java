package org.icsatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icsatlas.edit.ReconnectCommand;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Random sequences of gestures through the same {@link DiagramEditor} the canvas calls (create, move and reparent,
 * connect with a role, reconnect, change a line's kind, rename, nudge, delete, copy and paste, duplicate), some of
 * them refused by the model: undoing every step gives back the original model exactly, and redoing every step
 * gives the final model exactly.
 */
class EditorGestureProperties {
    /** One gesture, chosen by numbers so that it applies to whatever model the earlier gestures left. */
    record Gesture(int what, int a, int b, int c) {
    }

    @Provide
    Arbitrary<List<Gesture>> gestures() {
        Arbitrary<Gesture> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000)).as(Gesture::new);
        return one.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void undoAllGivesTheOriginalAndRedoAllTheFinalModel(@ForAll("gestures") List<Gesture> gestures) throws Exception {
        IcsModel model = new AtlasJsonReader().readSample("bsw-wiltshire");
        Document document = new Document(model);
        DiagramEditor editor = new DiagramEditor(document);
        ModelSnapshot original = model.snapshot();
        for (Gesture g : gestures) {
            apply(editor, model, g);
        }
        ModelSnapshot last = model.snapshot();
        int steps = document.history().undoSize();
        while (document.canUndo()) {
            document.undo();
        }
        assertEquals(original, model.snapshot());
        for (int i = 0; i < steps; i++) {
            document.redo();
        }
        assertEquals(last, model.snapshot());
    }

    private static void apply(DiagramEditor editor, IcsModel model, Gesture g) {
        List<Element> elements = model.elements();
        List<Footprint> footprints = model.footprints();
        List<Relation> relations = model.relations();
        Element e1 = elements.isEmpty() ? null : elements.get(g.a() % elements.size());
        Element e2 = elements.isEmpty() ? null : elements.get(g.b() % elements.size());
        Footprint f = footprints.get(g.b() % footprints.size());
        Relation r = relations.isEmpty() ? null : relations.get(g.c() % relations.size());
        Position at = new Position(10 + g.c() % 300, 30 + g.a() % 200);
        switch (g.what()) {
            case 0 -> {
                ElementType type = ElementType.values()[g.c() % 3];
                ElementKind[] kinds = ElementKind.values(type);
                editor.createElement(kinds[g.a() % kinds.length], "New " + g.a(), f.id(), at);
            }
            case 1 -> editor.createFootprint(FootprintLevel.values()[g.c() % 4], "Area " + g.a(), f.id(), at);
            case 2 -> {
                if (e1 != null) {
                    editor.move(e1.id(), f.id(), at);
                }
            }
            case 3 -> {
                Footprint moved = footprints.get(g.a() % footprints.size());
                editor.move(moved.id(), f.id(), at);
            }
            case 4 -> {
                if (e1 != null) {
                    List<RelationKind> kinds = editor.legalKinds(e1.id(), e2.id());
                    RelationKind k = kinds.isEmpty() ? RelationKind.MEMBER_OF : kinds.get(g.c() % kinds.size());
                    editor.connect(e1.id(), k, e2.id(), DiagramEditor.COMMON_ROLES.get(g.c() % 5), g.c() % 2 == 0);
                }
            }
            case 5 -> {
                if (r != null && e1 != null) {
                    editor.reconnect(r.id(), g.a() % 2 == 0 ? ReconnectCommand.End.SOURCE : ReconnectCommand.End.TARGET, e1.id());
                }
            }
            case 6 -> {
                if (r != null) {
                    editor.changeKind(r.id(), RelationKind.values()[g.a() % RelationKind.values().length]);
                }
            }
            case 7 -> {
                if (e1 != null) {
                    editor.rename(g.c() % 2 == 0 ? e1.id() : f.id(), g.c() % 7 == 0 ? " " : "Renamed " + g.a());
                }
            }
            case 8 -> {
                if (e1 != null) {
                    editor.nudge(List.of(e1.id(), e2.id()), g.a() % 21 - 10, g.b() % 21 - 10,
                            id -> java.util.Optional.of(new Position(g.c() % 100, 40)));
                }
            }
            case 9 -> {
                List<ElementId> chosen = new ArrayList<>();
                if (e1 != null) {
                    chosen.add(e1.id());
                }
                if (r != null && g.a() % 2 == 0) {
                    chosen.add(r.id());
                }
                if (g.c() % 5 == 0 && f != footprints.get(0)) {
                    chosen.add(f.id());
                }
                editor.delete(chosen);
            }
            case 10 -> {
                if (e1 != null) {
                    editor.copy(List.of(e1.id(), e2.id())).ifPresent(json -> editor.paste(json, f.id()));
                }
            }
            default -> {
                if (e1 != null) {
                    editor.duplicate(List.of(e1.id()));
                }
                if (r != null && r.kind() == RelationKind.MEMBER_OF) {
                    editor.setRole(r.id(), MemberRole.values()[g.a() % MemberRole.values().length]);
                }
            }
        }
    }
}
