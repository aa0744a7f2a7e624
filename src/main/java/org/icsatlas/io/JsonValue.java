package org.icsatlas.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read from a file, each with the location of its first character, so that any later check
 * (a wrong type, an unknown id) can point at the exact token. Objects keep their members in file order.
 */
sealed interface JsonValue {
    TextLocation at();

    /** How the value is called in an error message: "a string", "a number", ... */
    String description();

    record JsonText(String value, TextLocation at) implements JsonValue {
        @Override
        public String description() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it had no fraction or exponent. */
    record JsonNumber(String literal, boolean integral, TextLocation at) implements JsonValue {
        @Override
        public String description() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, TextLocation at) implements JsonValue {
        @Override
        public String description() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(TextLocation at) implements JsonValue {
        @Override
        public String description() {
            return "null";
        }
    }

    record JsonArray(List<JsonValue> items, TextLocation at) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "an array";
        }
    }

    record JsonObject(Map<String, Member> members, TextLocation at) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String description() {
            return "an object";
        }
    }

    /** One "name": value pair, with where the name stands. */
    record Member(String name, TextLocation nameAt, JsonValue value) {
    }
}
