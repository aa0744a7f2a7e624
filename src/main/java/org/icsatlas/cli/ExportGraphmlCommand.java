package org.icsatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.graphml.GraphmlExporter;
import org.icsatlas.io.graphml.GraphmlFlavour;
import org.icsatlas.model.IcsModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-graphml IN --out OUT [--flavour yed|flat]}: writes a model as GraphML for yEd, or flat for Gephi and Cytoscape. */
@Command(name = "export-graphml", mixinStandardHelpOptions = true,
        description = "Writes a model as GraphML: for yEd (places as groups, laid out and styled as in the app) or flat for Gephi and Cytoscape.")
final class ExportGraphmlCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the model to read (*.icsatlas.json)")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the GraphML file to write")
    private Path out;

    @Option(names = "--flavour", paramLabel = "yed|flat", defaultValue = "yed",
            description = "yed (default): nested groups with yEd graphics; flat: one flat graph with the parent as data")
    private String flavour;

    @Override
    public Integer call() {
        GraphmlFlavour f = GraphmlFlavour.parse(flavour);
        if (f == null) {
            spec.commandLine().getErr().println("ics-atlas export-graphml: unknown flavour \"" + flavour + "\"; use yed or flat");
            spec.commandLine().usage(spec.commandLine().getErr());
            return AtlasCommand.BAD_INPUT;
        }
        try {
            IcsModel model = new AtlasJsonReader().importModel(in);
            GraphmlExporter exporter = f == GraphmlFlavour.YED ? GraphmlExporter.yed(StyleTableLook.standard(model.kinds())) : GraphmlExporter.flat();
            exporter.exportModel(model, out);
            spec.commandLine().getOut().println("wrote " + out + " (GraphML, " + f.name().toLowerCase() + "; "
                    + AtlasCommand.plural(model.footprintCount(), "footprint") + ", "
                    + AtlasCommand.plural(model.elementCount(), "element") + ", "
                    + AtlasCommand.plural(model.relationCount(), "relation") + ")");
            return AtlasCommand.OK;
        } catch (ImportException | ExportException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }
}
