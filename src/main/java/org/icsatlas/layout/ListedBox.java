package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of a body's box that lists its members: the name at the top (wrapped as every name is), a rule under
 * it, then one entry per member in the member text, an entry too wide for {@link #MAX_ENTRY_WIDTH} wrapped with its
 * further lines indented. A long list flows down into several columns (see {@link #LIST_ASPECT}),
 * so a board of thirty members makes a wide box rather than a tower that shrinks the whole page. The layout sizes
 * the box from this and the drawing places its text from it, so the list always fits. Positions are relative to
 * the box's top-left corner. Immutable.
 *
 * @param metrics   what the box was measured with
 * @param nameLines the name as drawn
 * @param lines     every line of the list, placed
 * @param ruleY     where the rule between the name and the list runs
 * @param width     the box's width
 * @param height    the box's height
 */
public record ListedBox(LayoutMetrics metrics, List<String> nameLines, List<Line> lines, double ruleY, double width,
                        double height) {
    /**
     * Entries wider than this (in diagram units) wrap onto further lines: about the width of a trust's name, so that
     * a board's list makes columns narrow enough for a page's row of boards (220 made SYB's row a third wider).
     */
    public static final double MAX_ENTRY_WIDTH = 170;
    /** How far an entry's further lines are indented. */
    public static final double CONTINUATION_INDENT = 8;
    /** The width / height a long list's columns aim at, at least: square, so a board of forty stays two columns. */
    public static final double LIST_ASPECT = 1.0;
    /** The most columns a list takes. */
    public static final int MAX_COLUMNS = 4;
    /** The gap between columns. */
    private static final double COLUMN_GAP = 14;
    /** Extra distance from the left and right sides, so entries clear a hexagon's points and rounded corners. */
    private static final double SIDE_CLEARANCE = 6;
    /** Extra room under the last entry for the status tag that rides on the bottom edge. */
    private static final double TAG_CLEARANCE = 7;

    /** One line of the list: its text, where it starts and the height it is centred on. */
    public record Line(String text, double x, double centreY, double width) {
    }

    public ListedBox {
        nameLines = List.copyOf(nameLines);
        lines = List.copyOf(lines);
    }

    /** The box for {@code name} listing {@code list}, measured in the shipped font. */
    public static ListedBox of(LayoutMetrics metrics, String name, MemberList list) {
        List<String> nameLines = metrics.nodeLines(name);
        TextMetrics text = metrics.memberText();
        List<List<String>> entries = new ArrayList<>();
        for (MemberList.Entry e : list.entries()) {
            entries.add(text.wrap(e.text(), MAX_ENTRY_WIDTH));
        }
        int lineCount = entries.stream().mapToInt(List::size).sum();
        double widest = 0;
        for (List<String> e : entries) {
            widest = Math.max(widest, text.width(e));
        }
        int columns = columns(lineCount, widest, metrics.memberLineHeight());
        int perColumn = (int) Math.ceil(lineCount / (double) columns);
        while (columnsUsed(entries, perColumn) > columns) {
            perColumn++; // an entry is never split between columns, so wrapped ones can push the flow into one more
        }
        double inset = sideInset(metrics);
        double gap = metrics.nodePaddingY() * 0.75;
        double ruleY = metrics.nodePaddingY() + nameLines.size() * metrics.lineHeight() + gap;
        double top = ruleY + gap;
        double lineHeight = metrics.memberLineHeight();

        List<Line> placed = new ArrayList<>();
        List<Line> column = new ArrayList<>();
        double x = inset;
        int row = 0;
        int rows = 0;
        for (List<String> entry : entries) {
            if (row > 0 && row + entry.size() > perColumn && placed.size() + column.size() < lineCount) {
                x += columnWidth(column) + COLUMN_GAP;
                placed.addAll(column);
                column.clear();
                row = 0;
            }
            for (int i = 0; i < entry.size(); i++) {
                double indent = i == 0 ? 0 : CONTINUATION_INDENT;
                column.add(new Line(entry.get(i), x + indent, top + (row + 0.5) * lineHeight, indent + text.width(entry.get(i))));
                row++;
            }
            rows = Math.max(rows, row);
        }
        double right = x + columnWidth(column);
        placed.addAll(column);
        // the name keeps the entries' distance from the sides too: a hexagon's points come in at the top
        double nameWidth = Math.ceil(metrics.nameText().width(nameLines) + 2 * inset);
        double width = Math.max(Math.max(metrics.nodeWidth(nameLines), nameWidth), Math.ceil(right + inset));
        double height = Math.ceil(top + rows * lineHeight + metrics.nodePaddingY() + TAG_CLEARANCE);
        return new ListedBox(metrics, nameLines, placed, ruleY, width, height);
    }

    /**
     * The fewest columns (at most {@link #MAX_COLUMNS}) that make the list at least {@link #LIST_ASPECT} times as
     * wide as it is tall: a short list stays one column, a long one becomes a block that sits well on a landscape
     * page.
     */
    private static int columns(int lineCount, double widest, double lineHeight) {
        for (int c = 1; c < MAX_COLUMNS; c++) {
            double rows = Math.ceil(lineCount / (double) c);
            if (c * (widest + COLUMN_GAP) >= LIST_ASPECT * rows * lineHeight) {
                return c;
            }
        }
        return MAX_COLUMNS;
    }

    /** How many columns the entries flow into at {@code perColumn} lines a column, no entry split between two. */
    private static int columnsUsed(List<List<String>> entries, int perColumn) {
        int used = 1;
        int row = 0;
        for (List<String> entry : entries) {
            if (row > 0 && row + entry.size() > perColumn) {
                used++;
                row = 0;
            }
            row += entry.size();
        }
        return used;
    }

    private static double columnWidth(List<Line> column) {
        double w = 0;
        for (Line l : column) {
            w = Math.max(w, l.width() + (l.x() - column.get(0).x()));
        }
        return w;
    }

    /** How far entries keep from the box's left and right sides. */
    public static double sideInset(LayoutMetrics metrics) {
        return metrics.nodePaddingX() + SIDE_CLEARANCE;
    }

    /** The vertical centre of the name block. */
    public double nameCentreY() {
        return metrics.nodePaddingY() + nameLines.size() * metrics.lineHeight() / 2;
    }
}
