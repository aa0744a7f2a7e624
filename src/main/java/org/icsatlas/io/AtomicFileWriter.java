package org.icsatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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

/**
 * Replaces a file so that a crash at any moment leaves either the old file or the complete new one: the content
 * goes to a temporary file in the same directory, is forced to disk, and is then renamed over the target.
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

    private final BeforeRename beforeRename;

    AtomicFileWriter(BeforeRename beforeRename) {
        this.beforeRename = beforeRename;
    }

    public static AtomicFileWriter standard() {
        return STANDARD;
    }

    /** Replaces {@code target} with what {@code content} writes; on failure the old file (if any) is untouched. */
    public void replace(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Same directory as the target, so the rename never crosses a file system and can be atomic.
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            writeAndForce(tmp, content);
            copyPermissions(absolute, tmp);
            beforeRename.run(tmp);
            moveOver(tmp, absolute);
            forceDirectory(dir);
        } catch (IOException | ExportException | RuntimeException e) {
            deleteQuietly(tmp, e);
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot save " + target + ": " + explain(e, target, tmp), e);
        }
    }

    private static void writeAndForce(Path tmp, Content content) throws IOException, ExportException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
    private static String explain(Exception e, Path target, Path tmp) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path shownDir = target.getParent() != null ? target.getParent() : dir;
        if (Files.isDirectory(absolute)) {
            return target + " is a directory";
        }
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
