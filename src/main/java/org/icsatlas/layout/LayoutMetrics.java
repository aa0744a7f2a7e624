package org.icsatlas.layout;

import java.util.List;
import org.icsatlas.model.FootprintLevel;

/**
 * The numbers that size and space a diagram: font sizes (in diagram units, 1 unit = 1 px at zoom 1 = 0.75 pt),
 * paddings and gaps. The layout sizes boxes from these; canvas and exporters draw text with the same font sizes and
 * wrap names with {@link #nodeLines(String)} so that every name fits its box.
 *
 * @param fontSize          element names
 * @param headerFontSize    footprint names in the header band (bold)
 * @param labelFontSize     edge labels (a member's role, a delegation's scope)
 * @param lineSpacing       line height as a multiple of the font size
 * @param nodePaddingX      space left and right of a name inside its box
 * @param nodePaddingY      space above and below a name inside its box (and in a header band)
 * @param minNodeWidth      narrowest element box
 * @param maxTextWidth      names wrap at this width
 * @param footprintPadding  space between a footprint's border (or header band) and its children
 * @param spacing           gap between sibling boxes
 * @param aspectRatio       width / height a footprint's contents aim at
 */
public record LayoutMetrics(double fontSize, double headerFontSize, double labelFontSize, double lineSpacing,
                            double nodePaddingX, double nodePaddingY, double minNodeWidth, double maxTextWidth,
                            double footprintPadding, double spacing, double aspectRatio) {

    public static final LayoutMetrics DEFAULT = new LayoutMetrics(12, 13, 10, 1.25, 10, 6, 110, 160, 16, 24, 1.6);

    /** The same metrics aiming child footprints at another width / height ratio (e.g. the window's). */
    public LayoutMetrics withAspectRatio(double ratio) {
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("an aspect ratio must be a positive number, not " + ratio);
        }
        return new LayoutMetrics(fontSize, headerFontSize, labelFontSize, lineSpacing, nodePaddingX, nodePaddingY,
                minNodeWidth, maxTextWidth, footprintPadding, spacing, ratio);
    }

    public TextMetrics nameText() {
        return new TextMetrics(fontSize, false);
    }

    public TextMetrics headerText() {
        return new TextMetrics(headerFontSize, true);
    }

    /**
     * The size a footprint's name is drawn at in its header band (bold): wider levels larger, so nesting reads on a
     * projector, and never taller than the band allows. The layout measures titles at exactly this size.
     */
    public double headerFontSize(FootprintLevel level) {
        double wanted = switch (level) {
            case REGION -> 20;
            case SYSTEM -> 18;
            case PLACE -> 15;
            case NEIGHBOURHOOD -> 12.5;
        };
        return Math.min(wanted, headerHeight() * TITLE_SHARE_OF_BAND);
    }

    /** The largest share of the header band's height a title's font size may take. */
    private static final double TITLE_SHARE_OF_BAND = 0.7;

    /** The metrics of a footprint title at {@link #headerFontSize(FootprintLevel)}. */
    public TextMetrics headerText(FootprintLevel level) {
        return new TextMetrics(headerFontSize(level), true);
    }

    /** Where a footprint's title starts, from the footprint's left edge: after the disclosure triangle. */
    public double titleInset() {
        return footprintPadding * 0.6 + disclosureSize() + 7;
    }

    /** The side of the disclosure triangle in a header band. */
    public double disclosureSize() {
        return Math.max(6, headerHeight() * 0.28);
    }

    public TextMetrics labelText() {
        return new TextMetrics(labelFontSize, false);
    }

    /** The text of a member list inside a body's box ({@link ListedBox}): the size of edge labels, regular. */
    public TextMetrics memberText() {
        return new TextMetrics(labelFontSize, false);
    }

    /** The distance between the lines of a member list. */
    public double memberLineHeight() {
        return labelFontSize * lineSpacing;
    }

    public double lineHeight() {
        return fontSize * lineSpacing;
    }

    /** The height of a footprint's header band (one line of its name). */
    public double headerHeight() {
        return headerFontSize * lineSpacing + 2 * nodePaddingY;
    }

    /** An element's name broken into the lines drawn in its box. */
    public List<String> nodeLines(String name) {
        return nameText().wrap(name, maxTextWidth);
    }

    /** The width of an element box for {@code name}. */
    public double nodeWidth(String name) {
        return nodeWidth(nodeLines(name));
    }

    /** The height of an element box for {@code name}. */
    public double nodeHeight(String name) {
        return nodeHeight(nodeLines(name));
    }

    /** The width of an element box holding these lines. */
    public double nodeWidth(List<String> lines) {
        return Math.max(minNodeWidth, Math.ceil(nameText().width(lines) + 2 * nodePaddingX));
    }

    /** The height of an element box holding these lines. */
    public double nodeHeight(List<String> lines) {
        return Math.ceil(lines.size() * lineHeight() + 2 * nodePaddingY);
    }

    /** The width and height of an edge label; zero for an empty text. */
    public double labelWidth(String text) {
        return text.isEmpty() ? 0 : Math.ceil(labelText().width(text) + 4);
    }

    public double labelHeight(String text) {
        return text.isEmpty() ? 0 : Math.ceil(labelFontSize * lineSpacing);
    }

    /** The narrowest a footprint may be so that its name fits in the header band. */
    public double headerWidth(String name) {
        return Math.ceil(headerText().width(name) + 2 * footprintPadding);
    }

    /** The narrowest a footprint of {@code level} may be so that its title, as drawn, fits in the header band. */
    public double headerWidth(String name, FootprintLevel level) {
        return Math.ceil(titleInset() + headerText(level).width(name) + footprintPadding / 2);
    }

    /** The box of a collapsed footprint: its name in the header band and one line below for the hidden count. */
    public double collapsedWidth(String name) {
        return Math.max(minNodeWidth, headerWidth(name));
    }

    /** The box of a collapsed footprint of {@code level}: its title as drawn fits in the band. */
    public double collapsedWidth(String name, FootprintLevel level) {
        return Math.max(minNodeWidth, headerWidth(name, level));
    }

    public double collapsedHeight() {
        return Math.ceil(headerHeight() + lineHeight() + nodePaddingY);
    }
}
