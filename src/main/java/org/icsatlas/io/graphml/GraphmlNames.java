package org.icsatlas.io.graphml;

import java.util.Set;

/**
 * The names of the project's own GraphML keys ({@code attr.name}), shared by the exporter and the importer. Keys are
 * matched by these names, never by key id: yEd renumbers ids when it saves. An element attribute whose name would
 * clash with one of them (or starts with the prefix) is written with {@link #ATTRIBUTE_PREFIX} in front.
 */
final class GraphmlNames {
    static final String NAMESPACE_GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String NAMESPACE_Y = "http://www.yworks.com/xml/graphml";
    static final String FORMAT = "atlasFormat";
    static final String FORMAT_VALUE = "ics-atlas-graphml 1";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String AS_OF = "asOf";

    static final String ID = "atlasId";
    static final String LABEL = "label";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String KIND = "kind";
    static final String LEVEL = "level";
    static final String PARENT = "parent";
    static final String NOTE = "note";
    static final String ROLE = "role";
    static final String VOTING = "voting";
    static final String SCOPE = "scope";
    static final String INTERACTION = "interaction";
    static final String STATUS = "status";
    static final String FROM_DATE = "fromDate";
    static final String TO_DATE = "toDate";
    static final String PLACEHOLDER = "placeholder";
    /** Graph data: the kinds the file declares, one a line ({@link DeclaredKinds}). */
    static final String KINDS = "atlasKinds";

    static final String FOOTPRINT_TYPE = "FOOTPRINT";
    static final String ATTRIBUTE_PREFIX = "attr.";

    /** Node data that is a field of a footprint or element, not one of its free attributes. */
    static final Set<String> NODE_FIELDS = Set.of(ID, LABEL, TYPE, KIND, LEVEL, PARENT, TITLE, NOTE,
            STATUS, FROM_DATE, TO_DATE, PLACEHOLDER);

    private GraphmlNames() {
    }

    /** The key name an element attribute is written under. */
    static String attributeKey(String attribute) {
        return NODE_FIELDS.contains(attribute) || attribute.startsWith(ATTRIBUTE_PREFIX) ? ATTRIBUTE_PREFIX + attribute : attribute;
    }

    /** The element attribute a node key that is not a field stands for. */
    static String attributeName(String key) {
        return key.startsWith(ATTRIBUTE_PREFIX) ? key.substring(ATTRIBUTE_PREFIX.length()) : key;
    }
}
