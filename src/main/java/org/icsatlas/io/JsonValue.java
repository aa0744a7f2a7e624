package org.icsatlas.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read from a file, each with the location of its first character (packed, see
 * {@link TextLocation#pack}), so that any later check (a wrong type, an unknown id) can point at the exact token.
 * Objects keep their members in file order.
 */
sealed interface JsonValue {
    /** Where the value's first character stands, packed ({@link TextLocation#pack}). */
    long where();

    default TextLocation at() {
        return TextLocation.unpack(where());
    }

    /** How the value is called in an error message: "a string", "a number", ... */
    String description();

    record JsonText(String value, long where) implements JsonValue {
        public JsonText(String value, TextLocation at) {
            this(value, at.packed());
        }

        @Override
        public String description() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it had no fraction or exponent. */
    record JsonNumber(String literal, boolean integral, long where) implements JsonValue {
        public JsonNumber(String literal, boolean integral, TextLocation at) {
            this(literal, integral, at.packed());
        }

        @Override
        public String description() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, long where) implements JsonValue {
        @Override
        public String description() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(long where) implements JsonValue {
        @Override
        public String description() {
            return "null";
        }
    }

    record JsonArray(List<JsonValue> items, long where) implements JsonValue {
        /** Takes {@code items} over: the parser hands each array a list of its own and never touches it again. */
        public JsonArray {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String description() {
            return "an array";
        }
    }

    record JsonObject(Map<String, Member> members, long where) implements JsonValue {
        public JsonObject(Map<String, Member> members, TextLocation at) {
            this(members, at.packed());
        }

        /** Takes {@code members} over, as {@link JsonArray} does its items: a large file has millions of these. */
        public JsonObject {
            members = members instanceof Members ? members : Collections.unmodifiableMap(members);
        }

        @Override
        public String description() {
            return "an object";
        }
    }

    /** One "name": value pair, with where the name stands. */
    record Member(String name, long nameWhere, JsonValue value) {
        public Member(String name, TextLocation nameAt, JsonValue value) {
            this(name, nameAt.packed(), value);
        }

        public TextLocation nameAt() {
            return TextLocation.unpack(nameWhere);
        }
    }
}
