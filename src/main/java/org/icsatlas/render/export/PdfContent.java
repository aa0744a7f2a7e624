package org.icsatlas.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * One page's content stream, written straight into a byte buffer: the operators the painter needs, numbers to a
 * thousandth of a point, text as glyph ids of the embedded font. PDFBox's own content stream formats every operand
 * through its general writer and a paged buffer, which on the England-scale model cost more than the whole drawing;
 * this writes the same operators at a fraction of the cost and hands PDFBox one flate-compressed stream per page. The
 * font and graphics-state resources are still PDFBox's, so subsetting, widths and the ToUnicode map stay its job.
 */
final class PdfContent {
    private final PDResources resources = new PDResources();
    private final Map<PDFont, String> fontNames = new HashMap<>();
    private final Map<PDExtendedGraphicsState, String> stateNames = new HashMap<>();
    private byte[] buf = new byte[1 << 16];
    private int len;

    // --- graphics state

    void saveGraphicsState() {
        op("q\n");
    }

    void restoreGraphicsState() {
        op("Q\n");
    }

    void transform(double a, double b, double c, double d, double e, double f) {
        num(a).num(b).num(c).num(d).num(e).num(f).op("cm\n");
    }

    void setGraphicsStateParameters(PDExtendedGraphicsState gs) {
        name(stateNames.computeIfAbsent(gs, s -> resources.add(s).getName())).op("gs\n");
    }

    void setStrokingColor(float[] rgb) {
        num(rgb[0]).num(rgb[1]).num(rgb[2]).op("RG\n");
    }

    void setNonStrokingColor(float[] rgb) {
        num(rgb[0]).num(rgb[1]).num(rgb[2]).op("rg\n");
    }

    void setLineWidth(double w) {
        num(w).op("w\n");
    }

    void setLineDashPattern(List<Double> dash) {
        op("[");
        for (Double d : dash) {
            num(d);
        }
        op("] 0 d\n");
    }

    void setLineCapStyle(int cap) {
        num(cap).op("J\n");
    }

    void setLineJoinStyle(int join) {
        num(join).op("j\n");
    }

    // --- paths

    void moveTo(double x, double y) {
        num(x).num(y).op("m\n");
    }

    void lineTo(double x, double y) {
        num(x).num(y).op("l\n");
    }

    void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        num(x1).num(y1).num(x2).num(y2).num(x3).num(y3).op("c\n");
    }

    void addRect(double x, double y, double w, double h) {
        num(x).num(y).num(w).num(h).op("re\n");
    }

    void closePath() {
        op("h\n");
    }

    void fill() {
        op("f\n");
    }

    void stroke() {
        op("S\n");
    }

    // --- text

    void beginText() {
        op("BT\n");
    }

    void endText() {
        op("ET\n");
    }

    void setFont(PDFont font, double size) {
        name(fontNames.computeIfAbsent(font, f -> resources.add(f).getName())).num(size).op("Tf\n");
    }

    /** Horizontal scaling of glyphs, per cent (100 = as designed). */
    void setHorizontalScaling(double percent) {
        num(percent).op("Tz\n");
    }

    void setTextMatrix(double a, double b, double c, double d, double e, double f) {
        num(a).num(b).num(c).num(d).num(e).num(f).op("Tm\n");
    }

    /** Shows glyphs {@code gids[from..to)} of the font in force (Identity-H: two bytes a glyph); nothing when empty. */
    void showGlyphs(int[] gids, int from, int to) {
        if (from >= to) {
            return;
        }
        ensure((to - from) * 4 + 8);
        buf[len++] = '<';
        for (int i = from; i < to; i++) {
            hex16(gids[i]);
        }
        op("> Tj\n");
    }

    // --- marked content

    void beginArtifact() {
        op("/Artifact BMC\n");
    }

    void beginMarkedContent(String tag, int mcid) {
        name(tag).op("<</MCID ").num(mcid).op(">> BDC\n");
    }

    /** A span whose text, for extraction and search, is {@code text} whatever glyphs are drawn inside it. */
    void beginActualText(String text) {
        op("/Span <</ActualText <FEFF");
        ensure(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            hex16(text.charAt(i));
        }
        op(">>> BDC\n");
    }

    void endMarkedContent() {
        op("EMC\n");
    }

    /** Makes this the page's content, flate-compressed, with the fonts and graphics states it named. */
    void writeTo(PDDocument doc, PDPage page) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(buf, 0, len);
        }
        page.setContents(new PDStream(stream));
        page.setResources(resources);
    }

    /** The operators written so far (tests). */
    String text() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }

    // --- bytes

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** Four hex digits of a 16-bit value (a glyph id, a UTF-16 unit); the caller has ensured the room. */
    private void hex16(int v) {
        buf[len++] = HEX[(v >> 12) & 15];
        buf[len++] = HEX[(v >> 8) & 15];
        buf[len++] = HEX[(v >> 4) & 15];
        buf[len++] = HEX[v & 15];
    }

    private PdfContent op(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    private PdfContent name(String n) {
        ensure(n.length() + 2);
        buf[len++] = '/';
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            // structure types and resource names are plain ASCII letters and digits
            buf[len++] = (byte) (ch > ' ' && ch < 127 && "()<>[]{}/%#".indexOf(ch) < 0 ? ch : '_');
        }
        buf[len++] = ' ';
        return this;
    }

    /** Writes {@code v} rounded to three decimals, without trailing zeros, then a space. */
    private PdfContent num(double v) {
        ensure(24);
        long m = Math.round(v * 1000);
        if (m < 0) {
            buf[len++] = '-';
            m = -m;
        }
        long whole = m / 1000;
        int frac = (int) (m % 1000);
        digits(whole);
        if (frac != 0) {
            buf[len++] = '.';
            buf[len++] = (byte) ('0' + frac / 100);
            if (frac % 100 != 0) {
                buf[len++] = (byte) ('0' + frac / 10 % 10);
                if (frac % 10 != 0) {
                    buf[len++] = (byte) ('0' + frac % 10);
                }
            }
        }
        buf[len++] = ' ';
        return this;
    }

    private void digits(long v) {
        if (v >= 10) {
            digits(v / 10);
        }
        buf[len++] = (byte) ('0' + v % 10);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
