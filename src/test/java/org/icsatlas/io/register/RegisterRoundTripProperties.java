package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.icsatlas.model.IcsModel;

/** Random awkward models survive native → register → native, as CSV files and as a workbook. */
class RegisterRoundTripProperties {

    private static void roundTrip(IcsModel original, String target) throws Exception {
        Path dir = Files.createTempDirectory("register");
        try {
            Path out = dir.resolve(target);
            new RegisterExporter().export(original, out);
            ImportPlan plan = new ImportPlanner().plan(new IcsModel(), new RegisterReader().read(RegisterSource.of(out)));
            assertEquals(List.of(), plan.rejected());
            ModelContent.assertSameContent(original, plan.result());
            ImportPlan again = new ImportPlanner().plan(original, new RegisterReader().read(RegisterSource.of(out)));
            assertTrue(again.isEmpty(), () -> "re-import changes " + again.added() + again.changed() + again.removals());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 80)
    void randomModelsSurviveACsvRegister(@ForAll long seed) throws Exception {
        roundTrip(RandomRegisterModels.model(seed), "register");
    }

    @Property(tries = 25)
    void randomModelsSurviveAWorkbook(@ForAll long seed) throws Exception {
        roundTrip(RandomRegisterModels.model(seed), "register.xlsx");
    }
}
