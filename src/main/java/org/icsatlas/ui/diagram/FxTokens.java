package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.FontWeight;
import org.icsatlas.layout.TextMetrics;
import org.icsatlas.render.style.StyleTable;
import org.icsatlas.render.style.Typography;

/** Turns the style table's tokens (hex strings, font family lists) into JavaFX paints and fonts, cached. */
final class FxTokens {
    private static final Map<String, Color> COLOURS = new ConcurrentHashMap<>();
    /** Font lookups are slow (a native font-file search each time): one lookup per size and weight. */
    private static final Map<Double, Font> REGULAR = new ConcurrentHashMap<>();
    private static final Map<Double, Font> BOLD = new ConcurrentHashMap<>();
    private static final Map<Double, Double> LINE_HEIGHTS = new ConcurrentHashMap<>();
    private static volatile String family;
    private static volatile Double fit;

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
        return REGULAR.computeIfAbsent(size, s -> Font.font(family(table.typography()), s));
    }

    Font bold(double size) {
        return BOLD.computeIfAbsent(size, s -> Font.font(family(table.typography()), FontWeight.BOLD, s));
    }

    /** The natural line height of the regular font at {@code size}, measured once per size. */
    double lineHeight(double size) {
        return LINE_HEIGHTS.computeIfAbsent(size, s -> {
            Text probe = new Text("Ag");
            probe.setFont(font(s));
            return probe.getLayoutBounds().getHeight();
        });
    }

    /**
     * How much to scale text so that it fits the boxes the layout sized with Helvetica widths: 1 when the installed
     * family is no wider than the layout's estimate, less when it runs wider. Measured once.
     */
    double fit() {
        Double f = fit;
        if (f == null) {
            String sample = "Integrated Care Partnership Board and Wellbeing Committee 0123456789";
            Text probe = new Text(sample);
            probe.setFont(Font.font(family(table.typography()), 100));
            double estimate = new TextMetrics(100, false).width(sample);
            f = Math.min(1, estimate / probe.getLayoutBounds().getWidth());
            fit = f;
        }
        return f;
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
