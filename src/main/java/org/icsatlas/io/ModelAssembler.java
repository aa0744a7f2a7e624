package org.icsatlas.io;

import static org.icsatlas.io.NativeFormat.ELEMENT_FIELDS;
import static org.icsatlas.io.NativeFormat.FILE_FIELDS;
import static org.icsatlas.io.NativeFormat.FOOTPRINT_FIELDS;
import static org.icsatlas.io.NativeFormat.INFO_FIELDS;
import static org.icsatlas.io.NativeFormat.POSITION_FIELDS;
import static org.icsatlas.io.NativeFormat.RELATION_FIELDS;
import static org.icsatlas.io.NativeFormat.VIEW_FIELDS;

import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.icsatlas.model.ViewLimits;

/**
 * Turns the JSON of one native file into a fresh model, checking every reference and handing each record to the
 * model's own validating mutators. Footprints are read first, then elements, relations and views, whatever order
 * the sections have in the file, so every reference can be resolved.
 *
 * <p>A file is read as a stream ({@link JsonTreeParser.TopLevel}): in a file laid out as ICS Atlas writes it
 * ({@code formatVersion} first, then info, kinds, footprints, elements, relations, views), each element and relation
 * is read, checked and added on its own, so a 200,000-element file never stands whole in memory. A section that
 * comes before what it refers to (elements before the footprints, say) is held as a tree until the file ends
 * and then read in the order above; so is an element naming a kind the file has not declared yet, with every element
 * after it, in case the {@code kinds} section comes later.
 */
final class ModelAssembler implements JsonTreeParser.TopLevel {
    private static final BigInteger SUPPORTED = BigInteger.valueOf(NativeFormat.FORMAT_VERSION);
    /** The sections in the order they are read: each may refer only to those before it. */
    private static final List<String> SECTIONS = List.of("info", "kinds", "footprints", "elements", "relations", "views");

    private final String source;
    private final IcsModel model = new IcsModel();
    /**
     * Every id claimed so far, in file order, with what it names and where, for duplicate and wrong-kind messages.
     * Whether an id is taken is the model's to say (every claimed record is in it, but the one being read); these are
     * scanned only to word a message, so a large file pays for no map of its ids.
     */
    private final List<ElementId> claimedIds = new ArrayList<>();
    private final List<String> claimedWhat = new ArrayList<>();
    private long[] claimedAt = new long[256];
    /** Top-level members read whole and not yet used, in file order. */
    private final Map<String, JsonValue.Member> held = new LinkedHashMap<>();
    /** The sections read into the model. */
    private final Set<String> done = new HashSet<>();
    private boolean versionChecked;
    /** Elements from the first one naming a kind not declared (yet), kept until the kinds are known; null if none. */
    private List<JsonValue> waitingElements;
    private TextLocation rootAt = TextLocation.START;

    private record Definition(String what, TextLocation at) {
    }

    private ModelAssembler(String source) {
        this.source = source;
    }

    /** Reads the file from {@code text} as it streams in; nothing of the model escapes unless every record was read. */
    static IcsModel read(Reader text, String source) throws ImportException {
        ModelAssembler assembler = new ModelAssembler(source);
        JsonTreeParser.stream(text, source, assembler);
        return assembler.model;
    }

    /** Builds the model from a file already parsed whole. */
    static IcsModel assemble(JsonValue.JsonObject root, String source) throws ImportException {
        ModelAssembler assembler = new ModelAssembler(source);
        for (JsonValue.Member m : root.members().values()) {
            assembler.member(m);
        }
        assembler.end(root.at());
        return assembler.model;
    }

    // ---------------------------------------------------------------- the file's sections as they come

    @Override
    public boolean streams(String name) {
        return versionChecked && switch (name) {
            case "elements" -> done.contains("footprints");
            case "relations" -> done.contains("elements");
            default -> false;
        };
    }

    @Override
    public void member(JsonValue.Member member) throws ImportException {
        if (member.name().equals("formatVersion")) {
            checkFormatVersion(member);
            versionChecked = true;
            for (JsonValue.Member m : held.values()) {
                refuseUnknown(m);
            }
        } else if (versionChecked) {
            refuseUnknown(member);
            held.put(member.name(), member);
        } else {
            held.put(member.name(), member);
            return;
        }
        readReadySections(false);
    }

