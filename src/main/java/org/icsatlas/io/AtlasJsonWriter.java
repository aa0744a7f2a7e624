package org.icsatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * Writes a model as a native {@code *.icsatlas.json} file in canonical form: fields in the documented order,
 * optional fields left out when empty, two-space indent, {@code \n} line ends and a final newline, footprints
 * depth first, elements grouped by footprint, relations and views in model order. The same model always gives
 * the same bytes, so save → load → save changes nothing and files diff cleanly. Saving to a file is atomic.
 */
public final class AtlasJsonWriter implements ModelExporter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private final AtomicFileWriter files;

    public AtlasJsonWriter() {
        this(AtomicFileWriter.standard());
    }

    AtlasJsonWriter(AtomicFileWriter files) {
        this.files = files;
    }

    @Override
    public void exportModel(IcsModel model, Path file) throws ExportException {
        files.replace(file, out -> exportModel(model, out));
    }

    @Override
    public void exportModel(IcsModel model, OutputStream out) throws ExportException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(canonicalLayout());
            writeModel(g, model);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the model: " + e.getMessage(), e);
        }
    }

    /** The canonical bytes of {@code model}. */
    public byte[] toBytes(IcsModel model) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportModel(model, out);
        return out.toByteArray();
    }

    /** A fresh printer per file: Jackson's pretty printers keep the nesting level as state. */
    private static DefaultPrettyPrinter canonicalLayout() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
    }

    private static void writeModel(JsonGenerator g, IcsModel model) throws IOException, ExportException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", NativeFormat.FORMAT_VERSION);
        writeInfo(g, model.info());
        writeKinds(g, model);
        g.writeArrayFieldStart("footprints");
        for (Footprint f : model.footprints()) {
            writeFootprint(g, f, model.parentOf(f.id()).orElse(null));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("elements");
        for (Element e : model.elements()) {
            writeElement(g, e, model.parentOf(e.id()).orElseThrow());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        for (Relation r : model.relations()) {
            writeRelation(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("views");
        for (DiagramView v : model.views()) {
            writeView(g, v);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeInfo(JsonGenerator g, ModelInfo info) throws IOException {
        if (info.title().isEmpty() && info.description().isEmpty() && info.asOf().isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("info");
        optional(g, "title", info.title());
        optional(g, "description", info.description());
        optional(g, "asOf", info.asOf());
        g.writeEndObject();
    }

    private static void writeFootprint(JsonGenerator g, Footprint f, ElementId parent) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id().value());
        g.writeStringField("name", f.name());
        g.writeStringField("level", f.level().name());
        if (parent != null) {
            g.writeStringField("parent", parent.value());
        }
        optional(g, "note", f.note());
        g.writeEndObject();
    }

    private static void writeElement(JsonGenerator g, Element e, ElementId footprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id().value());
        g.writeStringField("type", e.type().name());
        g.writeStringField("kind", e.kind().name());
        if (!e.isPlaceholder()) {
            g.writeStringField("name", e.name());
        }
        optional(g, "title", e.title());
        g.writeStringField("footprint", footprint.value());
        writeLifecycle(g, e.lifecycle());
        optional(g, "note", e.note());
        if (!e.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeRelation(JsonGenerator g, Relation r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id().value());
        g.writeStringField("kind", r.kind().name());
        g.writeStringField("from", r.source().value());
        g.writeStringField("to", r.target().value());
        if (r.role() != null) {
            g.writeStringField("role", r.role().name());
        }
        if (r.voting() != null) {
            g.writeBooleanField("voting", r.voting());
        }
        if (r.scope() != null) {
            optional(g, "scope", r.scope());
        }
        writeLifecycle(g, r.lifecycle());
        optional(g, "note", r.note());
        g.writeEndObject();
    }

    private static void writeView(JsonGenerator g, DiagramView v) throws IOException, ExportException {
        g.writeStartObject();
        g.writeStringField("id", v.id().value());
        g.writeStringField("name", v.name());
        if (v.root() != null) {
            g.writeStringField("root", v.root().value());
        }
        if (!v.collapsed().isEmpty()) {
            g.writeArrayFieldStart("collapsed");
            for (ElementId c : v.collapsed()) {
                g.writeString(c.value());
            }
            g.writeEndArray();
        }
        if (!v.hiddenElementKinds().isEmpty()) {
            g.writeArrayFieldStart("hiddenElementKinds");
            for (String k : v.hiddenElementKinds()) {
                g.writeString(k);
            }
            g.writeEndArray();
        }
        if (!v.hiddenRelationKinds().isEmpty()) {
            g.writeArrayFieldStart("hiddenRelationKinds");
            for (RelationKind k : v.hiddenRelationKinds()) {
                g.writeString(k.name());
            }
            g.writeEndArray();
        }
        writeHiddenStatuses(g, v);
        if (!v.pinned().isEmpty()) {
            g.writeObjectFieldStart("pinned");
            for (Map.Entry<ElementId, Position> p : v.pinned().entrySet()) {
                g.writeObjectFieldStart(p.getKey().value());
                g.writeFieldName("x");
                writeDouble(g, p.getValue().x(), v, p.getKey());
                g.writeFieldName("y");
                writeDouble(g, p.getValue().y(), v, p.getKey());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeFieldName("zoom");
        writeDouble(g, v.zoom(), v, v.id());
        if (v.hasArrangement()) {
            g.writeFieldName("arrangedAspect");
            writeDouble(g, v.arrangedAspect(), v, v.id());
        }
        if (v.membersAsList()) {
            g.writeBooleanField("membersAsList", true);
        }
        g.writeEndObject();
    }

    /** The declared kinds, left out when there are none so that files without them are written as before. */
    private static void writeKinds(JsonGenerator g, IcsModel model) throws IOException {
        if (model.kinds().declared().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("kinds");
        for (DeclaredKind k : model.kinds().declared()) {
            g.writeStartObject();
            g.writeStringField("id", k.name());
            g.writeStringField("type", k.type().name());
            g.writeStringField("label", k.label());
            if (k.basedOn() != null) {
                g.writeStringField("basedOn", k.basedOn().name());
            }
            optional(g, "colour", k.colour());
            g.writeStringField("badge", k.badge());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code status} unless current, and the dates that are set. */
    private static void writeLifecycle(JsonGenerator g, Lifecycle l) throws IOException {
        if (l.status() != Status.CURRENT) {
            g.writeStringField("status", l.status().name());
        }
        optional(g, "fromDate", l.from());
        optional(g, "toDate", l.to());
    }

    private static void writeHiddenStatuses(JsonGenerator g, DiagramView v) throws IOException {
        if (!v.hiddenStatuses().isEmpty()) {
            g.writeArrayFieldStart("hiddenStatuses");
            for (Status s : v.hiddenStatuses()) {
                g.writeString(s.name());
            }
            g.writeEndArray();
        }
    }

    /** Always in Java's shortest round-trip form ({@code 40.0}), so reading and writing again gives the same text. */
    private static void writeDouble(JsonGenerator g, double d, DiagramView view, ElementId what) throws IOException, ExportException {
        if (!Double.isFinite(d)) {
            throw new ExportException("view '" + view.id() + "' has a position or zoom for '" + what + "' that is not a finite number (" + d + ")");
        }
        g.writeNumber(Double.toString(d));
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }
}
