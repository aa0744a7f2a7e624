package org.icsatlas.io;

import static org.icsatlas.io.NativeFormat.KIND_FIELDS;

import java.util.Arrays;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/**
 * Reads the optional {@code kinds} section of the native file: the body and organisation kinds the file declares
 * (id, type, label, the built-in kind it is based on and/or its own colour, a badge), into the model's
 * {@link org.icsatlas.model.KindCatalogue} before any element is read.
 */
final class KindSection {
    private KindSection() {
    }

    /** The file's own kinds, declared before any element can use them. */
    static void read(JsonRecord file, IcsModel model, String source) throws ImportException {
        for (JsonValue v : file.optionalArray("kinds")) {
            JsonRecord r = JsonRecord.of(v, "a declared kind", KIND_FIELDS, source);
            String name = r.requiredText("id");
            TextLocation idAt = r.valueAt("id");
            if (ElementKind.builtIn(name) != null) {
                throw r.error(idAt, "\"" + name + "\" is a built-in kind already; give the declared kind a name of its own");
            }
            if (model.kinds().declared(name) != null) {
                throw r.error(idAt, "the kind \"" + name + "\" is declared twice");
            }
            ElementType type = r.requiredEnum("type", ElementType.class, "element type");
            if (type == ElementType.PERSON) {
                throw r.error(r.valueAt("type"), "only BODY and ORGANISATION kinds can be declared");
            }
            String label = r.requiredName("label");
            ElementKind base = null;
            if (r.has("basedOn")) {
                String b = r.requiredText("basedOn");
                base = ElementKind.parse(type, b);
                if (base == null) {
                    throw r.error(r.valueAt("basedOn"), Vocabulary.unknown("built-in " + type.name().toLowerCase() + " kind", b,
                            Arrays.stream(ElementKind.values(type)).map(ElementKind::name).toList()));
                }
            }
            String colour = r.optionalText("colour");
            if (!colour.isEmpty() && !colour.matches("#[0-9A-Fa-f]{6}")) {
                throw r.error(r.valueAt("colour"), "\"colour\" must be a colour like #1f4e8c, but is " + Vocabulary.quote(colour));
            }
            if (base == null && colour.isEmpty()) {
                throw r.error(r.at(), "the declared kind \"" + name + "\" needs \"basedOn\" (a built-in kind whose shape and"
                        + " colour it takes) or \"colour\"");
            }
            String badge = r.optionalText("badge");
            ElementKind basedOn = base;
            try {
                model.declareKind(new DeclaredKind(name, type, label, basedOn, colour, badge));
            } catch (IllegalArgumentException | IllegalEditException e) {
                throw r.error(idAt, e.getMessage());
            }
        }
    }
}
