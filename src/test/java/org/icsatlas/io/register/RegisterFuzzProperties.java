package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.icsatlas.model.IcsModel;

/**
 * Mutated and truncated registers (CSV files and workbooks made from a sample): reading and planning them ends in
 * a result or in the importer's own {@link RegisterException}, never another exception, and never hangs.
 */
class RegisterFuzzProperties {
    private static Path valid;
    private static IcsModel sample;

    @BeforeContainer
    static void exportSample() throws Exception {
        sample = RegisterRoundTripTest.sample("bsw-wiltshire");
        valid = Files.createTempDirectory("register-fuzz");
        new RegisterExporter().export(sample, valid.resolve("csv"));
        new RegisterExporter().export(sample, valid.resolve("bsw.xlsx"));
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int at = r.nextInt(b.length);
                byte[] junk = {'"', ',', '\n', (byte) 0xC3, '=', ';', '\r', (byte) 0x92};
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = junk[r.nextInt(junk.length)];
                System.arraycopy(b, at, out, at + 1, b.length - at);
                b = out;
            }
            default -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(64));
                System.arraycopy(b, from, b, r.nextInt(b.length - len + 1), len);
            }
        }
        return b;
    }

    private static void readAndPlan(Path source) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                new ImportPlanner().plan(sample, new RegisterReader().read(RegisterSource.of(source))).result();
            } catch (RegisterException expected) {
                // the only failure allowed
            }
        });
    }

    @Property(tries = 150)
    void mutatedCsvFilesFailOnlyAsRegisterErrors(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory(valid, "csv");
        for (String table : new String[] {"bodies", "organisations", "memberships", "relations", "footprints"}) {
            byte[] bytes = Files.readAllBytes(valid.resolve("csv").resolve(table + ".csv"));
            Files.write(dir.resolve(table + ".csv"), r.nextInt(3) == 0 ? mutate(bytes, r) : bytes);
        }
        readAndPlan(dir);
    }

    @Property(tries = 40)
    void mutatedWorkbooksFailOnlyAsRegisterErrors(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        Path f = Files.createTempFile(valid, "book", ".xlsx");
        Files.write(f, mutate(Files.readAllBytes(valid.resolve("bsw.xlsx")), r));
        readAndPlan(f);
    }
}
