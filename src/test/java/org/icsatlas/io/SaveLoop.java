package org.icsatlas.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for {@link InterruptedSaveTest}: saves two versions of a model over one target, alternately, until
 * it is killed. {@code SaveLoop TARGET A B}: the contents come from files A and B.
 */
final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[][] versions = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
        for (int i = 0; ; i++) {
            byte[] content = versions[i % 2];
            AtomicFileWriter.standard().replace(target, out -> {
                // In pieces, as the JSON writer does, so a kill can land in the middle of the content.
                for (int at = 0; at < content.length; at += 1 << 16) {
                    out.write(content, at, Math.min(1 << 16, content.length - at));
                }
            });
        }
    }
}
