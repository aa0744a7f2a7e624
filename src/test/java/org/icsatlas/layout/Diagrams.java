package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;

/** The models the picture-quality tests look at: both bundled samples and the generated M model, with their layouts. */
final class Diagrams {
    /** A model and its fresh layout, named for failure messages. */
    record Laid(String name, IcsModel model, DiagramLayout layout) {
    }

    private Diagrams() {
    }

    static IcsModel sample(String name) {
        try {
            return new AtlasJsonReader().readSample(name);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * South Yorkshire and Bassetlaw as the sample stood before issue 10 made it truer to its document (fewer people, no
     * neighbourhoods): the fixture of the layout tests whose expectations were tuned on it, kept so they keep testing
     * the same picture while the sample grows.
     */
    static IcsModel frozenSouthYorkshire() {
        try {
            return new AtlasJsonReader().readResource("/layout/syb-2021-before-issue-10.icsatlas.json");
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    static DiagramView firstView(IcsModel m) {
        return m.views().isEmpty() ? DiagramView.whole("v", "Whole") : m.views().get(0);
    }

    static List<Laid> all() {
        List<Laid> out = new ArrayList<>();
        LayoutEngine engine = LayoutEngine.standard();
        for (String s : List.of("south-yorkshire-bassetlaw", "bsw-wiltshire")) {
            IcsModel m = sample(s);
            out.add(new Laid(s, m, engine.layout(m, firstView(m))));
        }
        IcsModel mm = SyntheticIcs.generate(SyntheticIcs.Scale.M, 7);
        out.add(new Laid("M", mm, engine.layout(mm, DiagramView.whole("v", "Whole"))));
        return out;
    }
}
