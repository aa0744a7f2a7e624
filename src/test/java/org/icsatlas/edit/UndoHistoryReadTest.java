package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

/**
 * Another thread reading through {@link UndoHistory#read} sees the model between two edits, never half-way through
 * one: every step here adds a body and its reporting line together (one composite command), so a copy taken in the
 * middle of a step would hold one more body than lines.
 */
class UndoHistoryReadTest {
    @Test
    void copiesTakenWhileEditsRunAreAlwaysWholeSteps() throws Exception {
        IcsModel model = new IcsModel();
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        model.addElement(Element.of("board", BodyKind.COMMITTEE, "Board"), ElementId.of("sys"), -1);
        UndoHistory history = new UndoHistory(model, 10_000);

        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Integer> sizes = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                while (editing.get()) {
                    IcsModel copy = history.read(IcsModel::copy);
                    assertEquals(copy.elementCount() - 1, copy.relationCount(), "a copy holds whole steps only");
                    sizes.add(copy.elementCount());
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "reader");
        reader.start();
        for (int i = 0; i < 3000; i++) {
            String id = "c" + i;
            history.execute(CompositeCommand.of("Add " + id,
                    new AddElementCommand(Element.of(id, BodyKind.COMMITTEE, "Committee " + i), ElementId.of("sys")),
                    new ConnectCommand(Relation.of("r" + i, RelationKind.REPORTS_TO, id, "board"))));
            if (i % 5 == 4) {
                history.undo();
                history.redo();
            }
        }
        editing.set(false);
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError("the reader saw a half-done edit", failure.get());
        }
        assertTrue(sizes.size() > 3, "the reader copied while the edits ran: " + sizes.size() + " copies");
        assertEquals(3001, model.elementCount());
    }
}
