package org.icsatlas.ui.editing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.icsatlas.edit.ModelFragment;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * The clipboard's text for a copied part of a model: the native file format of a {@link ModelFragment}, so a copy
 * can be pasted into another window (or read by anything that reads the format).
 */
final class ClipboardJson {
    private ClipboardJson() {
    }

    static String write(IcsModel fragment) {
        try {
            return new String(new AtlasJsonWriter().toBytes(fragment), StandardCharsets.UTF_8);
        } catch (ExportException e) {
            throw new IllegalStateException("a copied part could not be written: " + e.getMessage(), e);
        }
    }

    /** Reads clipboard text; throws {@link IllegalArgumentException} with a one-line reason if it is not a copied part. */
    static IcsModel read(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("the clipboard holds nothing to paste");
        }
        IcsModel m;
        try {
            m = new AtlasJsonReader().importModel(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "clipboard");
        } catch (ImportException e) {
            throw new IllegalArgumentException("the clipboard does not hold a copied part of a model: " + e.getMessage());
        }
        if (!m.isFootprint(ElementId.of(ModelFragment.ROOT_ID)) || m.roots().size() != 1) {
            throw new IllegalArgumentException("the clipboard holds a whole model, not a copied part; open it instead");
        }
        return m;
    }
}
