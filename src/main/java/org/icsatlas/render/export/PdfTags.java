package org.icsatlas.render.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.icsatlas.render.drawing.Group;

/**
 * The tagged structure of an exported PDF, so a screen reader reads it in order and a viewer can reflow it: a
 * Document with, for each page, the title block first, then a section per footprint (nested as the footprints are,
 * its name as a heading), a paragraph per element with its text, a figure per relation whose alternative text says
 * what it joins, and the key. Everything else drawn (outlines, tints, the watermark) is an artifact. The catalogue
 * says the file is tagged ({@code /MarkInfo}), in British English, and that viewers show the title, not the file name.
 */
final class PdfTags {
    /** The marked content that is no part of the structure. */
    static final Object ARTIFACT = new Object();

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
    private PDPage page;
    private COSArray pageMarks;
    private int pageStart;

    PdfTags(PDDocument doc, String title) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage("en-GB");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        set(document, COSName.T, title);
        root.appendKid(document);
    }

    /** Starts the marks of {@code p}: its content's marked-content ids are its own, from 0. */
    Scope startPage(PDPage p) {
        page = p;
        pageMarks = new COSArray();
        int key = parentTree.size();
        p.setStructParents(key);
        parentTree.put(key, new PDParentTreeValue(pageMarks));
        pageStart = document.getKids().size();
        return new Scope(document, null, false, null, null);
    }

    /** Writes the parent tree that maps each page's marked content back to its structure elements. */
    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
    }

    /** The next marked-content id on this page, given to {@code element}. */
    int mark(PDStructureElement element) {
        int id = pageMarks.size();
        pageMarks.add(element);
        element.appendKid(id);
        return id;
    }

    /** What {@code g}'s own marks are tagged as, and where its children's structure goes, inside {@code parent}. */
    Scope scope(Group g, Scope parent) {
        if (parent.artifact) {
            return parent;
        }
        String kind = g.kind();
        String first = kind.indexOf(' ') < 0 ? kind : kind.substring(0, kind.indexOf(' '));
        PDStructureNode in = parent.container;
        return switch (first) {
            case "watermark" -> new Scope(in, null, false, null, null).asArtifact();
            case "footprint" -> {
                PDStructureElement sect = element(StandardStructureTypes.SECT, in, g.title());
                yield new Scope(sect, StandardStructureTypes.H, false, g.title(), null);
            }
            case "element" -> new Scope(in, StandardStructureTypes.P, false, g.title(), null)
                    .reading(g.description().isEmpty() ? g.title() : g.title() + ", " + g.description());
            case "relation" -> new Scope(in, StandardStructureTypes.Figure, true, null,
                    g.description().isEmpty() ? g.title() : g.title() + " (" + g.description() + ")").after(parent);
            case "legend" -> {
                PDStructureElement sect = element(StandardStructureTypes.SECT, in, g.title());
                yield new Scope(sect, StandardStructureTypes.P, false, g.title(), null);
            }
            case "title-block" -> new Scope(in, StandardStructureTypes.P, false, g.title(), null).first();
            default -> new Scope(in, StandardStructureTypes.P, false, null, null);
        };
    }

    private PDStructureElement element(String type, PDStructureNode parent, String title) {
        PDStructureElement e = new PDStructureElement(type, parent);
        e.setPage(page);
        if (title != null && !title.isEmpty()) {
            set(e, COSName.T, title);
        }
        parent.appendKid(e);
        return e;
    }

    /**
     * Sets a text string entry. PDFBox's own setters test every character against PDFDocEncoding one by one; on a
     * large model (twenty thousand structure elements) that was a good part of the export, so plain ASCII goes in as
     * its bytes and anything else as UTF-16BE with its byte order mark, as the PDF text string rules say.
     */
    static void set(PDStructureElement e, COSName key, String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            char ch = text.charAt(i);
            ascii = ch >= ' ' && ch < 127;
        }
        byte[] bytes;
        if (ascii) {
            bytes = text.getBytes(StandardCharsets.US_ASCII);
        } else {
            byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
            bytes = new byte[utf16.length + 2];
            bytes[0] = (byte) 0xFE;
            bytes[1] = (byte) 0xFF;
            System.arraycopy(utf16, 0, bytes, 2, utf16.length);
        }
        e.getCOSObject().setItem(key, new COSString(bytes));
    }

    /** One group's place in the structure: its own element (made when it first shows something) and its children's. */
    final class Scope {
        final PDStructureNode container;
        private final String ownType;
        private final boolean paintsTagged;
        private final String title;
        private final String alt;
        private boolean artifact;
        private boolean first;
        private Scope after;
        private String actualText;
        private final List<PDStructureElement> trailing = new ArrayList<>();
        private PDStructureElement own;

        private Scope(PDStructureNode container, String ownType, boolean paintsTagged, String title, String alt) {
            this.container = container;
            this.ownType = ownType;
            this.paintsTagged = paintsTagged;
            this.title = title;
            this.alt = alt;
        }

        private Scope asArtifact() {
            artifact = true;
            return this;
        }

        private Scope first() {
            first = true;
            return this;
        }

        /**
         * Read aloud as {@code text}: a name wrapped over lines is read whole, and a kind's badge ("LA") as the
         * kind and footprint the screen reader's description gives.
         */
        private Scope reading(String text) {
            actualText = text;
            return this;
        }

        /** Read after what {@code parent} holds: a footprint's relations follow its bodies, though drawn beneath them. */
        private Scope after(Scope parent) {
            after = parent;
            return this;
        }

        /** Ends the group: the relations held back join the structure now, after everything else in it. */
        void end() {
            for (PDStructureElement e : trailing) {
                container.appendKid(e);
            }
            trailing.clear();
        }

        /** What a text run of this group is marked as: its element, or an artifact. */
        Object text() {
            return artifact || ownType == null ? ARTIFACT : own();
        }

        /** What a painted figure of this group is marked as: a relation's figure, otherwise an artifact. */
        Object paint() {
            return artifact || !paintsTagged ? ARTIFACT : own();
        }

        private PDStructureElement own() {
            if (own == null) {
                own = new PDStructureElement(ownType, container);
                own.setPage(page);
                if (title != null && !title.isEmpty()) {
                    set(own, COSName.T, title);
                }
                if (alt != null) {
                    set(own, COSName.ALT, alt);
                }
                if (actualText != null) {
                    set(own, COSName.ACTUAL_TEXT, actualText);
                }
                // the title block is read first on its page, before the diagram it describes
                if (first && container == document && document.getKids().size() > pageStart) {
                    document.insertBefore(own, document.getKids().get(pageStart));
                } else if (after != null) {
                    after.trailing.add(own);
                } else {
                    container.appendKid(own);
                }
            }
            return own;
        }
    }
}
