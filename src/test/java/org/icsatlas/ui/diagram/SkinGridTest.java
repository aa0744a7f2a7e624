package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Checks the grid's queries against brute force over random skins and areas, including skins and areas outside
 * the extent the grid was made for and skins moved or removed after filing.
 */
@ExtendWith(ApplicationExtension.class)
class SkinGridTest {
    private static final StyleTable STYLES = StyleTable.standard();
    private static final FxTokens TOKENS = new FxTokens(STYLES);

    private static SkinNode skin(int i, double x, double y, double w, double h) {
        Relation r = Relation.of("r" + i, RelationKind.REPORTS_TO, "a", "b");
        EdgeLayout route = new EdgeLayout(r.id(), ElementId.of("a"), ElementId.of("b"),
                List.of(new Point(x, y), new Point(x + w, y + h)), null);
        return new EdgeSkin(route, r, STYLES.relation(r.kind()), TOKENS, 9);
    }

    /** Mostly small boxes, some as large as the extent, some reaching outside it. */
    private static Box randomBox(Random random, double scale) {
        double x = random.nextDouble() * 1.4 * scale - 0.2 * scale;
        double y = random.nextDouble() * 1.4 * scale - 0.2 * scale;
        double w = random.nextInt(5) == 0 ? random.nextDouble() * scale : random.nextDouble() * scale / 30;
        double h = random.nextInt(5) == 0 ? random.nextDouble() * scale : random.nextDouble() * scale / 30;
        return new Box(x, y, w, h);
    }

    /** A viewport-like area: from a few cells to most of the extent. */
    private static Box randomArea(Random random, double scale) {
        double w = scale * (0.05 + random.nextDouble() * 0.6);
        double h = w * 0.63;
        return new Box(random.nextDouble() * 1.2 * scale - 0.3 * scale, random.nextDouble() * 1.2 * scale - 0.3 * scale, w, h);
    }

    private static Map<SkinNode, Integer> visits(SkinGrid grid, Box was, Box now) {
        Map<SkinNode, Integer> seen = new IdentityHashMap<>();
        grid.forEachChanged(was, now, s -> seen.merge(s, 1, Integer::sum));
        return seen;
    }

    @Test
    void queriesFindEverySkinTheyMustAndEachOnlyOnce() {
        Random random = new Random(11);
        for (int round = 0; round < 12; round++) {
            double scale = 2000 + random.nextDouble() * 20000;
            List<SkinNode> skins = new ArrayList<>();
            int n = 50 + random.nextInt(3000);
            SkinGrid grid = SkinGrid.covering(new Box(0, 0, scale, scale * 0.6), n);
            for (int i = 0; i < n; i++) {
                Box b = randomBox(random, scale);
                SkinNode s = skin(i, b.x(), b.y(), b.width(), b.height());
                skins.add(s);
                grid.put(s);
            }
            // move some, remove some
            for (int i = 0; i < n / 5; i++) {
                SkinNode s = skins.get(random.nextInt(skins.size()));
                if (random.nextBoolean()) {
                    s.setBounds(randomBox(random, scale));
                    grid.put(s);
                } else {
                    grid.remove(s);
                    skins.remove(s);
                }
            }
            assertEquals(skins.size(), grid.size());
            for (int q = 0; q < 30; q++) {
                Box was = randomArea(random, scale);
                Box now = random.nextBoolean() ? randomArea(random, scale)
                        : new Box(was.x() + random.nextGaussian() * 100, was.y() + random.nextGaussian() * 100,
                                was.width() * (0.8 + random.nextDouble() * 0.4), was.height() * (0.8 + random.nextDouble() * 0.4));
                Map<SkinNode, Integer> changed = visits(grid, was, now);
                Map<SkinNode, Integer> near = new IdentityHashMap<>();
                grid.forEachNear(now, s -> near.merge(s, 1, Integer::sum));
                int overlapping = 0;
                for (SkinNode s : skins) {
                    boolean before = s.bounds().intersects(was);
                    boolean after = s.bounds().intersects(now);
                    if (before != after) {
                        assertTrue(changed.containsKey(s), "round " + round + ": " + s.bounds() + " changes between "
                                + was + " and " + now + " but was not visited");
                    }
                    if (after) {
                        overlapping++;
                        assertTrue(near.containsKey(s), s.bounds() + " overlaps " + now + " but was not found");
                    }
                }
                assertTrue(changed.values().stream().allMatch(k -> k == 1), "a skin visited twice");
                assertTrue(near.values().stream().allMatch(k -> k == 1), "a skin found twice");
                assertTrue(changed.keySet().stream().allMatch(skins::contains), "a removed skin was visited");
                assertEquals(overlapping, grid.count(now, Integer.MAX_VALUE));
                assertEquals(Math.min(overlapping, 10), grid.count(now, 10));
            }
        }
    }

    @Test
    void aStepBetweenNearbyAreasVisitsFewSkins() {
        Random random = new Random(5);
        double scale = 20000;
        List<SkinNode> skins = new ArrayList<>();
        SkinGrid grid = SkinGrid.covering(new Box(0, 0, scale, scale), 4000);
        for (int i = 0; i < 4000; i++) {
            SkinNode s = skin(i, random.nextDouble() * scale, random.nextDouble() * scale, 100, 40);
            skins.add(s);
            grid.put(s);
        }
        Box was = new Box(8000, 8000, 1800, 1200);
        Box now = new Box(8060, 8000, 1800, 1200);
        int visited = visits(grid, was, now).size();
        assertTrue(visited < skins.size() / 20, "visited " + visited + " of " + skins.size());
    }
}
