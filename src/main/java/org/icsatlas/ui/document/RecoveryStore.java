package org.icsatlas.ui.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.AtomicFileWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;

/**
 * The per-user folder of recovery copies. Each open document with unsaved changes has one copy, named by the
 * process that writes it and the document's id ({@code 4711-3f9a….icsatlas.json}), beside a small properties file
 * saying what it belongs to. Both are replaced atomically, so a crash at any moment leaves the previous complete
 * copy or the new one. A copy whose process is no longer running is an orphan: its session died before saving
 * or closing, and the next start offers it back.
 *
 * <p>Safe to use from any thread; writing and deleting normally happen on the autosave's background thread.
 */
public final class RecoveryStore {
    /** The system property that moves the folder (tests, portable installs). */
    public static final String DIRECTORY_PROPERTY = "icsatlas.recoveryDir";
    private static final String MODEL_SUFFIX = ".icsatlas.json";
    private static final String METADATA_SUFFIX = ".recovery.properties";
    private static final Pattern COPY_NAME = Pattern.compile("(\\d+)-([A-Za-z0-9-]+)" + Pattern.quote(MODEL_SUFFIX));

    private final Path directory;
    private final long processId;

    public RecoveryStore(Path directory, long processId) {
        this.directory = directory.toAbsolutePath();
        this.processId = processId;
    }

    /** The store of this process in the user's folder: {@code -Dicsatlas.recoveryDir}, else the XDG state folder. */
    public static RecoveryStore forCurrentUser() {
        return new RecoveryStore(defaultDirectory(), ProcessHandle.current().pid());
    }

    static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("ics-atlas").resolve("recovery");
    }

    public Path directory() {
        return directory;
    }

    /** Where this process keeps the copy of document {@code documentId}. */
    public Path modelFile(String documentId) {
        return directory.resolve(processId + "-" + documentId + MODEL_SUFFIX);
    }

    private static Path metadataFileFor(Path modelFile) {
        String name = modelFile.getFileName().toString();
        return modelFile.resolveSibling(name.substring(0, name.length() - MODEL_SUFFIX.length()) + METADATA_SUFFIX);
    }

    /**
     * Writes the copy of {@code documentId}: first what it belongs to, then the model, each atomically. Builds the
     * model from the snapshot here, so the caller's thread only paid for the snapshot.
     */
    public Path write(String documentId, RecoveryOrigin origin, ModelSnapshot snapshot) throws IOException {
        Files.createDirectories(directory);
        Path model = modelFile(documentId);
        try {
            AtomicFileWriter.standard().replace(metadataFileFor(model),
                    out -> out.write(metadata(documentId, origin).getBytes(StandardCharsets.UTF_8)));
            new AtlasJsonWriter().exportModel(IcsModel.fromSnapshot(snapshot), model);
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
        return model;
    }

    /** Removes this process's copy of {@code documentId} (after a clean save or close); nothing if there is none. */
    public void delete(String documentId) throws IOException {
        Path model = modelFile(documentId);
        Files.deleteIfExists(model);
        Files.deleteIfExists(metadataFileFor(model));
    }

    /** Removes a copy the user restored (once its successor is written) or chose to discard. */
    public void discard(RecoveryCopy copy) throws IOException {
        Files.deleteIfExists(copy.modelFile());
        Files.deleteIfExists(copy.metadataFile());
    }

    /**
     * The copies left by sessions that are no longer running, newest first. Temporary files such a session left
     * half-written are removed on the way (they are never a complete copy; the previous copy is).
     */
    public List<RecoveryCopy> orphans() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<RecoveryCopy> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    removeStaleTemporary(f, name);
                    continue;
                }
                Matcher m = COPY_NAME.matcher(name);
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    if (!isRunning(pid)) {
                        out.add(copyAt(f, pid, m.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recovery folder " + directory + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(RecoveryCopy::savedAt).reversed());
        return out;
    }

    private void removeStaleTemporary(Path f, String name) throws IOException {
        Matcher m = Pattern.compile("\\.(\\d+)-.*").matcher(name);
        if (m.matches() && !isRunning(Long.parseLong(m.group(1)))) {
            Files.deleteIfExists(f);
        }
    }

    private boolean isRunning(long pid) {
        return pid == processId || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static RecoveryCopy copyAt(Path model, long pid, String documentId) throws IOException {
        Path meta = metadataFileFor(model);
        RecoveryOrigin origin = RecoveryOrigin.ofSample(null, "");
        if (Files.isRegularFile(meta)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String file = p.getProperty("file", "");
            String title = p.getProperty("title", "");
            origin = file.isEmpty() ? RecoveryOrigin.ofSample(emptyToNull(p.getProperty("sample", "")), title)
                    : RecoveryOrigin.ofFile(Path.of(file), title);
        }
        return new RecoveryCopy(model, meta, pid, documentId, origin, Files.getLastModifiedTime(model).toInstant());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Reads a copy back as a model; a copy that cannot be read says why, naming its file. */
    public IcsModel read(RecoveryCopy copy) throws ImportException {
        return new AtlasJsonReader().importModel(copy.modelFile());
    }

    private String metadata(String documentId, RecoveryOrigin origin) throws IOException {
        Properties p = new Properties();
        p.setProperty("documentId", documentId);
        p.setProperty("process", Long.toString(processId));
        p.setProperty("title", origin.title());
        origin.file().ifPresent(f -> p.setProperty("file", f.toString()));
        origin.sample().ifPresent(s -> p.setProperty("sample", s));
        StringWriter w = new StringWriter();
        p.store(w, "ICS Atlas recovery copy, written " + Instant.now());
        return w.toString();
    }
}