    @Override
    public void item(String name, JsonValue item) throws ImportException {
        if (name.equals("relations")) {
            readRelation(JsonRecord.of(item, "a relation", RELATION_FIELDS, source));
        } else if (waitingElements != null) {
            waitingElements.add(item);
        } else if (!readElement(JsonRecord.of(item, "an element", ELEMENT_FIELDS, source), !done.contains("kinds"))) {
            waitingElements = new ArrayList<>();
            waitingElements.add(item);
        }
    }

    @Override
    public void endItems(String name) {
        if (name.equals("relations") || waitingElements == null) {
            done.add(name);
        }
    }

    @Override
    public void end(TextLocation at) throws ImportException {
        rootAt = at;
        if (!versionChecked) {
            throw ImportException.at(source, at, "missing \"formatVersion\": this is not an ICS Atlas file"
                    + " (an ICS Atlas file starts with \"formatVersion\": " + SUPPORTED + ")");
        }
        readReadySections(true);
    }

    /**
     * Reads each held section whose references can now be resolved, in {@link #SECTIONS} order; at the end of the
     * file, all of them. Elements wait for the footprints and the kinds (which an element may name), relations for
     * the elements, views for the end.
     */
    private void readReadySections(boolean atEnd) throws ImportException {
        for (String section : SECTIONS) {
            boolean ready = atEnd || switch (section) {
                case "elements" -> done.contains("footprints") && done.contains("kinds");
                case "relations" -> done.contains("elements");
                case "views" -> false;
                default -> true;
            };
            if (!ready) {
                continue;
            }
            JsonValue.Member m = held.remove(section);
            if (m != null) {
                readSection(m);
            }
            if (section.equals("elements") && waitingElements != null) {
                List<JsonValue> waiting = waitingElements;
                waitingElements = null;
                for (JsonValue v : waiting) {
                    readElement(JsonRecord.of(v, "an element", ELEMENT_FIELDS, source), false);
                }
                done.add("elements");
            }
        }
    }

    private void readSection(JsonValue.Member m) throws ImportException {
        JsonRecord file = JsonRecord.of(new JsonValue.JsonObject(Map.of(m.name(), m), rootAt), "the file", FILE_FIELDS, source);
        switch (m.name()) {
            case "info" -> model.setInfo(readInfo(JsonRecord.of(m.value(), "\"info\"", INFO_FIELDS, source)));
            case "kinds" -> KindSection.read(file, model, source);
            case "footprints" -> {
                List<JsonValue> footprints = file.optionalArray("footprints");
                Set<ElementId> listed = listedIds(footprints);
                for (JsonValue v : footprints) {
                    readFootprint(JsonRecord.of(v, "a footprint", FOOTPRINT_FIELDS, source), listed);
                }
            }
            case "elements" -> {
                for (JsonValue v : file.optionalArray("elements")) {
                    readElement(JsonRecord.of(v, "an element", ELEMENT_FIELDS, source), false);
                }
            }
            case "relations" -> {
                for (JsonValue v : file.optionalArray("relations")) {
                    readRelation(JsonRecord.of(v, "a relation", RELATION_FIELDS, source));
                }
            }
            case "views" -> {
                for (JsonValue v : file.optionalArray("views")) {
                    readView(JsonRecord.of(v, "a view", VIEW_FIELDS, source));
                }
            }
            default -> throw new IllegalStateException(m.name());
        }
        done.add(m.name());
    }

    private void refuseUnknown(JsonValue.Member m) throws ImportException {
        if (!FILE_FIELDS.contains(m.name())) {
            throw ImportException.at(source, m.nameAt(), Vocabulary.unknown("field", m.name(), "the file", FILE_FIELDS));
        }
    }

    /** Checked before anything else, so a newer file is refused for its version and not for a field it added. */
    private void checkFormatVersion(JsonValue.Member member) throws ImportException {
        if (!(member.value() instanceof JsonValue.JsonNumber n) || !n.integral()) {
            throw ImportException.at(source, member.value().at(), "\"formatVersion\" must be a whole number, but is "
                    + (member.value() instanceof JsonValue.JsonNumber n ? n.literal() : member.value().description()));
        }
        BigInteger version = new BigInteger(n.literal());
        if (version.compareTo(SUPPORTED) > 0) {
            throw ImportException.at(source, n.at(), "this file was written by a newer ICS Atlas (format " + version
                    + "); this version reads format " + SUPPORTED + ". Update ICS Atlas to open it");
        }
        if (version.signum() <= 0) {
            throw ImportException.at(source, n.at(), "\"formatVersion\" " + version + " does not exist; this version reads format " + SUPPORTED);
        }
    }

