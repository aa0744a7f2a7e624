package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.layout.LayoutMemo.Size;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;

/**
 * Puts pinned children exactly where the user pinned them and moves each unpinned sibling that would overlap
 * something down, below what it hits, until it overlaps nothing. Pins left of or above the content area (inside
 * the padding or the header band) are clamped to its edge so that containment still holds.
 */
final class PinResolver {
    private PinResolver() {
    }

    /** Updates {@code positions} in place; returns the ids whose position changed. */
    static Set<ElementId> resolve(Map<ElementId, Point> positions, Map<ElementId, Size> sizes,
                                  Map<ElementId, Position> pinned, Point contentOrigin, double gap) {
        Set<ElementId> moved = new HashSet<>();
        List<Box> placed = new ArrayList<>();
        for (Map.Entry<ElementId, Position> pin : pinned.entrySet()) {
            ElementId id = pin.getKey();
            Point at = clamp(pin.getValue(), contentOrigin);
            if (!at.equals(positions.get(id))) {
                moved.add(id);
            }
            positions.put(id, at);
            Size s = sizes.get(id);
            placed.add(new Box(at.x(), at.y(), s.width(), s.height()));
        }
        List<ElementId> free = new ArrayList<>();
        for (ElementId id : positions.keySet()) {
            if (!pinned.containsKey(id)) {
                free.add(id);
            }
        }
        free.sort(Comparator.comparingDouble((ElementId id) -> positions.get(id).y()).thenComparingDouble(id -> positions.get(id).x()));
        for (ElementId id : free) {
            Point p = positions.get(id);
            Size s = sizes.get(id);
            Box b = new Box(p.x(), p.y(), s.width(), s.height());
            Box hit = firstHit(b, placed, gap / 2);
            while (hit != null) {
                double below = hit.maxY() + gap;
                if (!(below > b.y())) {
                    // at coordinates so large that adding the gap changes nothing, moving down would never end
                    break;
                }
                b = new Box(b.x(), below, b.width(), b.height());
                hit = firstHit(b, placed, gap / 2);
            }
            if (b.y() != p.y()) {
                positions.put(id, new Point(b.x(), b.y()));
                moved.add(id);
            }
            placed.add(b);
        }
        return moved;
    }

    static Point clamp(Position pin, Point contentOrigin) {
        return new Point(Math.max(pin.x(), contentOrigin.x()), Math.max(pin.y(), contentOrigin.y()));
    }

    private static Box firstHit(Box b, List<Box> placed, double margin) {
        Box grown = new Box(b.x() - margin, b.y() - margin, b.width() + 2 * margin, b.height() + 2 * margin);
        Box lowest = null;
        for (Box o : placed) {
            if (grown.intersects(o) && (lowest == null || o.maxY() > lowest.maxY())) {
                lowest = o;
            }
        }
        return lowest;
    }
}
