package org.icsatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces a file so that a crash at any moment leaves either the old file or the complete new one: the content
 * goes to a temporary file beside the real target, is forced to disk, and is then renamed over it.
 *
 * <p>Every command or exporter that writes a file should go through {@link #replace}: it follows a symbolic link and
 * replaces the file the link points to (the link stays), refuses a target that exists and is not a regular file
 * (a directory, device, FIFO or socket is never replaced), keeps the old file's permissions, deletes its temporary
 * file if the JVM shuts down mid-save (Ctrl+C, SIGTERM, SIGHUP), and removes temporary files that an earlier, killed
 * save of the same target left behind. Failures are {@link ExportException}s with one plain-English line.
 */
public final class AtomicFileWriter {

    /** Writes the content of the new file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws ExportException, IOException;
    }

    /** Runs between the fsync of the temporary file and the rename; tests use it to simulate a crash. */
    @FunctionalInterface
    interface BeforeRename {
        void run(Path temporaryFile) throws IOException;
    }

    private static final AtomicFileWriter STANDARD = new AtomicFileWriter(tmp -> { });
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;
    private static final long PID = ProcessHandle.current().pid();
    /** Temporary files of saves in progress in this JVM, deleted by the shutdown hook if the JVM stops mid-save. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /** Guards creating a temporary file against the shutdown hook, so none is created after the hook has run. */
    private static final Object SHUTDOWN = new Object();
    private static boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFileWriter::deleteInFlight, "icsatlas-save-cleanup"));
    }

    private final BeforeRename beforeRename;

    AtomicFileWriter(BeforeRename beforeRename) {
        this.beforeRename = beforeRename;
    }

    /** The writer every save uses. */
    public static AtomicFileWriter standard() {
        return STANDARD;
    }

    /**
     * Writes {@code target} atomically with {@code content}. On any failure the file at {@code target} is as it was
     * and no temporary file is left; the message reads {@code cannot save TARGET: why}.
     */
    public void replace(Path target, Content content) throws ExportException {
        Path real = saveTarget(target);
        Path dir = real.getParent();
        removeStaleTemporaries(real);
        // Beside the real file, so the rename never crosses a file system and can be atomic.
        Path tmp = dir.resolve(temporaryPrefix(real) + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            writeAndForce(tmp, content);
            copyPermissions(real, tmp);
            beforeRename.run(tmp);
            moveOver(tmp, real);
            forceDirectory(dir);
        } catch (IOException | ExportException | RuntimeException e) {
            deleteQuietly(tmp, e);
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot save " + target + ": " + explain(e, target, real, tmp), e);
        } finally {
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * The file a save to {@code target} really replaces: {@code target} itself, or the file its symbolic links lead
     * to (which need not exist yet). Refuses, as {@code cannot save TARGET: why}, a target that is a directory (such
     * as {@code /}) or exists and is not a regular file, and a loop of links. Exporters that write by other means
     * call this first so they too never replace a device or a link.
     */
    public static Path saveTarget(Path target) throws ExportException {
        Path p = target.toAbsolutePath();
        try {
            for (int links = 0; Files.isSymbolicLink(p); links++) {
                if (links == MAX_LINKS) {
                    throw new ExportException("cannot save " + target + ": too many symbolic links (a loop?)");
                }
                Path next = Files.readSymbolicLink(p);
                p = p.getParent() == null ? next : p.getParent().resolve(next);
            }
        } catch (IOException e) {
            throw new ExportException("cannot save " + target + ": cannot follow the symbolic link: " + describe(e), e);
        }
        if (Files.isDirectory(p) || p.getFileName() == null || p.getParent() == null) {
            throw new ExportException("cannot save " + target + ": " + target + " is a directory");
        }
        if (Files.exists(p) && !Files.isRegularFile(p)) {
            throw new ExportException("cannot save " + target + ": " + (p.equals(target.toAbsolutePath()) ? "it" : "its link target " + p)
                    + " is a special file (a device, FIFO or socket), not a regular file; it is left alone");
        }
        return p;
    }

    /**
     * Deletes temporary files that earlier saves of {@code realTarget} left behind when their process was killed:
     * those of processes no longer running (and of this one, when not saving now). Another running process's
     * save in progress is left alone. Best effort: a file that cannot be deleted stays.
     */
    static void removeStaleTemporaries(Path realTarget) {
        Path dir = realTarget.getParent();
        String prefix = temporaryPrefix(realTarget);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path f : files) {
                if (isStale(f.getFileName().toString().substring(prefix.length()), f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A directory that cannot be listed fails the save itself, with a clearer message than this could give.
        }
    }

    private static boolean isStale(String rest, Path file) {
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return rest.matches("[0-9a-z]+\\.tmp");
        }
        long pid;
        try {
            pid = Long.parseLong(rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) {
            return !IN_FLIGHT.contains(file);
        }
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** {@code .NAME.}: hidden, and named after the file it will replace. */
    private static String temporaryPrefix(Path realTarget) {
        return "." + realTarget.getFileName() + ".";
    }

    private static void deleteInFlight() {
        synchronized (SHUTDOWN) {
            shuttingDown = true;
            for (Path tmp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // Shutting down: the next save of the same file removes it.
                }
            }
        }
    }

    private static void writeAndForce(Path tmp, Content content) throws IOException, ExportException {
        FileChannel created;
        synchronized (SHUTDOWN) {
            if (shuttingDown) {
                throw new IOException("the program is shutting down");
            }
            created = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            IN_FLIGHT.add(tmp);
        }
        try (FileChannel channel = created) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A saved file keeps the permissions the user gave the old one (a fresh temporary file would not). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && dest != null && Files.exists(from)) {
            dest.setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable; best effort because not every platform can open a directory. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The file content is already safe on disk; only the rename's durability is left to the OS.
        }
    }

    private static void deleteQuietly(Path tmp, Exception failure) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Says why a save failed in terms of the file and its directory: the temporary file's name means nothing to
     * the user, so a failure to create it is put as a missing, unwritable or not-a-directory directory.
     */
    private static String explain(Exception e, Path target, Path real, Path tmp) {
        Path dir = real.getParent();
        Path shownDir = real.equals(target.toAbsolutePath()) && target.getParent() != null ? target.getParent() : dir;
        if (e instanceof FileSystemException fse && tmp.toString().equals(fse.getFile())) {
            if (!Files.exists(dir)) {
                return "directory " + shownDir + " does not exist";
            }
            if (!Files.isDirectory(dir)) {
                return shownDir + " is not a directory";
            }
            if (e instanceof AccessDeniedException) {
                return "directory " + shownDir + " is not writable";
            }
            String reason = fse.getReason() == null ? describe(e) : fse.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("read-only")) {
                return "directory " + shownDir + " is not writable (" + reason + ")";
            }
            return "cannot create a file in directory " + shownDir + ": " + reason;
        }
        return describe(e);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
