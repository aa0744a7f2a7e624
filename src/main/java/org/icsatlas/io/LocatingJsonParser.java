package org.icsatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import java.io.IOException;
import java.io.Reader;

/**
 * Jackson's parser for text, telling where the current token starts as one packed number ({@link TextLocation#pack})
 * instead of a new location object per token: the same line and column as {@code currentTokenLocation()} (a field
 * name's own, a value's own), which a 200,000-element file would ask for some seven million times.
 */
final class LocatingJsonParser extends ReaderBasedJsonParser {
    /** A factory whose text parsers are {@link LocatingJsonParser}s. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new LocatingJsonParser(ctxt, _parserFeatures, r, this, _rootCharSymbols.makeChild());
        }
    }

    private LocatingJsonParser(IOContext ctxt, int features, Reader r, Factory factory,
                               com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer symbols) {
        super(ctxt, features, r, factory.getCodec(), symbols);
    }

    /** Where the current token starts, as {@code currentTokenLocation()} gives it (at least line 1, column 1). */
    long tokenStart() {
        boolean name = _currToken == JsonToken.FIELD_NAME;
        return TextLocation.pack(Math.max(1, name ? _nameStartRow : _tokenInputRow), Math.max(1, name ? _nameStartCol : _tokenInputCol));
    }
}
