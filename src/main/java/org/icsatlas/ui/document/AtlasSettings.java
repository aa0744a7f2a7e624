package org.icsatlas.ui.document;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.icsatlas.io.AtomicFileWriter;
import org.icsatlas.io.ExportException;

/**
 * The user's settings, kept in a small properties file ({@code ~/.config/ics-atlas/settings.properties}, or in the
 * folder {@code -Dicsatlas.configDir} names): the autosave policy and the recent files. A user can edit the file
 * by hand; a value that is missing or unreadable falls back to the default. Written atomically.
 */
public final class AtlasSettings {
    /** The system property that moves the settings folder (tests, portable installs). */
    public static final String DIRECTORY_PROPERTY = "icsatlas.configDir";
    static final String AUTOSAVE_SECONDS = "autosave.intervalSeconds";
    static final String AUTOSAVE_EDITS = "autosave.editsBetweenCopies";
    private static final String RECENT = "recent.";
    /** How many recent files the File menu keeps. */
    public static final int RECENT_LIMIT = 10;

    private final Path file;
    private final Properties values = new Properties();

    private AtlasSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings in {@code file}; a missing or unreadable file gives the defaults. */
    public static AtlasSettings load(Path file) {
        AtlasSettings s = new AtlasSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("ics-atlas: ignoring the settings in " + file + ": " + e.getMessage());
            }
        }
        return s;
    }

    /** The current user's settings. */
    public static AtlasSettings forCurrentUser() {
        return load(defaultDirectory().resolve("settings.properties"));
    }

    static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("ics-atlas");
    }

    public Path file() {
        return file;
    }

    /** {@code autosave.intervalSeconds} (default 30) and {@code autosave.editsBetweenCopies} (default 20). */
    public AutosavePolicy autosavePolicy() {
        long seconds = positive(AUTOSAVE_SECONDS, AutosavePolicy.STANDARD.interval().toSeconds());
        long edits = positive(AUTOSAVE_EDITS, AutosavePolicy.STANDARD.editsBetweenCopies());
        return new AutosavePolicy(Duration.ofSeconds(seconds), (int) Math.min(edits, Integer.MAX_VALUE));
    }

    private long positive(String key, long fallback) {
        try {
            long v = Long.parseLong(values.getProperty(key, "").strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The recent files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String v = values.getProperty(RECENT + i);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Replaces the recent files and writes the settings file. */
    public void setRecentFiles(List<Path> files) throws IOException {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(RECENT)).toList().forEach(values::remove);
        for (int i = 0; i < Math.min(RECENT_LIMIT, files.size()); i++) {
            values.setProperty(RECENT + i, files.get(i).toAbsolutePath().toString());
        }
        save();
    }

    private void save() throws IOException {
        // Written out with the autosave defaults, so a user who opens the file sees what can be set.
        values.putIfAbsent(AUTOSAVE_SECONDS, Long.toString(autosavePolicy().interval().toSeconds()));
        values.putIfAbsent(AUTOSAVE_EDITS, Integer.toString(autosavePolicy().editsBetweenCopies()));
        StringWriter text = new StringWriter();
        values.store(text, "ICS Atlas settings");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            AtomicFileWriter.standard().replace(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
