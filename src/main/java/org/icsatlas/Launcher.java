package org.icsatlas;

import org.icsatlas.cli.AtlasCommand;

/**
 * Entry point of the jar. With no arguments (or only a file to open) it starts the window; with a
 * subcommand it runs headless. It does not extend {@code Application}, so a plain fat jar can start JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (AtlasCommand.isSubcommand(args)) {
            System.exit(AtlasCommand.run(args));
        }
        org.icsatlas.ui.AtlasApp.launchWith(args);
    }
}
