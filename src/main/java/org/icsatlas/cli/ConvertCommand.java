package org.icsatlas.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.model.IcsModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT}: reads a native file and writes it back in canonical form (atomically; {@code -} for
 * standard output). Tidies hand-edited files so that later saves diff cleanly.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Reads a model and writes it in canonical form. OUT may be the same file as IN, or - for standard output.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the model to read (*.icsatlas.json)")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write it (*.icsatlas.json, or -)")
    private String out;

    @Override
    public Integer call() {
        return ExitCodes.guard(spec.commandLine().getErr(), () -> {
            IcsModel model = new AtlasJsonReader().importModel(in);
            AtlasJsonWriter writer = new AtlasJsonWriter();
            if ("-".equals(out)) {
                writeToStandardOutput(writer, model);
            } else {
                writer.exportModel(model, Path.of(out));
                spec.commandLine().getOut().println("wrote " + out + " (" + AtlasCommand.plural(model.footprintCount(), "footprint")
                        + ", " + AtlasCommand.plural(model.elementCount(), "element") + ", "
                        + AtlasCommand.plural(model.relationCount(), "relation") + ", " + AtlasCommand.plural(model.views().size(), "view") + ")");
            }
            return AtlasCommand.OK;
        });
    }

    /**
     * Bytes, not text: the canonical file is UTF-8 whatever the console's encoding. A {@code PrintStream} swallows
     * write errors, so its error flag is checked here, to fail before the success line rather than after.
     */
    private void writeToStandardOutput(AtlasJsonWriter writer, IcsModel model) throws ExportException {
        spec.commandLine().getOut().flush();
        PrintStream stdout = System.out;
        writer.exportModel(model, (OutputStream) stdout);
        if (!ExitCodes.wroteAll(stdout)) {
            throw new ExportException(ExitCodes.standardOutputFailed());
        }
    }
}
