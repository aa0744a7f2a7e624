package org.icsatlas.ui.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.edit.CompositeCommand;
import org.icsatlas.edit.RenameCommand;
import org.icsatlas.edit.SetModelInfoCommand;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;

/**
 * The process {@link AutosaveCrashRecoveryTest} kills: opens the synthetic M model, then edits it as fast as it can
 * on one thread (the "UI thread"), each edit one undo step that renames an element and records its number in the
 * model's title, with the real {@link Autosaver} writing a copy after every edit. Prints {@code ready} after the
 * first copy is on disk and {@code written N} after each copy of edit N.
 *
 * <p>Arguments: the recovery folder.
 */
public final class AutosaveCrashDrill {
    static final String TITLE = "Crash drill, edit ";

    private AutosaveCrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.M, 7);
        UndoHistory history = new UndoHistory(model);
        RecoveryStore store = new RecoveryStore(dir, ProcessHandle.current().pid());
        Path original = dir.resolveSibling("drill.icsatlas.json");
        int[] edit = {0};
        Autosaver autosaver = new Autosaver(store, new AutosavePolicy(Duration.ofSeconds(30), 1),
                () -> new Autosaver.Capture(model.snapshot(), RecoveryOrigin.ofFile(original, model.info().title())),
                new Autosaver.Listener() {
                    private boolean first = true;

                    @Override
                    public void written(Autosaver.Capture capture, Path copy, long snapshotNanos) {
                        if (first) {
                            System.out.println("ready");
                            first = false;
                        }
                        System.out.println("written " + capture.snapshot().info().title().substring(TITLE.length()));
                        System.out.flush();
                    }

                    @Override
                    public void failed(String message) {
                        System.out.println("failed " + message);
                        System.out.flush();
                    }
                });
        List<Element> elements = model.elements();
        Random random = new Random(ProcessHandle.current().pid());
        while (true) {
            edit[0]++;
            Element target = elements.get(random.nextInt(elements.size()));
            history.execute(CompositeCommand.of("Drill edit " + edit[0],
                    new SetModelInfoCommand(new ModelInfo(TITLE + edit[0], "", "")),
                    new RenameCommand(target.id(), target.name() + " #" + edit[0])));
            autosaver.edited();
            Thread.sleep(2);
        }
    }
}
