package org.icsatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.dot.DotExporter;
import org.icsatlas.model.IcsModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-dot IN --out OUT}: writes a model as a Graphviz DOT file, footprints as nested clusters. */
@Command(name = "export-dot", mixinStandardHelpOptions = true,
        description = "Writes a model as Graphviz DOT (footprints as nested clusters); draw it with e.g. dot -Tsvg OUT.")
final class ExportDotCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the model to read (*.icsatlas.json)")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the DOT file to write")
    private Path out;

    @Override
    public Integer call() {
        try {
            IcsModel model = new AtlasJsonReader().importModel(in);
            new DotExporter().exportModel(model, out);
            spec.commandLine().getOut().println("wrote " + out + " (DOT; " + AtlasCommand.plural(model.footprintCount(), "cluster")
                    + ", " + AtlasCommand.plural(model.elementCount(), "node") + ", " + AtlasCommand.plural(model.relationCount(), "edge") + ")");
            return AtlasCommand.OK;
        } catch (ImportException | ExportException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }
}
