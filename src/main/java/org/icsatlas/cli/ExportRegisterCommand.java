package org.icsatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.register.RegisterExporter;
import org.icsatlas.model.IcsModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-register IN --out FOLDER|OUT.xlsx}: writes a model as a membership register (bodies, organisations,
 * memberships, relations, footprints and a member × body matrix), as CSV files in a folder or one workbook.
 */
@Command(name = "export-register", mixinStandardHelpOptions = true,
        description = "Writes a model as a membership register: CSV files in a folder, or one .xlsx workbook.")
final class ExportRegisterCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the model to read (*.icsatlas.json)")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FOLDER|OUT.xlsx", description = "a folder for CSV files, or an .xlsx workbook")
    private Path out;

    @Override
    public Integer call() {
        try {
            IcsModel model = new AtlasJsonReader().importModel(in);
            List<Path> written = new RegisterExporter().export(model, out);
            spec.commandLine().getOut().println("wrote " + String.join(", ", written.stream().map(Path::toString).toList())
                    + " (" + AtlasCommand.plural(model.elementCount(), "element") + ", " + AtlasCommand.plural(model.relationCount(), "relation") + ")");
            return AtlasCommand.OK;
        } catch (ImportException | ExportException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }
}