    private static ModelInfo readInfo(JsonRecord r) throws ImportException {
        return new ModelInfo(r.optionalText("title"), r.optionalText("description"), r.optionalText("asOf"));
    }

    /** The ids of the listed footprints, so a parent listed too late can be told from one that is not there. */
    private static Set<ElementId> listedIds(List<JsonValue> footprints) {
        Set<ElementId> out = new HashSet<>();
        for (JsonValue v : footprints) {
            if (v instanceof JsonValue.JsonObject o && o.members().get("id") != null
                    && o.members().get("id").value() instanceof JsonValue.JsonText t && ElementId.isValid(t.value())) {
                out.add(ElementId.of(t.value()));
            }
        }
        return out;
    }

    private void readFootprint(JsonRecord r, Set<ElementId> listed) throws ImportException {
        ElementId id = claim(r, "the footprint");
        String name = r.requiredName("name");
        FootprintLevel level = r.requiredEnum("level", FootprintLevel.class, "footprint level");
        ElementId parent = r.optionalId("parent");
        String note = r.optionalText("note");
        if (parent != null && !model.isFootprint(parent)) {
            TextLocation at = r.valueAt("parent");
            if (parent.equals(id)) {
                throw r.error(at, "a footprint cannot be its own parent");
            }
            if (listed.contains(parent) && definition(parent) == null) {
                throw r.error(at, "\"parent\" names " + quote(parent) + ", which is listed later in the file;"
                        + " a footprint must come after its parent");
            }
            throw r.error(at, "\"parent\" names " + quote(parent) + ", which is " + whatIs(parent, "a footprint"));
        }
        ElementId parentId = parent == null ? null : model.footprint(parent).orElseThrow().id();
        apply(r, () -> model.addFootprint(new Footprint(id, name, level, note), parentId, -1));
    }

    /**
     * Reads an element into the model. When {@code mayWait}, an element naming a kind not declared (so far) is not
     * refused but left unread, and false returned: the file's {@code kinds} section may still come.
     */
    private boolean readElement(JsonRecord r, boolean mayWait) throws ImportException {
        ElementId id = claim(r, "the element");
        ElementType type = r.requiredEnum("type", ElementType.class, "element type");
        ElementKind kind = kind(r, type, mayWait);
        if (kind == null) {
            unclaimLast();
            return false;
        }
        String name = elementName(r, type);
        String title = r.optionalText("title");
        ElementId footprint = requireFootprint(r, "footprint", r.requiredId("footprint"), r.valueAt("footprint"));
        Lifecycle lifecycle = LifecycleFields.read(r);
        String note = r.optionalText("note");
        Map<String, String> attributes = r.optionalTextMap("attributes");
        apply(r, () -> model.addElement(new Element(id, kind, name, title, note, attributes.isEmpty() ? null : new TreeMap<>(attributes),
                lifecycle), footprint, -1));
        return true;
    }

    /** The element's kind; null when {@code mayWait} and the kind is not known (yet). */
    private ElementKind kind(JsonRecord r, ElementType type, boolean mayWait) throws ImportException {
        JsonValue value = r.required("kind");
        String name = r.text(value, "\"kind\"");
        ElementKind kind = model.kinds().parse(type, name);
        if (kind != null || mayWait) {
            return kind;
        }
        for (ElementType other : ElementType.values()) {
            if (model.kinds().parse(other, name) != null) {
                throw r.error(value.at(), "\"" + name + "\" is a kind of " + other + ", not of " + type
                        + "; change \"type\" to " + other + " or choose a " + type + " kind");
            }
        }
        String hint = type == ElementType.PERSON ? "" : " (or declare it in \"kinds\")";
        throw r.error(value.at(), Vocabulary.unknown(type.name().toLowerCase() + " kind", name,
                model.kinds().all(type).stream().map(ElementKind::name).toList()) + hint);
    }

