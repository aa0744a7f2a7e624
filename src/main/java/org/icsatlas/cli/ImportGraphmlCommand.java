package org.icsatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.graphml.GraphmlImport;
import org.icsatlas.io.graphml.GraphmlImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-graphml IN --out OUT.icsatlas.json}: reads GraphML from yEd, Gephi, Cytoscape or ICS Atlas and writes
 * a native model. What was guessed or left out is listed on stderr; anything left out makes the exit code 2 (the
 * rest is still written, so the user can look at it), a file that cannot be read at all writes nothing.
 */
@Command(name = "import-graphml", mixinStandardHelpOptions = true,
        description = "Reads GraphML (yEd groups become footprints; Gephi and Cytoscape files are flat) and writes an ICS Atlas model.")
final class ImportGraphmlCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the GraphML file to read")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the model to write (*.icsatlas.json)")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            GraphmlImport result = new GraphmlImporter().read(in);
            result.notes().forEach(err::println);
            new AtlasJsonWriter().exportModel(result.model(), out);
            spec.commandLine().getOut().println("wrote " + out + " (" + AtlasCommand.plural(result.model().footprintCount(), "footprint")
                    + ", " + AtlasCommand.plural(result.model().elementCount(), "element") + ", "
                    + AtlasCommand.plural(result.model().relationCount(), "relation") + ")");
            if (result.leftOut() > 0) {
                err.println(AtlasCommand.plural(result.leftOut(), "edge") + " of " + in + " could not be kept (listed above);"
                        + " everything else was written to " + out);
                return AtlasCommand.BAD_INPUT;
            }
            return AtlasCommand.OK;
        } catch (ImportException | ExportException e) {
            err.println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }
}
