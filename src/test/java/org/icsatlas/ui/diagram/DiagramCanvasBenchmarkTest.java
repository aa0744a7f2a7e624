package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** England-scale timings of the canvas: first draw, a pan (culling) and a one-footprint edit. Run with -Pbenchmark. */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasBenchmarkTest {
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(LayoutEngine.standard());
        stage.setScene(new Scene(canvas, 1200, 760));
        stage.show();
    }

    /** 42 systems of 5 places of 4 neighbourhoods: about 5,000 elements and 10,000 relations. */
    static IcsModel england() {
        IcsModel m = new IcsModel();
        int rel = 0;
        for (int s = 0; s < 42; s++) {
            ElementId sys = ElementId.of("s" + s);
            m.addFootprint(Footprint.of(sys.value(), "System " + s, FootprintLevel.SYSTEM), null, -1);
            String icb = "s" + s + "-icb";
            m.addElement(Element.of(icb, BodyKind.INTEGRATED_CARE_BOARD, "Integrated care board " + s), sys, -1);
            for (int p = 0; p < 5; p++) {
                String place = "s" + s + "p" + p;
                m.addFootprint(Footprint.of(place, "Place " + s + "." + p, FootprintLevel.PLACE), sys, -1);
                String alliance = place + "-alliance";
                m.addElement(Element.of(alliance, BodyKind.PLACE_PARTNERSHIP, "Place alliance " + s + "." + p), ElementId.of(place), -1);
                m.addElement(Element.of(place + "-la", OrganisationKind.LOCAL_AUTHORITY, "Council " + s + "." + p), ElementId.of(place), -1);
                m.addElement(Element.of(place + "-trust", OrganisationKind.ACUTE_TRUST, "Hospital trust " + s + "." + p), ElementId.of(place), -1);
                m.addRelation(Relation.of("r" + rel++, RelationKind.REPORTS_TO, alliance, icb), -1);
                m.addRelation(Relation.membership("r" + rel++, place + "-la", alliance, MemberRole.CHAIR, true), -1);
                m.addRelation(Relation.membership("r" + rel++, place + "-trust", alliance, MemberRole.MEMBER, true), -1);
                for (int n = 0; n < 4; n++) {
                    String hood = place + "n" + n;
                    m.addFootprint(Footprint.of(hood, "Neighbourhood " + s + "." + p + "." + n, FootprintLevel.NEIGHBOURHOOD), ElementId.of(place), -1);
                    m.addElement(Element.of(hood + "-pcn", OrganisationKind.PCN, "PCN " + n), ElementId.of(hood), -1);
                    m.addElement(Element.of(hood + "-group", BodyKind.DELIVERY_GROUP, "Neighbourhood group " + n), ElementId.of(hood), -1);
                    m.addElement(Element.of(hood + "-gp", OrganisationKind.GP_PRACTICE, "Practice " + n), ElementId.of(hood), -1);
                    m.addRelation(Relation.membership("r" + rel++, hood + "-pcn", hood + "-group", MemberRole.MEMBER, true), -1);
                    m.addRelation(Relation.membership("r" + rel++, hood + "-gp", hood + "-group", MemberRole.MEMBER, true), -1);
                    m.addRelation(Relation.of("r" + rel++, RelationKind.REPORTS_TO, hood + "-group", alliance), -1);
                }
            }
        }
        return m;
    }

    @Test
    void englandDrawsPansAndRedrawsQuickly(FxRobot robot) throws Exception {
        IcsModel model = england();
        long l0 = System.nanoTime();
        LayoutEngine.standard().layout(model.copy(), org.icsatlas.model.DiagramView.whole("v", "v"));
        long engineOnly = System.nanoTime() - l0;
        long t0 = System.nanoTime();
        robot.interact(() -> canvas.setModel(model, null));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !canvas.layoutProperty().get().nodes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        long firstDraw = System.nanoTime() - t0;

        long[] pan = new long[1];
        robot.interact(() -> canvas.zoomProperty().set(1));
        for (int i = 0; i < 20; i++) {
            ElementId place = ElementId.of("s" + i + "p1");
            long p0 = System.nanoTime();
            robot.interact(() -> canvas.centreOn(place));
            WaitForAsyncUtils.waitForFxEvents();
            pan[0] += (System.nanoTime() - p0) / 20;
        }
        DiagramLayout before = canvas.layoutProperty().get();
        long e0 = System.nanoTime();
        robot.interact(() -> model.addElement(Element.of("extra", BodyKind.COMMITTEE, "New committee"), ElementId.of("s3p2"), -1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> canvas.layoutProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        long edit = System.nanoTime() - e0;
        System.out.printf("England: %d elements, %d relations; engine alone %d ms; first layout+draw %d ms;"
                        + " pan to a new place (cull, build text, render) %.1f ms; one-footprint edit %d ms%n",
                model.elementCount(), model.relationCount(), engineOnly / 1_000_000, firstDraw / 1_000_000, pan[0] / 1e6,
                edit / 1_000_000);
        assertTrue(canvas.layoutProperty().get().absolute(ElementId.of("extra")).isPresent());
    }
}
