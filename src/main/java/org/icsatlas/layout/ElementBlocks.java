package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.icsatlas.model.ElementId;

/**
 * Computes the element blocks of many footprints: a block whose key is unchanged since the previous layout is
 * reused; small blocks are placed directly; the rest go to ELK, in parallel on the common fork-join pool, since
 * footprints are independent. This is where a full layout spends most of its time.
 */
final class ElementBlocks {
    private final ElkBlockLayouter elk;
    private final SmallBlockLayouter small;

    ElementBlocks(LayoutMetrics metrics) {
        this.elk = new ElkBlockLayouter(metrics);
        this.small = new SmallBlockLayouter(metrics);
    }

    /**
     * The block of every footprint in {@code keys}; {@code previous} maps footprints to their last block and key.
     * Progress goes from {@code 0} to {@code share}.
     */
    Map<ElementId, ElementBlock> compute(Map<ElementId, ElementBlock.Key> keys, Map<ElementId, LayoutMemo.Arrangement> previous,
                                         LayoutMonitor monitor, double share) {
        Map<ElementId, ElementBlock> out = new ConcurrentHashMap<>();
        List<ElementId> todo = new ArrayList<>();
        for (Map.Entry<ElementId, ElementBlock.Key> e : keys.entrySet()) {
            LayoutMemo.Arrangement old = previous == null ? null : previous.get(e.getKey());
            ElementBlock.Key key = e.getValue();
            if (old != null && key.equals(old.blockKey())) {
                out.put(e.getKey(), old.block());
            } else if (key.nodes().isEmpty()) {
                out.put(e.getKey(), ElementBlock.EMPTY);
            } else if (SmallBlockLayouter.handles(key)) {
                out.put(e.getKey(), small.layout(key));
            } else {
                todo.add(e.getKey());
            }
        }
        AtomicInteger done = new AtomicInteger();
        try {
            todo.parallelStream().forEach(fp -> {
                monitor.checkCancelled();
                out.put(fp, elk.layout(keys.get(fp), monitor));
                monitor.report(share * done.incrementAndGet() / todo.size());
            });
        } catch (CancellationException e) {
            // the fork-join pool may hand back a copy from another thread: give the caller a fresh, plain one
            throw new CancellationException("layout cancelled");
        }
        return out;
    }
}
