package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window was started with: an optional file to open and, for {@code --screenshot=out.png
 * [--size=1600x1000]}, where to write a picture of the window once the diagram is laid out.
 */
public record LaunchOptions(Optional<Path> file, Optional<Path> screenshot, int width, int height) {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;

    /** Reads the arguments; anything it does not understand is reported as an {@link IllegalArgumentException}. */
    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        Path screenshot = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        for (String arg : args) {
            if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            } else if (arg.startsWith("--size=")) {
                String[] wh = arg.substring("--size=".length()).split("x");
                try {
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--size wants WIDTHxHEIGHT, e.g. --size=1600x1000, not '" + arg + "'");
                }
                if (width < 200 || height < 200) {
                    throw new IllegalArgumentException("--size is too small: " + arg + " (at least 200x200)");
                }
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new IllegalArgumentException("only one file can be opened at a time, not also " + arg);
            }
        }
        return new LaunchOptions(Optional.ofNullable(file), Optional.ofNullable(screenshot), width, height);
    }
}
