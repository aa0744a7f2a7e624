package org.icsatlas.io.register;

import java.util.Arrays;
import java.util.List;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;

/**
 * The one place the register's kind matcher takes its list of kinds from. The built-in catalogue lists the model's
 * kinds; a file that declares its own kinds supplies a catalogue that adds them.
 */
@FunctionalInterface
public interface KindCatalogue {
    /** The kinds an element of {@code type} may have, in legend order. */
    List<ElementKind> kinds(ElementType type);

    /** The kinds built into the model. */
    static KindCatalogue builtIn() {
        return type -> Arrays.asList(ElementKind.values(type));
    }
}
