package org.icsatlas.io;

import java.util.List;

/**
 * Facts about the native {@code *.icsatlas.json} format shared by its reader and writer (see
 * {@code docs/file-format.md}): the version this build reads and writes, and each record's fields in the
 * canonical order they are written in.
 */
public final class NativeFormat {
    /** The format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The file name ending of a native file. */
    public static final String EXTENSION = ".icsatlas.json";

    static final List<String> FILE_FIELDS = List.of("formatVersion", "info", "kinds", "footprints", "elements", "relations", "views");
    static final List<String> INFO_FIELDS = List.of("title", "description", "asOf");
    static final List<String> FOOTPRINT_FIELDS = List.of("id", "name", "level", "parent", "note");
    static final List<String> ELEMENT_FIELDS = List.of("id", "type", "kind", "name", "title", "footprint", "status", "fromDate",
            "toDate", "note", "attributes");
    static final List<String> RELATION_FIELDS = List.of("id", "kind", "from", "to", "role", "voting", "scope", "status",
            "fromDate", "toDate", "note");
    static final List<String> VIEW_FIELDS = List.of("id", "name", "root", "collapsed", "hiddenElementKinds",
            "hiddenRelationKinds", "hiddenStatuses", "pinned", "zoom", "arrangedAspect", "membersAsList");
    static final List<String> POSITION_FIELDS = List.of("x", "y");
    /** A declared element kind, in the file's {@code kinds} section. */
    static final List<String> KIND_FIELDS = List.of("id", "type", "label", "basedOn", "colour", "badge");

    private NativeFormat() {
    }

    /** The classpath resource of a bundled sample, e.g. {@code bsw-wiltshire} → {@code /sample-data/bsw-wiltshire.icsatlas.json}. */
    public static String sampleResource(String name) {
        return "/sample-data/" + name + EXTENSION;
    }
}
