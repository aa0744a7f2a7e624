package org.icsatlas.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * What one reference document states, written as checks against a sample: each statement quotes the document's
 * words and names the element (with its kind and footprint) or the relation (with its kind, role and status) the
 * sample must have for it. {@link #problems(IcsModel)} lists every statement the sample does not carry.
 */
final class DocumentStatements {
    /** One statement of the document and what the sample must have for it. */
    private record Statement(String quote, String expected, Check check) {
    }

    @FunctionalInterface
    private interface Check {
        /** Null when the sample carries the statement, else what is wrong. */
        String problem(IcsModel model);
    }

    private final List<Statement> statements = new ArrayList<>();

    int size() {
        return statements.size();
    }

    /** "quote": an element called {@code name} of {@code kind} sits in footprint {@code footprint}. */
    DocumentStatements element(String quote, String name, ElementKind kind, String footprint) {
        statements.add(new Statement(quote, name + " (" + kind.name() + ") in " + footprint, m -> {
            Optional<Element> e = Samples.named(m, name);
            if (e.isEmpty()) {
                return "no element named '" + name + "'";
            }
            if (!e.get().kind().equals(kind)) {
                return "'" + name + "' is a " + e.get().kind().name();
            }
            String at = m.parentOf(e.get().id()).map(Object::toString).orElse("?");
            return at.equals(footprint) ? null : "'" + name + "' sits in " + at;
        }));
        return this;
    }

    /** "quote": a person with no name holding the role in {@code title}, in {@code footprint}. */
    DocumentStatements placeholder(String quote, String title, String footprint) {
        statements.add(new Statement(quote, "role holder '" + title + "' with no name in " + footprint, m -> {
            Optional<Element> e = Samples.named(m, title);
            if (e.isEmpty() || !e.get().isPlaceholder() || !e.get().title().equals(title)) {
                return "no placeholder role holder titled '" + title + "'";
            }
            String at = m.parentOf(e.get().id()).map(Object::toString).orElse("?");
            return at.equals(footprint) ? null : "'" + title + "' sits in " + at;
        }));
        return this;
    }

    /** "quote": {@code from} is related to {@code to} by {@code kind}, current. */
    DocumentStatements relation(String quote, String from, RelationKind kind, String to) {
        return relation(quote, from, kind, to, null, Status.CURRENT);
    }

    /** "quote": a membership of {@code member} in {@code body} in {@code role}, with {@code status}. */
    DocumentStatements member(String quote, String member, String body, MemberRole role, Status status) {
        return relation(quote, member, RelationKind.MEMBER_OF, body, role, status);
    }

    /** "quote": {@code from} is related to {@code to} by {@code kind} (role when a membership) with {@code status}. */
    DocumentStatements relation(String quote, String from, RelationKind kind, String to, MemberRole role, Status status) {
        String expected = "'" + from + "' " + kind.name() + (role == null ? "" : " as " + role.name()) + " '" + to + "', "
                + status.label();
        statements.add(new Statement(quote, expected, m -> {
            Optional<Element> s = Samples.named(m, from);
            Optional<Element> t = Samples.named(m, to);
            if (s.isEmpty() || t.isEmpty()) {
                return "no element named '" + (s.isEmpty() ? from : to) + "'";
            }
            for (Relation r : m.outgoing(s.get().id())) {
                if (r.kind() == kind && r.target().equals(t.get().id())) {
                    if (role != null && r.role() != role) {
                        return "the membership is as " + r.role().name();
                    }
                    return r.status() == status ? null : "the relation is " + r.status().label();
                }
            }
            return "no such relation";
        }));
        return this;
    }

    /** "quote": any other fact of the sample, worded as {@code expected}. */
    DocumentStatements fact(String quote, String expected, java.util.function.Predicate<IcsModel> holds) {
        statements.add(new Statement(quote, expected, m -> holds.test(m) ? null : "does not hold"));
        return this;
    }

    /** Each statement the sample does not carry: the document's words, what was expected, what is wrong. */
    List<String> problems(IcsModel model) {
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            String p = s.check().problem(model);
            if (p != null) {
                out.add("\"" + s.quote() + "\" needs " + s.expected() + ": " + p);
            }
        }
        return out;
    }
}
