package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of a body's box that lists its members: the name at the top (wrapped as every name is), a rule under
 * it, then one entry per member in the member text, an entry too wide for {@link #MAX_ENTRY_WIDTH} wrapped with its
 * further lines indented. The layout sizes the box from this and the drawing places its text from it, so the list
 * always fits. Positions are relative to the box's top-left corner. Immutable.
 *
 * @param nameLines  the name as drawn
 * @param entryLines each entry's lines, in list order
 * @param width      the box's width
 * @param height     the box's height
 */
public record ListedBox(LayoutMetrics metrics, List<String> nameLines, List<List<String>> entryLines, double width,
                        double height) {
    /** Entries wider than this (in diagram units) wrap onto further lines. */
    public static final double MAX_ENTRY_WIDTH = 250;
    /** How far an entry's further lines are indented. */
    public static final double CONTINUATION_INDENT = 8;
    /** Extra distance from the left and right sides, so entries clear a hexagon's points and rounded corners. */
    private static final double SIDE_CLEARANCE = 6;
    /** Extra room under the last entry for the status tag that rides on the bottom edge. */
    private static final double TAG_CLEARANCE = 6;

    public ListedBox {
        nameLines = List.copyOf(nameLines);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> e : entryLines) {
            copy.add(List.copyOf(e));
        }
        entryLines = List.copyOf(copy);
    }

    /** The box for {@code name} listing {@code list}, measured in the shipped font. */
    public static ListedBox of(LayoutMetrics metrics, String name, MemberList list) {
        List<String> nameLines = metrics.nodeLines(name);
        TextMetrics text = metrics.memberText();
        List<List<String>> entries = new ArrayList<>();
        double widest = 0;
        for (MemberList.Entry e : list.entries()) {
            List<String> lines = text.wrap(e.text(), MAX_ENTRY_WIDTH);
            entries.add(lines);
            for (int i = 0; i < lines.size(); i++) {
                widest = Math.max(widest, text.width(lines.get(i)) + (i == 0 ? 0 : CONTINUATION_INDENT));
            }
        }
        int lineCount = entries.stream().mapToInt(List::size).sum();
        double inset = sideInset(metrics);
        double width = Math.max(metrics.nodeWidth(nameLines), Math.ceil(widest + 2 * inset));
        double height = Math.ceil(2 * metrics.nodePaddingY() + nameLines.size() * metrics.lineHeight()
                + 2 * ruleGap(metrics) + lineCount * metrics.memberLineHeight() + TAG_CLEARANCE);
        return new ListedBox(metrics, nameLines, entries, width, height);
    }

    /** How far entries keep from the box's left and right sides. */
    public static double sideInset(LayoutMetrics metrics) {
        return metrics.nodePaddingX() + SIDE_CLEARANCE;
    }

    private static double ruleGap(LayoutMetrics metrics) {
        return metrics.nodePaddingY() * 0.75;
    }

    /** The vertical centre of the name block. */
    public double nameCentreY() {
        return metrics.nodePaddingY() + nameLines.size() * metrics.lineHeight() / 2;
    }

    /** Where the rule between the name and the list runs. */
    public double ruleY() {
        return metrics.nodePaddingY() + nameLines.size() * metrics.lineHeight() + ruleGap(metrics);
    }

    /** The top of the list's first line. */
    public double listTop() {
        return ruleY() + ruleGap(metrics);
    }

    /** How many lines the list takes, entries' further lines included. */
    public int listLineCount() {
        return entryLines.stream().mapToInt(List::size).sum();
    }
}
