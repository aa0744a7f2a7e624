package org.icsatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON text into located {@link JsonValue}s with Jackson's streaming parser, and turns every syntax problem
 * into an {@link ImportException} at the offending token. Absurd input is refused, never allowed to exhaust the
 * stack or the heap: nesting deeper than {@value #MAX_DEPTH} levels or a string over {@value #MAX_STRING_LENGTH}
 * characters is an error ({@link Utf8Reader} refuses files over its size limit). A large file is read as a stream:
 * the sections a {@link TopLevel} asks for come item by item, each item a small tree, and are never held whole.
 */
final class JsonTreeParser {
    /** A valid file nests five levels deep (file, views, view, pinned, position); anything far deeper is hostile. */
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;
    static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // Jackson's own depth limit stays above ours, so our clearer message is the one users see.
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    /** Jackson appends its own "[Source: ...; line: L, column: C]" notes; we report locations ourselves. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*(?:at\\s+)?\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    /** Jackson's advice to enable a parser feature means nothing to someone editing a file: the format is strict JSON. */
    private static final Pattern FEATURE_ADVICE = Pattern.compile("[:;]?\\s*\\(?(?:enable|set)\\s+`[^`]*`[^)]*?to allow\\)?");

    /** Jackson's note on why it did not accept a comment names a parser feature. */
    private static final Pattern FEATURE_NOTE = Pattern.compile("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    /** Jackson names the limit it applied as a Java method ("from `StreamReadConstraints.getMaxNumberLength()`"). */
    private static final Pattern CONSTRAINT_NOTE = Pattern.compile("\\s*\\([^()]*`[^`]*`\\)");

    private final String source;
    private JsonParser parser;

    private JsonTreeParser(String source) {
        this.source = source;
    }

    /**
     * Where the members of the file's top-level object go as they are read. A member is handed over whole (its value
     * read as a tree) unless {@link #streams} asks for its array's items one by one, so a large section never stands
     * in memory at once.
     */
    interface TopLevel {
        /** Whether the items of this top-level field's array should be handed over one at a time. */
        boolean streams(String name);

        /** A top-level member read whole. */
        void member(JsonValue.Member member) throws ImportException;

        /** One item of a streamed array, in file order. */
        void item(String name, JsonValue item) throws ImportException;

        /** The streamed array has ended. */
        void endItems(String name) throws ImportException;

        /** The top-level object has ended, and nothing follows it; {@code rootAt} is where it began. */
        void end(TextLocation rootAt) throws ImportException;
    }

    /** Parses the whole text, which must be exactly one JSON object. */
    static JsonValue.JsonObject parse(String text, String source) throws ImportException {
        Map<String, JsonValue.Member> members = new LinkedHashMap<>();
        JsonValue.JsonObject[] root = new JsonValue.JsonObject[1];
        new JsonTreeParser(source).parseDocument(new java.io.StringReader(text), new TopLevel() {
            @Override
            public boolean streams(String name) {
                return false;
            }

            @Override
            public void member(JsonValue.Member member) {
                members.put(member.name(), member);
            }

            @Override
            public void item(String name, JsonValue item) {
                throw new IllegalStateException(name);
            }

            @Override
            public void endItems(String name) {
                throw new IllegalStateException(name);
            }

            @Override
            public void end(TextLocation rootAt) {
                root[0] = new JsonValue.JsonObject(members, rootAt);
            }
        });
        return root[0];
    }

    /** Reads the text, which must be exactly one JSON object, handing its members to {@code topLevel} as they come. */
    static void stream(Reader text, String source, TopLevel topLevel) throws ImportException {
        new JsonTreeParser(source).parseDocument(text, topLevel);
    }

    private void parseDocument(Reader text, TopLevel topLevel) throws ImportException {
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw ImportException.at(source, here(), "the file is empty; an ICS Atlas file is one JSON object { ... }");
            }
            if (first != JsonToken.START_OBJECT) {
                throw ImportException.at(source, tokenStart(),
                        "an ICS Atlas file is one JSON object { ... }, but this one starts with " + describe(first));
            }
            TextLocation rootAt = tokenStart();
            readTopLevel(topLevel);
            if (p.nextToken() != null) {
                throw ImportException.at(source, tokenStart(), "unexpected content after the end of the model's JSON object");
            }
            topLevel.end(rootAt);
        } catch (StreamConstraintsException e) {
            throw ImportException.at(source, locationOf(e), tooLarge(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            if (m.contains("comment")) {
                throw ImportException.at(source, locationOf(e), "malformed JSON: a comment; JSON has no comments, so remove it"
                        + " (a note on an element goes in its \"note\" field)");
            }
            throw ImportException.at(source, locationOf(e), "malformed JSON: " + clean(m));
        } catch (Utf8Reader.Refusal e) {
            throw e.refusal();
        } catch (IOException e) {
            throw ImportException.unplaced(source, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The file's object, member by member: as {@link #readObject}, but handing each member on instead of keeping it. */
    private void readTopLevel(TopLevel topLevel) throws IOException, ImportException {
        Map<String, TextLocation> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            TextLocation nameAt = tokenStart();
            TextLocation earlier = seen.putIfAbsent(name, nameAt);
            if (earlier != null) {
                throw ImportException.at(source, nameAt, "the field \"" + name + "\" appears twice in this object (first at "
                        + earlier + ")");
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && topLevel.streams(name)) {
                for (JsonToken i = parser.nextToken(); i != JsonToken.END_ARRAY; i = parser.nextToken()) {
                    topLevel.item(name, read(i, 3));
                }
                topLevel.endItems(name);
            } else {
                topLevel.member(new JsonValue.Member(name, nameAt, read(value, 2)));
            }
        }
    }

    private JsonValue read(JsonToken token, int depth) throws IOException, ImportException {
        long at = valueStart();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw ImportException.at(source, TextLocation.unpack(at), "the JSON is nested more than " + MAX_DEPTH
                    + " levels deep; an ICS Atlas file never nests deeper than 5");
        }
        return switch (token) {
            case START_OBJECT -> readObject(at, depth);
            case START_ARRAY -> readArray(at, depth);
            case VALUE_STRING -> new JsonValue.JsonText(parser.getText(), at);
            case VALUE_NUMBER_INT -> new JsonValue.JsonNumber(parser.getText(), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonValue.JsonNumber(parser.getText(), false, at);
            case VALUE_TRUE -> new JsonValue.JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonValue.JsonBoolean(false, at);
            case VALUE_NULL -> new JsonValue.JsonNull(at);
            default -> throw ImportException.at(source, TextLocation.unpack(at), "malformed JSON: unexpected " + describe(token));
        };
    }

    private JsonValue.JsonObject readObject(long at, int depth) throws IOException, ImportException {
        Members members = new Members();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            TextLocation nameAt = tokenStart();
            JsonValue.Member earlier = members.get(name);
            if (earlier != null) {
                throw ImportException.at(source, nameAt, "the field \"" + name + "\" appears twice in this object (first at "
                        + earlier.nameAt() + ")");
            }
            JsonValue value = read(parser.nextToken(), depth + 1);
            members.add(new JsonValue.Member(name, nameAt, value));
        }
        return new JsonValue.JsonObject(members, at);
    }

    private JsonValue.JsonArray readArray(long at, int depth) throws IOException, ImportException {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(read(t, depth + 1));
        }
        return new JsonValue.JsonArray(items, at);
    }

    /**
     * Where the current value token starts, packed ({@link TextLocation#pack}): the same line and column as
     * {@link #tokenStart()}, read from Jackson's reader-based parser without the location object it would build for
     * each of the millions of values in a large file.
     */
    private long valueStart() {
        if (parser instanceof ReaderBasedJsonParser p && p.currentToken() != JsonToken.FIELD_NAME) {
            return TextLocation.pack(Math.max(1, p.getTokenLineNr()), Math.max(1, p.getTokenColumnNr() - 1));
        }
        return tokenStart().packed();
    }

    private TextLocation tokenStart() {
        return location(parser.currentTokenLocation());
    }

    private TextLocation here() {
        return parser == null ? TextLocation.START : location(parser.currentLocation());
    }

    private TextLocation locationOf(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? location(e.getLocation()) : here();
    }

    private static TextLocation location(JsonLocation l) {
        return new TextLocation(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case END_ARRAY -> "']'";
            case END_OBJECT -> "'}'";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    static String clean(String jacksonMessage) {
        String m = SOURCE_NOTE.matcher(jacksonMessage).replaceAll(" at line $1, column $2");
        m = FEATURE_ADVICE.matcher(m).replaceAll("");
        m = FEATURE_NOTE.matcher(m).replaceAll("");
        m = CONSTRAINT_NOTE.matcher(m).replaceAll("");
        return m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String tooLarge(String jacksonMessage) {
        if (jacksonMessage.startsWith("String value length")) {
            return "a string in this file is longer than " + String.format(Locale.ROOT, "%,d", MAX_STRING_LENGTH) + " characters; refusing to read it";
        }
        if (jacksonMessage.startsWith("Number value length")) {
            return "a number in this file has more than " + MAX_NUMBER_LENGTH + " digits; refusing to read it";
        }
        if (jacksonMessage.startsWith("Name length")) {
            return "a field name in this file is longer than " + String.format(Locale.ROOT, "%,d", MAX_NAME_LENGTH)
                    + " characters; refusing to read it";
        }
        return "refusing to read absurd input: " + clean(jacksonMessage);
    }
}
