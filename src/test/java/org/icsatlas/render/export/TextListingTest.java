package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class TextListingTest {
    private final IcsModel bsw = sample("bsw-wiltshire");

    private String listing(DiagramView v, ExportFormat f) throws Exception {
        DiagramLayout l = layout(bsw, v);
        return new String(export(bsw, v, l, new ExportRequest(f, PageSetup.of(PageSize.FIT, TitleBlock.titled("BSW")), 150, false,
                ExportScope.wholeView())), StandardCharsets.UTF_8);
    }

    @Test
    void csvHasARowPerDrawnBodyWithChairMembersAndReportingLine() throws Exception {
        DiagramView v = bsw.views().get(0);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(listing(v, ExportFormat.CSV))).getRecords();
        long bodies = layout(bsw, v).nodes().keySet().stream().filter(id -> bsw.element(id).orElseThrow().isBody()).count();
        assertEquals(bodies, rows.size());
        CSVRecord icb = rows.stream().filter(r -> r.get("body").equals("BSW ICB Board")).findFirst().orElseThrow();
        assertEquals("Stephanie Elsy", icb.get("chair"));
        assertTrue(icb.get("members").contains("Sue Harriman (chief executive)"), icb.get("members"));
        CSVRecord exec = rows.stream().filter(r -> r.get("body").equals("BSW Partnership Executive")).findFirst().orElseThrow();
        assertEquals("BSW Partnership", exec.get("reports to"));
    }

    @Test
    void markdownHasASectionPerBodyAndLeavesOutRelationKindsTheViewHides() throws Exception {
        DiagramView v = bsw.views().get(0).withRelationKindShown(RelationKind.MEMBER_OF, false);
        String md = listing(v, ExportFormat.MD);
        assertTrue(md.startsWith("# BSW\n"), md);
        assertTrue(md.contains("\n## BSW ICB Board\n"), md);
        assertFalse(md.contains("Sue Harriman (chief executive)"), "memberships are hidden in this view");
        assertTrue(md.contains("- Reports to: BSW Partnership"), md);
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertEquals("a \\*b\\* &lt;script&gt; \\| c", TextListing.md("a *b* <script> | c"));
    }
}
