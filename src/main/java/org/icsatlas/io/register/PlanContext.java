package org.icsatlas.io.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;

/**
 * The working state of one import plan: the model being built (a copy of the open model), what the preview will
 * list, the rows refused so far, and look-ups of footprints and elements by id and by name.
 */
final class PlanContext {
    final IcsModel target;
    final Register register;
    final RegisterVocabulary words;
    final List<PlanEntry> added = new ArrayList<>();
    final List<PlanEntry> changed = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    private final Set<RegisterRow> refusedRows = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements and relations the register lists, with the row that lists them. */
    final Map<ElementId, RegisterRow> claimed = new LinkedHashMap<>();
    /** The element each bodies or organisations row became (or updated). */
    final Map<RegisterRow, ElementId> rowElements = new IdentityHashMap<>();
    private final Set<ElementId> handedOut = new HashSet<>();
    private final Map<String, List<ElementId>> footprintNames = new HashMap<>();
    private final Map<String, List<ElementId>> elementNames = new HashMap<>();

    PlanContext(IcsModel base, Register register, RegisterVocabulary words) {
        this.target = base.copy();
        this.register = register;
        this.words = words.over(target);
        for (Footprint f : target.footprints()) {
            footprintNames.computeIfAbsent(key(f.name()), k -> new ArrayList<>()).add(f.id());
        }
        for (Element e : target.elements()) {
            elementNames.computeIfAbsent(key(e.name()), k -> new ArrayList<>()).add(e.id());
        }
    }

    static String key(String name) {
        return SynonymTable.normalise(name);
    }

    /**
     * The status and dates a row gives, or null when its table has none of the Status, From date and To date
     * columns (so an update leaves them as they are).
     */
    org.icsatlas.model.Lifecycle lifecycle(RegisterTable table, RegisterRow r) throws RowProblem {
        if (RegisterColumn.LIFECYCLE.stream().noneMatch(table::hasColumn)) {
            return null;
        }
        try {
            return new org.icsatlas.model.Lifecycle(words.status(r.get(RegisterColumn.STATUS)), r.get(RegisterColumn.FROM_DATE),
                    r.get(RegisterColumn.TO_DATE));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(e.getMessage());
        }
    }

    void refuse(RegisterRow row, String reason) {
        if (refusedRows.add(row)) {
            rejected.add(row.reject(reason));
        }
    }

    /** A reason about part of a row (one reporting line) that leaves the rest of the row imported. */
    void refusePart(RegisterRow row, String reason) {
        rejected.add(row.reject(reason));
    }

    boolean refused(RegisterRow row) {
        return refusedRows.contains(row);
    }

    void add(RegisterRow row, String text) {
        added.add(new PlanEntry(row.source(), row.row(), text));
    }

    void change(RegisterRow row, String text) {
        changed.add(new PlanEntry(row.source(), row.row(), text));
    }

    // ---------------------------------------------------------------- look-ups

    Optional<ElementId> footprintNamed(String idOrName) {
        if (ElementId.isValid(idOrName) && target.isFootprint(ElementId.of(idOrName))) {
            return Optional.of(ElementId.of(idOrName));
        }
        List<ElementId> ids = footprintNames.getOrDefault(key(idOrName), List.of());
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    void footprintAdded(Footprint f) {
        footprintNames.computeIfAbsent(key(f.name()), k -> new ArrayList<>()).add(f.id());
    }

    void elementAdded(Element e) {
        elementNames.computeIfAbsent(key(e.name()), k -> new ArrayList<>()).add(e.id());
    }

    void elementRenamed(String oldName, Element e) {
        elementNames.getOrDefault(key(oldName), new ArrayList<>()).remove(e.id());
        elementAdded(e);
    }

    /**
     * The element a cell names, by id or by name, among elements of {@code types}. Empty when there is none;
     * a {@link RowProblem} when the name fits more than one.
     */
    Optional<ElementId> element(String idOrName, Set<ElementType> types) throws RowProblem {
        if (ElementId.isValid(idOrName)) {
            Optional<Element> byId = target.element(ElementId.of(idOrName));
            if (byId.isPresent() && types.contains(byId.get().type())) {
                return Optional.of(byId.get().id());
            }
        }
        List<ElementId> matches = new ArrayList<>();
        for (ElementId id : elementNames.getOrDefault(key(idOrName), List.of())) {
            if (types.contains(target.element(id).orElseThrow().type())) {
                matches.add(id);
            }
        }
        if (matches.size() > 1) {
            throw new RowProblem(RegisterVocabulary.quote(idOrName) + " could be any of " + matches.size()
                    + " elements with that name (ids " + matches + "); write the id instead");
        }
        return matches.stream().findFirst();
    }

    String name(ElementId id) {
        return target.element(id).map(Element::name).or(() -> target.footprint(id).map(Footprint::name)).orElse(id.value());
    }

    String quoted(ElementId id) {
        return "'" + name(id) + "'";
    }

    // ---------------------------------------------------------------- ids

    /** A fresh readable id from a name ({@code slough-place-committee}), unused in the model and by this plan. */
    ElementId freshId(String prefix, String name) {
        String base = slug((prefix.isEmpty() ? "" : prefix + " ") + name);
        ElementId id = ElementId.of(base);
        for (int n = 2; target.containsId(id) || handedOut.contains(id); n++) {
            id = ElementId.of(base + "-" + n);
        }
        handedOut.add(id);
        return id;
    }

    /** Whether a register's own id for a new item is free. */
    boolean idFree(ElementId id) {
        return !target.containsId(id) && !handedOut.contains(id);
    }

    void reserve(ElementId id) {
        handedOut.add(id);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "item" : s;
    }
}
