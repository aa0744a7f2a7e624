package org.icsatlas.io.graphml;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icsatlas.io.ImportException;

/**
 * Valid GraphML files, mutated (bytes flipped, cut short, markup spliced in): the importer either reads a model or
 * throws its own {@link ImportException}; nothing else escapes and nothing hangs.
 */
class GraphmlFuzzTest {
    private static final List<byte[]> VALID = List.of(
            GraphmlTesting.bytes("/io/graphml/foreign/yed-nested-groups.graphml"),
            GraphmlTesting.bytes("/io/graphml/foreign/gephi-export.graphml"),
            GraphmlTesting.bytes("/io/graphml/foreign/cytoscape-export.graphml"),
            ownExport());
    private static final List<String> SPLICES = List.of("<", ">", "&", "&amp", "\"", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
            "<graph>", "</graph>", "<node id=\"n0\"/>", "<node>", "<edge source=\"zz\" target=\"n0\"/>", "<data key=\"d7\">",
            "yfiles.foldertype=\"group\"", "<![CDATA[", "]]>", "\u00e9", "\uFFFF", "<?pi x?>", "<!--", "-->", "\u0000",
            "<key id=\"d7\" for=\"node\" yfiles.type=\"nodegraphics\"/>", "<data key=\"n_level\">PALCE</data>");

    private static byte[] ownExport() {
        try {
            return GraphmlTesting.export(GraphmlTesting.sample("bsw-wiltshire"), GraphmlFlavour.YED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One mutation: what, where (a fraction of the file) and which byte or splice. */
    record Mutation(int what, double where, int value) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void mutatedFilesOnlyEverFailWithTheImportersOwnError(@ForAll("mutations") List<Mutation> mutations,
                                                          @ForAll("file") int file) {
        byte[] bytes = VALID.get(file);
        for (Mutation m : mutations) {
            bytes = apply(bytes, m);
        }
        byte[] input = bytes;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                GraphmlTesting.read(input, "mutated.graphml");
            } catch (ImportException expected) {
                // The importer's own error is the one acceptable failure.
            }
        });
    }

    @Provide
    Arbitrary<Integer> file() {
        return Arbitraries.integers().between(0, VALID.size() - 1);
    }

    private static byte[] apply(byte[] b, Mutation m) {
        if (b.length == 0) {
            return SPLICES.get(m.value() % SPLICES.size()).getBytes(StandardCharsets.UTF_8);
        }
        int at = (int) Math.min(b.length - 1, Math.max(0, Math.round(m.where() * (b.length - 1))));
        return switch (m.what()) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] = (byte) m.value();
                yield c;
            }
            case 1 -> java.util.Arrays.copyOf(b, at);
            case 2 -> {
                byte[] splice = SPLICES.get(m.value() % SPLICES.size()).getBytes(StandardCharsets.UTF_8);
                byte[] c = new byte[b.length + splice.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(splice, 0, c, at, splice.length);
                System.arraycopy(b, at, c, at + splice.length, b.length - at);
                yield c;
            }
            default -> {
                int len = Math.min(b.length - at, 1 + m.value());
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                yield c;
            }
        };
    }
}
