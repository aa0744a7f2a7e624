package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.icsatlas.model.IcsModel;

/**
 * Reads the native {@code *.icsatlas.json} file ({@code docs/file-format.md}) into a new model. Every problem,
 * from a stray comma to a membership of an organisation, is an {@link ImportException} naming the file, line
 * and column of the offending token; a model is returned only when the whole file was read.
 */
public final class AtlasJsonReader implements ModelImporter {
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public IcsModel importModel(InputStream in, String sourceName) throws ImportException {
        return ModelAssembler.assemble(JsonTreeParser.parse(utf8(in, sourceName), sourceName), sourceName);
    }

    /** Reads a classpath resource such as {@code /sample-data/bsw-wiltshire.icsatlas.json}. */
    public IcsModel readResource(String resourcePath) throws ImportException {
        try (InputStream in = AtlasJsonReader.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw ImportException.unplaced(resourcePath, "no such resource on the classpath", null);
            }
            return importModel(in, resourcePath);
        } catch (IOException e) {
            throw ImportException.unplaced(resourcePath, "cannot read the resource: " + e.getMessage(), e);
        }
    }

    /** Reads a bundled sample by name, e.g. {@code bsw-wiltshire}; see {@link NativeFormat#sampleResource(String)}. */
    public IcsModel readSample(String name) throws ImportException {
        return readResource(NativeFormat.sampleResource(name));
    }

    /**
     * Decodes strictly (bad bytes are an error, not a silent '?') and skips a byte order mark, which some Windows
     * editors add, so that column numbers match what an editor shows.
     */
    private static Reader utf8(InputStream in, String sourceName) throws ImportException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            int first = reader.read();
            if (first != -1 && first != BYTE_ORDER_MARK) {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw ImportException.at(sourceName, TextLocation.START, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            throw ImportException.unplaced(sourceName, "cannot read the file: " + e.getMessage(), e);
        }
        return reader;
    }
}
