package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.layout.LayoutMemo.Arrangement;
import org.icsatlas.layout.LayoutMemo.Size;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;

/**
 * Arranges the children of one footprint: its elements as a block at the top (computed by {@link ElementBlocks}),
 * its child footprints packed in rows below (rows kept from the previous layout, so a footprint that
 * grows pushes only the siblings after it in its row and the rows below), then the pinned children at their pinned
 * positions with any colliding sibling moved down.
 */
final class FootprintArranger {
    private final LayoutMetrics metrics;

    FootprintArranger(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * What to arrange. {@code header} is 0 and {@code padding} 0 for the virtual container of the top level. With
     * {@code riseUnderBlock} the first row of child footprints rises into the room under the block's shorter parts
     * instead of starting below its tallest one (a board paper's view, whose boxes differ most in height).
     */
    record Input(ElementBlock.Key blockKey, ElementBlock block, List<ElementId> footprints, Map<ElementId, Size> sizes, Set<ElementId> collapsed,
                 Map<ElementId, Position> pinned, double header, double padding, double minWidth, double gap,
                 Arrangement previous, boolean touched, boolean riseUnderBlock) {
        Input(ElementBlock.Key blockKey, ElementBlock block, List<ElementId> footprints, Map<ElementId, Size> sizes,
              Set<ElementId> collapsed, Map<ElementId, Position> pinned, double header, double padding, double minWidth,
              double gap, Arrangement previous, boolean touched) {
            this(blockKey, block, footprints, sizes, collapsed, pinned, header, padding, minWidth, gap, previous, touched, false);
        }
    }

    /** Child top-left corners relative to the footprint, its size, and whether ELK's edge routes still hold. */
    record Result(Map<ElementId, Point> positions, double width, double height, Point blockOrigin, boolean blockIntact,
                  Arrangement arrangement) {
    }

    Result arrange(Input in) {
        Arrangement prev = in.previous();
        ElementBlock block = in.block();
        Point origin = new Point(in.padding(), in.header() + in.padding());
        Map<ElementId, Point> positions = new LinkedHashMap<>();
        List<Box> occupied = new ArrayList<>();
        for (ElementBlock.Node n : in.blockKey().nodes()) {
            Point p = block.positions().get(n.id());
            positions.put(n.id(), new Point(origin.x() + p.x(), origin.y() + p.y()));
        }
        if (block.width() > 0) {
            occupied.add(new Box(origin.x(), origin.y(), block.width(), block.height()));
        }

        Map<ElementId, Size> slots = slots(in, prev);
        double targetWidth = targetWidth(in, block, slots);
        List<List<ElementId>> rows = rows(in, prev, slots, targetWidth);
        double y = origin.y() + (block.height() > 0 && !rows.isEmpty() ? block.height() + in.gap() : 0);
        if (in.riseUnderBlock() && block.height() > 0 && !rows.isEmpty()) {
            y = origin.y() + blockBottomOver(in, rowWidth(rows.get(0), slots, in.gap())) + in.gap();
        }
        for (List<ElementId> row : rows) {
            double x = origin.x();
            double rowHeight = 0;
            for (ElementId c : row) {
                Size s = slots.get(c);
                positions.put(c, new Point(x, y));
                occupied.add(new Box(x, y, s.width(), s.height()));
                x += s.width() + in.gap();
                rowHeight = Math.max(rowHeight, s.height());
            }
            y += rowHeight + in.gap();
        }

        boolean intact = true;
        if (!in.pinned().isEmpty()) {
            Map<ElementId, Size> boxSizes = new HashMap<>(in.sizes());
            for (ElementBlock.Node n : in.blockKey().nodes()) {
                boxSizes.put(n.id(), new Size(n.width(), n.height()));
            }
            Set<ElementId> moved = PinResolver.resolve(positions, boxSizes, in.pinned(), origin, in.gap());
            for (ElementBlock.Node n : in.blockKey().nodes()) {
                intact &= !moved.contains(n.id());
            }
            for (ElementId id : positions.keySet()) {
                Point p = positions.get(id);
                Size s = boxSizes.get(id);
                occupied.add(new Box(p.x(), p.y(), s.width(), s.height()));
            }
        }
        double maxX = origin.x();
        double maxY = origin.y();
        for (Box b : occupied) {
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        double width = Math.max(in.minWidth(), maxX + in.padding());
        double height = Math.max(in.header() + 2 * in.padding() + metrics.lineHeight(), maxY + in.padding());
        Arrangement next = new Arrangement(in.blockKey(), block, rows, Map.copyOf(slots));
        return new Result(positions, width, height, origin, intact, next);
    }

    /**
     * How far down the block reaches over its first {@code width} units (from its left edge), a gap's width beside
     * them included: the lowest box, line or label there. A row that wide can start just below it.
     */
    private static double blockBottomOver(Input in, double width) {
        ElementBlock block = in.block();
        double left = -in.gap();
        double right = width + in.gap();
        double bottom = 0;
        for (ElementBlock.Node n : in.blockKey().nodes()) {
            Point p = block.positions().get(n.id());
            if (p != null && p.x() < right && p.x() + n.width() > left) {
                bottom = Math.max(bottom, p.y() + n.height());
            }
        }
        for (ElementBlock.Edge e : in.blockKey().edges()) {
            List<Point> route = block.routes().getOrDefault(e.relation(), List.of());
            for (Point p : route) {
                if (p.x() < right && p.x() > left) {
                    bottom = Math.max(bottom, p.y());
                }
            }
            Point c = block.labels().get(e.relation());
            if (c != null && c.x() - e.labelWidth() / 2 < right && c.x() + e.labelWidth() / 2 > left) {
                bottom = Math.max(bottom, c.y() + e.labelHeight() / 2);
            }
        }
        return Math.min(bottom, block.height());
    }

    /**
     * The room each child footprint takes. A collapsed footprint keeps the slot it had while expanded, so that
     * collapsing it moves nothing else; laying out its parent again (touching it) gives the room back.
     */
    private static Map<ElementId, Size> slots(Input in, Arrangement prev) {
        Map<ElementId, Size> slots = new LinkedHashMap<>();
        for (ElementId c : in.footprints()) {
            Size s = in.sizes().get(c);
            Size old = prev == null ? null : prev.slots().get(c);
            if (old != null && in.collapsed().contains(c) && !in.touched()) {
                s = new Size(Math.max(s.width(), old.width()), Math.max(s.height(), old.height()));
            }
            slots.put(c, s);
        }
        return slots;
    }

    /**
     * The row width to pack fresh children into: of all the ways to break the children (in model order) into rows,
     * the one whose footprint shows largest in a frame of the target aspect ratio (the window's, or 16:10), except
     * that one row wins whenever it shows at least {@value #ONE_ROW_PREFERENCE} as large: places side by side read
     * best, but not at the price of smaller text (at 0.8, South Yorkshire's five places in one row drew the whole
     * diagram at 85 % of the size that two rows give on a 1600 x 1000 window).
     */
    private double targetWidth(Input in, ElementBlock block, Map<ElementId, Size> slots) {
        List<Size> sizes = new ArrayList<>(slots.values());
        if (sizes.isEmpty()) {
            return block.width();
        }
        double widest = 0;
        for (Size s : sizes) {
            widest = Math.max(widest, s.width());
        }
        double bestWidth = widest;
        double bestScore = -1;
        double oneRow = -in.gap();
        for (Size s : sizes) {
            oneRow += s.width() + in.gap();
            double limit = Math.max(oneRow, Math.max(widest, block.width()));
            double score = score(in, block, sizes, limit);
            if (score > bestScore) {
                bestScore = score;
                bestWidth = limit;
            }
        }
        double oneRowLimit = Math.max(oneRow, block.width());
        return score(in, block, sizes, oneRowLimit) >= ONE_ROW_PREFERENCE * bestScore ? oneRowLimit : bestWidth;
    }

    private static final double ONE_ROW_PREFERENCE = 0.9;

    /** How large the footprint shows when packed into rows of at most {@code limit} wide and fitted into a 16:10 frame. */
    private double score(Input in, ElementBlock block, List<Size> sizes, double limit) {
        double width = block.width();
        double height = block.height();
        double rowWidth = Double.POSITIVE_INFINITY;
        double rowHeight = 0;
        for (Size s : sizes) {
            if (rowWidth + in.gap() + s.width() > limit) {
                height += rowHeight + in.gap();
                rowWidth = s.width();
                rowHeight = s.height();
            } else {
                rowWidth += in.gap() + s.width();
                rowHeight = Math.max(rowHeight, s.height());
            }
            width = Math.max(width, rowWidth);
        }
        height += rowHeight;
        width = Math.max(in.minWidth(), width + 2 * in.padding());
        height += in.header() + 2 * in.padding();
        return Math.min(metrics.aspectRatio() / width, 1 / height);
    }

    /** The previous rows minus the children that left, plus new children appended; fresh shelves when nothing is kept. */
    private static List<List<ElementId>> rows(Input in, Arrangement prev, Map<ElementId, Size> slots, double targetWidth) {
        List<List<ElementId>> rows = new ArrayList<>();
        Set<ElementId> placed = new HashSet<>();
        if (prev != null) {
            for (List<ElementId> old : prev.rows()) {
                List<ElementId> row = new ArrayList<>();
                for (ElementId c : old) {
                    if (slots.containsKey(c)) {
                        row.add(c);
                        placed.add(c);
                    }
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
        }
        double lastWidth = rows.isEmpty() ? Double.POSITIVE_INFINITY : rowWidth(rows.get(rows.size() - 1), slots, in.gap());
        for (ElementId c : in.footprints()) {
            if (placed.contains(c)) {
                continue;
            }
            double w = slots.get(c).width();
            if (rows.isEmpty() || lastWidth + in.gap() + w > targetWidth) {
                rows.add(new ArrayList<>());
                lastWidth = w;
            } else {
                lastWidth += in.gap() + w;
            }
            rows.get(rows.size() - 1).add(c);
        }
        List<List<ElementId>> frozen = new ArrayList<>();
        for (List<ElementId> r : rows) {
            frozen.add(List.copyOf(r));
        }
        return List.copyOf(frozen);
    }

    private static double rowWidth(List<ElementId> row, Map<ElementId, Size> slots, double gap) {
        double w = -gap;
        for (ElementId c : row) {
            w += slots.get(c).width() + gap;
        }
        return w;
    }
}
