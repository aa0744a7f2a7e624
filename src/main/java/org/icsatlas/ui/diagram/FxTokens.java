package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.FontWeight;
import java.io.IOException;
import java.io.InputStream;
import org.icsatlas.layout.ShippedFont;
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
     * How much to scale text so that it fits the boxes the layout sized: 1, since the screen draws with the shipped
     * font the layout measured with; less only if that font could not be loaded and a wider one stands in.
     */
    double fit() {
        Double f = fit;
        if (f == null) {
            String sample = "Integrated Care Partnership Board and Wellbeing Committee 0123456789";
            Text probe = new Text(sample);
            probe.setFont(Font.font(family(table.typography()), 100));
            double measured = new TextMetrics(100, false).width(sample);
            f = Math.min(1, measured / probe.getLayoutBounds().getWidth());
            fit = f;
        }
        return f;
    }

    /**
     * The shipped font's family, loaded from the jar on first use (regular and bold), so the screen draws in the
     * font the layout measures with and the exports embed; the typography's first installed family if it cannot be.
     */
    static String family(Typography type) {
        String f = family;
        if (f == null) {
            for (ShippedFont face : ShippedFont.values()) {
                try (InputStream in = face.open()) {
                    Font.loadFont(in, 12);
                } catch (IOException | RuntimeException e) {
                    // fall back to an installed family below
                }
            }
            List<String> installed = Font.getFamilies();
            f = type.families().stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
            family = f;
        }
        return f;
    }
}
