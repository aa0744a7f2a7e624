package org.icsatlas.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * One JSON object of the file read as a record of known fields (a footprint, an element, ...): refuses unknown
 * fields on sight and hands out typed values, each failure pointing at the offending token.
 */
final class JsonRecord {
    private final JsonValue.JsonObject object;
    private final String what;
    private final String source;

    private JsonRecord(JsonValue.JsonObject object, String what, String source) {
        this.object = object;
        this.what = what;
        this.source = source;
    }

    /**
     * Reads {@code value} as a record described by {@code what} (e.g. "a footprint") whose fields may only be
     * {@code fields}.
     */
    static JsonRecord of(JsonValue value, String what, List<String> fields, String source) throws ImportException {
        if (!(value instanceof JsonValue.JsonObject object)) {
            throw ImportException.at(source, value.at(), "expected an object { ... } for " + what + ", but found " + value.description());
        }
        for (JsonValue.Member m : object.members().values()) {
            if (!fields.contains(m.name())) {
                throw ImportException.at(source, m.nameAt(), Vocabulary.unknown("field", m.name(), what, fields));
            }
        }
        return new JsonRecord(object, what, source);
    }

    TextLocation at() {
        return object.at();
    }

    boolean has(String field) {
        return object.members().containsKey(field);
    }

    TextLocation nameAt(String field) {
        return object.members().get(field).nameAt();
    }

    TextLocation valueAt(String field) {
        return object.members().get(field).value().at();
    }

    ImportException error(TextLocation at, String message) {
        return ImportException.at(source, at, message);
    }

    JsonValue required(String field) throws ImportException {
        JsonValue.Member m = object.members().get(field);
        if (m == null) {
            throw error(at(), "missing required field \"" + field + "\" in " + what);
        }
        return m.value();
    }

    private JsonValue optional(String field) {
        JsonValue.Member m = object.members().get(field);
        return m == null ? null : m.value();
    }

    String requiredText(String field) throws ImportException {
        return textAt(required(field), null, field);
    }

    /** The field's text, or "" when it is absent. */
    String optionalText(String field) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? "" : textAt(v, null, field);
    }

    /** Required text that is not blank (names). */
    String requiredName(String field) throws ImportException {
        String name = requiredText(field);
        if (name.isBlank()) {
            throw error(valueAt(field), label(field) + " must not be empty");
        }
        return name;
    }

    ElementId requiredId(String field) throws ImportException {
        return idAt(required(field), null, field);
    }

    /** The field's id, or null when it is absent. */
    ElementId optionalId(String field) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? null : idAt(v, null, field);
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type, String what) throws ImportException {
        return constantAt(required(field), null, field, type, what);
    }

    /** The field's constant, or null when it is absent. */
    <E extends Enum<E>> E optionalEnum(String field, Class<E> type, String what) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? null : constantAt(v, null, field, type, what);
    }

    /** The field's boolean, or null when it is absent. */
    Boolean optionalBoolean(String field) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? null : expect(v, JsonValue.JsonBoolean.class, null, field, "true or false").value();
    }

    /** The field's number as written in the file, for messages ("1.7e308", not "1.7E308"). */
    String literal(String field) {
        JsonValue.Member m = object.members().get(field);
        return m != null && m.value() instanceof JsonValue.JsonNumber n ? n.literal() : String.valueOf(m == null ? null : m.value().description());
    }

    double requiredNumber(String field) throws ImportException {
        return number(required(field), null, field);
    }

    /** The field's finite number, or {@code absent} when it is absent. */
    double optionalNumber(String field, double absent) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? absent : number(v, null, field);
    }

    /** The field's array items, or an empty list when it is absent. */
    List<JsonValue> optionalArray(String field) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? List.of() : expect(v, JsonValue.JsonArray.class, null, field, "an array [ ... ]").items();
    }

    /** The field's object members in file order, or an empty list when it is absent. */
    List<JsonValue.Member> optionalMembers(String field) throws ImportException {
        JsonValue v = optional(field);
        return v == null ? List.of()
                : List.copyOf(expect(v, JsonValue.JsonObject.class, null, field, "an object { ... }").members().values());
    }

    /** The field's object read as string keys to string values, or an empty map when it is absent. */
    Map<String, String> optionalTextMap(String field) throws ImportException {
        if (!has(field)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonValue.Member m : optionalMembers(field)) {
            out.put(m.name(), text(m.value(), "the value of " + Vocabulary.quote(m.name()) + " in " + label(field)));
        }
        return out;
    }

    /** The items of the field's array, each read as an id. */
    List<Located<ElementId>> optionalIdList(String field) throws ImportException {
        List<Located<ElementId>> out = new ArrayList<>();
        for (JsonValue item : optionalArray(field)) {
            out.add(new Located<>(id(item, "each item of " + label(field)), item.at()));
        }
        return out;
    }

    /** The items of the field's array, each read as a string. */
    List<Located<String>> optionalTextList(String field) throws ImportException {
        List<Located<String>> out = new ArrayList<>();
        for (JsonValue item : optionalArray(field)) {
            out.add(new Located<>(text(item, "each item of " + label(field)), item.at()));
        }
        return out;
    }

    /** A value together with where it stood in the file. */
    record Located<T>(T value, TextLocation at) {
    }

    String text(JsonValue v, String label) throws ImportException {
        return textAt(v, label, null);
    }

    /**
     * The typed reads name the value in a message by {@code label}, or when it is null by the quoted {@code field}:
     * built only for a message, since every field of every record is read through here.
     */
    private String textAt(JsonValue v, String label, String field) throws ImportException {
        return expect(v, JsonValue.JsonText.class, label, field, "a string").value();
    }

    ElementId id(JsonValue v, String label) throws ImportException {
        return idAt(v, label, null);
    }

    private ElementId idAt(JsonValue v, String label, String field) throws ImportException {
        String s = expect(v, JsonValue.JsonText.class, label, field, "a string (an id)").value();
        if (!ElementId.isValid(s)) {
            throw error(v.at(), Vocabulary.quote(s) + " is not a valid id: an id starts with a letter or digit and goes on with"
                    + " letters, digits, '_', '.', ':' or '-' (at most 200 characters)");
        }
        return ElementId.of(s);
    }

    private double number(JsonValue v, String label, String field) throws ImportException {
        JsonValue.JsonNumber n = expect(v, JsonValue.JsonNumber.class, label, field, "a number");
        double d = Double.parseDouble(n.literal());
        if (Double.isInfinite(d)) {
            throw error(v.at(), name(label, field) + " is too large: " + n.literal() + " (far beyond any value a file holds)");
        }
        return d;
    }

    <E extends Enum<E>> E constant(JsonValue v, String label, Class<E> type, String what) throws ImportException {
        return constantAt(v, label, null, type, what);
    }

    private <E extends Enum<E>> E constantAt(JsonValue v, String label, String field, Class<E> type, String what)
            throws ImportException {
        String s = expect(v, JsonValue.JsonText.class, label, field, "a string").value();
        try {
            // Enum.valueOf looks the name up in the class's cached table; getEnumConstants copies the array each call.
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException notOne) {
            // reported below
        }
        throw error(v.at(), Vocabulary.unknown(what, s, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    private <T extends JsonValue> T expect(JsonValue v, Class<T> type, String label, String field, String expected)
            throws ImportException {
        if (!type.isInstance(v)) {
            throw error(v.at(), name(label, field) + " must be " + expected + ", but is " + v.description());
        }
        return type.cast(v);
    }

    private static String name(String label, String field) {
        return label != null ? label : label(field);
    }

    private static String label(String field) {
        return "\"" + field + "\"";
    }
}
