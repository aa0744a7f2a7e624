package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.icsatlas.render.style.StyleTable;
import org.icsatlas.render.style.Typography;

/** Turns the style table's tokens (hex strings, font family lists) into JavaFX paints and fonts, cached. */
final class FxTokens {
    private static final Map<String, Color> COLOURS = new ConcurrentHashMap<>();
    private static volatile String family;

    private final StyleTable table;

    FxTokens(StyleTable table) {
        this.table = table;
    }

    StyleTable table() {
        return table;
    }

    static Color colour(String hex) {
        return COLOURS.computeIfAbsent(hex, Color::web);
    }

    Font font(double size) {
        return Font.font(family(table.typography()), size);
    }

    Font bold(double size) {
        return Font.font(family(table.typography()), FontWeight.BOLD, size);
    }

    /** The first family of the typography that is installed; JavaFX's default when none is. */
    static String family(Typography type) {
        String f = family;
        if (f == null) {
            List<String> installed = Font.getFamilies();
            f = type.families().stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
            family = f;
        }
        return f;
    }
}
