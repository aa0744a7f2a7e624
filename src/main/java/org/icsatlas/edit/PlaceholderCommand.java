package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/**
 * Turns a named person into a placeholder role holder (the name forgotten; the role title, "Chair, Barnsley HWB",
 * stands for whoever holds the role, as when a paper names the role and not the person), or names a placeholder
 * role holder. Undo gives the old name (or the placeholder) back.
 */
public final class PlaceholderCommand extends ItemEdit {
    /** The person's name after the change; empty for a placeholder. */
    private final String name;

    private PlaceholderCommand(ElementId person, String name) {
        super(person);
        this.name = name;
    }

    /** Forgets {@code person}'s name, so that its role title stands for whoever holds the role. */
    public static PlaceholderCommand unnamed(ElementId person) {
        return new PlaceholderCommand(person, "");
    }

    /** Names the placeholder role holder {@code person} (or renames a named person) {@code name}. */
    public static PlaceholderCommand named(ElementId person, String name) {
        String n = Objects.requireNonNullElse(name, "").strip();
        if (n.isEmpty()) {
            throw new IllegalEditException("type the person's name (in Name) to name a placeholder role holder");
        }
        return new PlaceholderCommand(person, n);
    }

    @Override
    String action() {
        return name.isEmpty() ? "make a placeholder role holder of" : "name";
    }

    @Override
    Element change(Element e) {
        if (e.type() != ElementType.PERSON) {
            throw new IllegalEditException("'" + e.name() + "' is not a person: only a person can be a placeholder role holder");
        }
        if (name.isEmpty() && e.title().isBlank()) {
            throw new IllegalEditException("give '" + e.name() + "' a role title first: a placeholder role holder is known"
                    + " only by the role it holds");
        }
        return e.withName(name);
    }

    @Override
    String describe(IcsModel model) {
        Element e = model.element(target).orElseThrow();
        return name.isEmpty() ? "Make " + Wording.quoted(model, target) + " a placeholder role holder ('" + e.title() + "')"
                : "Name " + Wording.quoted(model, target) + " '" + name + "'";
    }

    @Override
    String fallbackDescription() {
        return name.isEmpty() ? "Make '" + target + "' a placeholder role holder" : "Name '" + target + "' '" + name + "'";
    }
}
