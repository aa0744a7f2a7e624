package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Where the camera goes for the canvas's navigation commands: centre on an element (or the collapsed footprint
 * hiding it), fit the whole diagram, or fit a selection with the elements its lines reach.
 */
final class CameraTargets {
    private final ZoomPanController camera;
    private final DiagramDrawing drawing;
    private final Supplier<DiagramLayout> layout;
    private final Supplier<IcsModel> model;

    CameraTargets(ZoomPanController camera, DiagramDrawing drawing, Supplier<DiagramLayout> layout, Supplier<IcsModel> model) {
        this.camera = camera;
        this.drawing = drawing;
        this.layout = layout;
        this.model = model;
    }

    void centreOn(ElementId id) {
        visibleBox(id).ifPresent(b -> camera.centreOn(b.centreX(), b.centreY()));
    }

    void fitAll() {
        DiagramLayout l = layout.get();
        if (!l.footprints().isEmpty() || !l.nodes().isEmpty()) {
            camera.fit(l.bounds());
        }
    }

    /** Fits {@code selected} and the elements it is related to; nothing when it is null or not drawn. */
    void fitAround(ElementId selected) {
        if (selected == null) {
            return;
        }
        Optional<Box> own = visibleBox(selected);
        if (own.isEmpty()) {
            return;
        }
        Box b = own.get();
        for (EdgeSkin e : drawing.edgesAt(selected)) {
            for (ElementId end : List.of(e.edgeLayout().from(), e.edgeLayout().to())) {
                Optional<Box> other = layout.get().absolute(end);
                if (other.isPresent()) {
                    b = union(b, other.get());
                }
            }
        }
        camera.fit(b);
    }

    /** The box {@code id} is drawn as, or that of the nearest drawn footprint holding it. */
    private Optional<Box> visibleBox(ElementId id) {
        DiagramLayout l = layout.get();
        Optional<Box> b = l.absolute(id);
        IcsModel m = model.get();
        if (b.isPresent() || m == null) {
            return b;
        }
        for (ElementId a : m.ancestors(id)) {
            b = l.absolute(a);
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }
}
