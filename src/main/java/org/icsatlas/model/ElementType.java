package org.icsatlas.model;

/** The three types of element that take part in relations. */
public enum ElementType {
    BODY, ORGANISATION, PERSON
}