    /** A person may leave out its name when its title names the role it stands for (a placeholder role holder). */
    private static String elementName(JsonRecord r, ElementType type) throws ImportException {
        if (type != ElementType.PERSON) {
            return r.requiredName("name");
        }
        if (r.has("name")) {
            return r.requiredText("name");
        }
        if (r.optionalText("title").isBlank()) {
            throw r.error(r.at(), "missing \"name\" in a person: a person needs a name or, when the document names only"
                    + " the role, a \"title\" such as \"Chair, Barnsley HWB\"");
        }
        return "";
    }

    private void readRelation(JsonRecord r) throws ImportException {
        ElementId id = claim(r, "the relation");
        RelationKind kind = r.requiredEnum("kind", RelationKind.class, "relation kind");
        ElementId from = requireElement(r, "from");
        ElementId to = requireElement(r, "to");
        onlyOn(r, "role", kind, RelationKind.MEMBER_OF);
        onlyOn(r, "voting", kind, RelationKind.MEMBER_OF);
        onlyOn(r, "scope", kind, RelationKind.DELEGATES_TO);
        MemberRole role = r.optionalEnum("role", MemberRole.class, "member role");
        Boolean voting = r.optionalBoolean("voting");
        String scope = r.has("scope") ? r.optionalText("scope") : null;
        Lifecycle lifecycle = LifecycleFields.read(r);
        String note = r.optionalText("note");
        apply(r, () -> model.addRelation(new Relation(id, kind, from, to, role, voting, scope, note, lifecycle), -1));
    }

    private static void onlyOn(JsonRecord r, String field, RelationKind kind, RelationKind allowed) throws ImportException {
        if (r.has(field) && kind != allowed) {
            throw r.error(r.nameAt(field), "\"" + field + "\" is only allowed on " + allowed + " relations, and this one is " + kind);
        }
    }

    private void readView(JsonRecord r) throws ImportException {
        ElementId id = claim(r, "the view");
        String name = r.requiredText("name");
        ElementId root = r.has("root") ? requireFootprint(r, "root", r.requiredId("root"), r.valueAt("root")) : null;
        Set<ElementId> collapsed = new TreeSet<>();
        for (JsonRecord.Located<ElementId> c : r.optionalIdList("collapsed")) {
            collapsed.add(requireFootprint(r, "collapsed", c.value(), c.at()));
        }
        Set<String> hiddenElementKinds = new TreeSet<>();
        for (JsonRecord.Located<String> k : r.optionalTextList("hiddenElementKinds")) {
            if (model.kinds().find(k.value()) == null) {
                throw r.error(k.at(), Vocabulary.unknown("element kind", k.value(), model.kinds().names()));
            }
            hiddenElementKinds.add(k.value());
        }
        List<RelationKind> hiddenRelationKinds = new ArrayList<>();
        for (JsonValue k : r.optionalArray("hiddenRelationKinds")) {
            hiddenRelationKinds.add(r.constant(k, "each item of \"hiddenRelationKinds\"", RelationKind.class, "relation kind"));
        }
        Set<Status> hiddenStatuses = LifecycleFields.hiddenStatuses(r);
        Map<ElementId, Position> pinned = new TreeMap<>();
        for (JsonValue.Member m : r.optionalMembers("pinned")) {
            ElementId pin = r.id(new JsonValue.JsonText(m.name(), m.nameAt()), "each key of \"pinned\"");
            if (!model.isElement(pin) && !model.isFootprint(pin)) {
                throw r.error(m.nameAt(), "\"pinned\" names " + quote(pin) + ", which is " + whatIs(pin, "an element or footprint"));
            }
            JsonRecord p = JsonRecord.of(m.value(), "a pinned position", POSITION_FIELDS, source);
            pinned.put(pin, new Position(coordinate(p, "x"), coordinate(p, "y")));
        }
        double zoom = r.optionalNumber("zoom", 1.0);
        if (!ViewLimits.isZoom(zoom)) {
            throw r.error(r.valueAt("zoom"), "\"zoom\" must be " + ViewLimits.zoomRange() + ", but is " + r.literal("zoom"));
        }
        double arranged = r.optionalNumber("arrangedAspect", 0);
        if (r.has("arrangedAspect") && !(arranged > 0 && arranged < 1000)) {
            throw r.error(r.valueAt("arrangedAspect"), "\"arrangedAspect\" must be a width / height ratio between 0 and 1000, but is " + arranged);
        }
        boolean membersAsList = Boolean.TRUE.equals(r.optionalBoolean("membersAsList"));
        apply(r, () -> model.addView(new DiagramView(id, name, root, new TreeSet<>(collapsed), new TreeSet<>(hiddenElementKinds),
                new TreeSet<>(hiddenRelationKinds), new TreeMap<>(pinned), zoom, new TreeSet<>(hiddenStatuses), arranged,
                membersAsList), -1));
    }

