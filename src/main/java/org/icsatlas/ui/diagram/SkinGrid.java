package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.icsatlas.layout.Box;

/**
 * A uniform grid over the diagram that files every skin of one layer under each cell its bounds touch, so the culler
 * can find the skins near a part of the diagram without walking all of them. The outermost rows and columns reach
 * to infinity, so a skin outside the extent the grid was made for (after an edit grew the diagram) is still found;
 * such skins merely crowd the border cells until the grid is rebuilt.
 *
 * <p>Each skin remembers the cells it is filed under, so moving or removing it touches only those cells. All
 * methods run on the FX thread.
 */
final class SkinGrid {
    /** Aim for this many skins per cell: fewer cells cost memory and long edge lists, more cost visits. */
    private static final int SKINS_PER_CELL = 8;
    private static final int MAX_CELLS_PER_SIDE = 256;
    private static final double MIN_CELL = 64;

    /** Stamps a query's visits so a skin filed under several cells is handed out once; shared by all grids. */
    private static int visits;

    private final Box extent;
    private final double x0;
    private final double y0;
    private final double cell;
    private final int cols;
    private final int rows;
    private final List<List<SkinNode>> cells;
    private int size;

    private SkinGrid(Box extent, double cell) {
        this.extent = extent;
        this.x0 = extent.x();
        this.y0 = extent.y();
        this.cell = cell;
        this.cols = Math.max(1, (int) Math.ceil(extent.width() / cell));
        this.rows = Math.max(1, (int) Math.ceil(extent.height() / cell));
        this.cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            cells.add(null);
        }
    }

    /** An empty grid for about {@code skins} skins spread over {@code extent} (the layout's bounds). */
    static SkinGrid covering(Box extent, int skins) {
        double w = Math.max(1, extent.width());
        double h = Math.max(1, extent.height());
        int wanted = Math.max(1, skins / SKINS_PER_CELL);
        double cell = Math.max(MIN_CELL, Math.sqrt(w * h / wanted));
        cell = Math.max(cell, Math.max(w, h) / MAX_CELLS_PER_SIDE);
        return new SkinGrid(new Box(extent.x(), extent.y(), w, h), cell);
    }

    /** Whether {@code bounds} lies inside the extent this grid was made for (else it is time for a new grid). */
    boolean covers(Box bounds) {
        return extent.contains(bounds);
    }

    int size() {
        return size;
    }

    /** Files {@code s} under the cells its current bounds touch, moving it if it was filed elsewhere. */
    void put(SkinNode s) {
        Box b = s.bounds();
        int c0 = col(b.x());
        int c1 = col(b.maxX());
        int r0 = row(b.y());
        int r1 = row(b.maxY());
        if (s.grid == this) {
            if (s.gridCol0 == c0 && s.gridCol1 == c1 && s.gridRow0 == r0 && s.gridRow1 == r1) {
                return;
            }
            remove(s);
        }
        s.grid = this;
        s.gridCol0 = c0;
        s.gridCol1 = c1;
        s.gridRow0 = r0;
        s.gridRow1 = r1;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * cols + c;
                List<SkinNode> list = cells.get(i);
                if (list == null) {
                    list = new ArrayList<>(4);
                    cells.set(i, list);
                }
                list.add(s);
            }
        }
        size++;
    }

    /** Takes {@code s} out of the grid; does nothing if it is not filed here. */
    void remove(SkinNode s) {
        if (s.grid != this) {
            return;
        }
        for (int r = s.gridRow0; r <= s.gridRow1; r++) {
            for (int c = s.gridCol0; c <= s.gridCol1; c++) {
                List<SkinNode> list = cells.get(r * cols + c);
                if (list != null) {
                    list.remove(s);
                }
            }
        }
        s.grid = null;
        size--;
    }

    /** Hands every skin filed under a cell that {@code area} touches to {@code visitor}, each once. */
    void forEachNear(Box area, Consumer<SkinNode> visitor) {
        int stamp = ++visits;
        for (int r = row(area.y()); r <= row(area.maxY()); r++) {
            for (int c = col(area.x()); c <= col(area.maxX()); c++) {
                visitCell(r * cols + c, stamp, visitor);
            }
        }
    }

    /**
     * Hands {@code visitor} every skin whose overlap with the area may differ between {@code was} and {@code now}:
     * the skins of each cell touched by either area, except the cells lying wholly inside both, whose skins overlap
     * both areas. A skin that overlaps one area and not the other has a point in that area alone, and the cell
     * holding that point is not inside both, so it is visited. Each skin is handed over once.
     */
    void forEachChanged(Box was, Box now, Consumer<SkinNode> visitor) {
        int stamp = ++visits;
        int nc0 = col(now.x());
        int nc1 = col(now.maxX());
        int nr0 = row(now.y());
        int nr1 = row(now.maxY());
        for (int r = nr0; r <= nr1; r++) {
            for (int c = nc0; c <= nc1; c++) {
                if (!cellInside(c, r, now) || !cellInside(c, r, was)) {
                    visitCell(r * cols + c, stamp, visitor);
                }
            }
        }
        for (int r = row(was.y()); r <= row(was.maxY()); r++) {
            for (int c = col(was.x()); c <= col(was.maxX()); c++) {
                if (r < nr0 || r > nr1 || c < nc0 || c > nc1) {
                    visitCell(r * cols + c, stamp, visitor);
                }
            }
        }
    }

    /** How many skins filed near {@code area} overlap it, counting no further than {@code limit}. */
    int count(Box area, int limit) {
        int stamp = ++visits;
        int n = 0;
        for (int r = row(area.y()); r <= row(area.maxY()); r++) {
            for (int c = col(area.x()); c <= col(area.maxX()); c++) {
                List<SkinNode> list = cells.get(r * cols + c);
                if (list == null) {
                    continue;
                }
                for (SkinNode s : list) {
                    if (s.gridVisit != stamp) {
                        s.gridVisit = stamp;
                        if (s.bounds().intersects(area) && ++n >= limit) {
                            return n;
                        }
                    }
                }
            }
        }
        return n;
    }

    private void visitCell(int index, int stamp, Consumer<SkinNode> visitor) {
        List<SkinNode> list = cells.get(index);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            SkinNode s = list.get(i);
            if (s.gridVisit != stamp) {
                s.gridVisit = stamp;
                visitor.accept(s);
            }
        }
    }

    /** Whether cell (c, r), with the border cells reaching to infinity, lies strictly inside {@code box}. */
    private boolean cellInside(int c, int r, Box box) {
        if (c == 0 || r == 0 || c == cols - 1 || r == rows - 1) {
            return false;
        }
        double minX = x0 + c * cell;
        double minY = y0 + r * cell;
        return minX > box.x() && minX + cell < box.maxX() && minY > box.y() && minY + cell < box.maxY();
    }

    private int col(double x) {
        return clamp((int) Math.floor((x - x0) / cell), cols);
    }

    private int row(double y) {
        return clamp((int) Math.floor((y - y0) / cell), rows);
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