    /** A coordinate of a pinned position, refused at its place in the file when outside {@link ViewLimits}. */
    private static double coordinate(JsonRecord p, String field) throws ImportException {
        double v = p.requiredNumber(field);
        if (!ViewLimits.isCoordinate(v)) {
            throw p.error(p.valueAt(field), "\"" + field + "\" must be " + ViewLimits.coordinateRange() + ", but is " + p.literal(field));
        }
        return v;
    }

    /** Reads the record's id and refuses one already used anywhere in the file. */
    private ElementId claim(JsonRecord r, String what) throws ImportException {
        ElementId id = r.requiredId("id");
        TextLocation at = r.valueAt("id");
        if (model.containsId(id)) {
            Definition earlier = definition(id);
            throw r.error(at, "duplicate id " + quote(id) + ": already used by " + earlier.what()
                    + " at " + earlier.at() + " (ids are unique across footprints, elements, relations and views)");
        }
        int n = claimedIds.size();
        if (n == claimedAt.length) {
            claimedAt = Arrays.copyOf(claimedAt, n * 2);
        }
        claimedAt[n] = (long) at.line() << 32 | at.column();
        claimedIds.add(id);
        claimedWhat.add(what);
        return id;
    }

    /** Forgets the last claim: an element left to wait for the kinds section is claimed again when it is read. */
    private void unclaimLast() {
        claimedIds.remove(claimedIds.size() - 1);
        claimedWhat.remove(claimedWhat.size() - 1);
    }

    /** What {@code id} was claimed for and where, or null if it has not been (a scan: for messages only). */
    private Definition definition(ElementId id) {
        for (int i = 0; i < claimedIds.size(); i++) {
            if (claimedIds.get(i).equals(id)) {
                return new Definition(claimedWhat.get(i), new TextLocation((int) (claimedAt[i] >>> 32), (int) claimedAt[i]));
            }
        }
        return null;
    }

    /** The footprint's id as the model holds it (one instance per id however often the file names it). */
    private ElementId requireFootprint(JsonRecord r, String field, ElementId id, TextLocation at) throws ImportException {
        Footprint f = model.footprint(id).orElse(null);
        if (f == null) {
            throw r.error(at, "\"" + field + "\" names " + quote(id) + ", which is " + whatIs(id, "a footprint"));
        }
        return f.id();
    }

    /** The element's id as the model holds it, so a relation's ends share the element's id instead of copies. */
    private ElementId requireElement(JsonRecord r, String field) throws ImportException {
        ElementId id = r.requiredId(field);
        Element e = model.element(id).orElse(null);
        if (e == null) {
            throw r.error(r.valueAt(field), "\"" + field + "\" names " + quote(id) + ", which is "
                    + whatIs(id, "an element") + "; a relation joins elements (bodies, organisations and people)");
        }
        return e.id();
    }

    /**
     * Why an id is not the {@code wanted} thing, for messages: "the element at line 7, column 13, not a footprint"
     * or "not defined in this file".
     */
    private String whatIs(ElementId id, String wanted) {
        Definition d = definition(id);
        return d == null ? "not defined in this file" : d.what() + " at " + d.at() + ", not " + wanted;
    }

    /** Hands the record to the model; the model's own refusal is reported at the record. */
    private static void apply(JsonRecord r, Runnable edit) throws ImportException {
        try {
            edit.run();
        } catch (IllegalEditException | IllegalArgumentException e) {
            throw r.error(r.at(), e.getMessage());
        }
    }

    private static String quote(ElementId id) {
        return "\"" + id + "\"";
    }
}
