package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile registers: each refused, or its bad rows reported, with the message asserted; the model untouched. */
class RegisterHostileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Register read(Path source) throws RegisterException {
        return new RegisterReader().read(RegisterSource.of(source));
    }

    private RegisterException refused(Path source) {
        return assertThrows(RegisterException.class, () -> read(source));
    }

    /** Plans {@code source} into a small model and checks the model itself is never touched. */
    private ImportPlan plan(Path source) throws Exception {
        IcsModel base = new IcsModel();
        base.addFootprint(Footprint.of("frimley", "Frimley", FootprintLevel.SYSTEM), null, -1);
        base.addElement(Element.of("icb-board", BodyKind.INTEGRATED_CARE_BOARD, "NHS Frimley ICB Board"), org.icsatlas.model.ElementId.of("frimley"), -1);
        ModelSnapshot before = base.snapshot();
        ImportPlan plan = new ImportPlanner().plan(base, read(source));
        assertEquals(before, base.snapshot(), "planning never changes the open model");
        return plan;
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("bodies.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        assertEquals("bodies.csv: the file is 100 MB, larger than the 32 MB a register may be; it is not read", refused(dir).getMessage());
    }

    @Test
    void aMillionRowsAreRefusedAtTheLimit() throws Exception {
        StringBuilder b = new StringBuilder("Name,Kind\n");
        for (int i = 0; i < 1_000_000; i++) {
            b.append("B").append(i).append(",Committee\n");
        }
        write("bodies.csv", b.toString());
        assertEquals("bodies.csv:200001: more than 200,000 rows; a register of one ICS has hundreds, so this is not read "
                + "(split it, or check that it is the right file)", refused(dir).getMessage());
    }

    @Test
    void invalidUtf8IsRefusedAtItsRow() throws Exception {
        byte[] good = "Name,Kind\nCrème Board,Committee\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 12);
        System.arraycopy(new byte[] {'B', 'a', 'd', (byte) 0xC3, (byte) 0x28, ',', 'C', 'o', 'm', 'm', '\n', 'x'}, 0, bytes, good.length, 12);
        write("bodies.csv", bytes);
        assertEquals("bodies.csv:3: the file is not valid UTF-8 (byte 0xC3 here, after UTF-8 text earlier); save it again as \"CSV UTF-8\"",
                refused(dir).getMessage());
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkAndWindows1252AllRead() throws Exception {
        String text = "Name,Kind,Footprint\nYnys Môn Board,Committee,Frimley\n";
        for (byte[] bytes : List.of(text.getBytes(StandardCharsets.UTF_8), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                text.getBytes(Charset.forName("windows-1252")))) {
            write("bodies.csv", bytes);
            Register r = read(dir);
            assertEquals("Ynys Môn Board", r.rows(RegisterTableKind.BODIES).get(0).get(RegisterColumn.NAME));
            assertEquals("Name", "Name");
        }
    }

    @Test
    void utf16AndBinaryFilesAreRefused() throws Exception {
        write("bodies.csv", "Name,Kind\n".getBytes(StandardCharsets.UTF_16LE.newEncoder().charset()));
        Files.write(dir.resolve("bodies.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Name,Kind\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("bodies.csv:1: the file is UTF-16 text; save it as \"CSV UTF-8\" (or \"CSV (Comma delimited)\") and import that",
                refused(dir).getMessage());
        write("bodies.csv", new byte[] {'N', 'a', 'm', 'e', '\n', 0x50, 0x4B, 0x03, 0x04, 0x00});
        assertTrue(refused(dir).getMessage().startsWith("bodies.csv:2: the file holds a control byte 0x03, so it is not a text (CSV) file"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aFormulaCellIsRefusedAndTheRestImported() throws Exception {
        write("bodies.csv", "Name,Kind,Footprint\n\"=HYPERLINK(\"\"http://x\"\",\"\"Board\"\")\",Committee,Frimley\n"
                + "Audit Committee,Committee,Frimley\n+cmd|' /C calc'!A0,Committee,Frimley\n+44 Board,Committee,Frimley\n");
        ImportPlan plan = plan(dir);
        assertEquals(List.of("bodies.csv:2", "bodies.csv:4"), plan.rejected().stream().map(r -> r.source() + ":" + r.row()).toList());
        assertTrue(plan.rejected().get(0).reason().startsWith("the cell \"=HYPERLINK(\"http://x\",\"Board\")\" is a spreadsheet formula, which ICS Atlas does not run"));
        assertEquals(2, plan.added().size(), plan.added()::toString);
    }

    @Test
    void exportNeutralisesEveryCellThatASpreadsheetWouldRun() throws Exception {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("s", "=1+1", FootprintLevel.SYSTEM), null, -1);
        for (String name : List.of("=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tTab", "'=quoted")) {
            m.addElement(Element.of("e" + Math.abs(name.hashCode()), BodyKind.COMMITTEE, name), org.icsatlas.model.ElementId.of("s"), -1);
        }
        new RegisterExporter().export(m, dir.resolve("out"));
        String bodies = Files.readString(dir.resolve("out/bodies.csv"));
        for (String guarded : List.of("'=cmd|' /C calc'!A0", "'+SUM(A1)", "'-2+3", "'@SUM(A1)", "'\tTab", "''=quoted", "'=1+1")) {
            assertTrue(bodies.contains(guarded), guarded + " in " + bodies);
        }
        assertTrue(java.util.Arrays.stream(bodies.split("[,\\n]")).noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@")));
        ModelContent.assertSameContent(m, new ImportPlanner().plan(new IcsModel(), read(dir.resolve("out"))).result());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRefused() throws Exception {
        write("bodies.csv", "Name,Kind\nAudit Committee,Committee,Frimley,extra\nQuality Committee,Committee\n");
        ImportPlan plan = plan(dir);
        assertEquals("bodies.csv:2: the row has 4 cells but the header has 2 columns; a comma or a column too many?", plan.rejected().get(0).toString());
        assertEquals(1, plan.rejected().size());
    }

    @Test
    void anUnknownKindIsRefusedWithASuggestion() throws Exception {
        write("bodies.csv", "Committee,Type\nAudit,Comittee\nSenate,Clinical senate\n");
        ImportPlan plan = plan(dir);
        assertTrue(plan.rejected().get(0).toString().startsWith("bodies.csv:2: unknown body kind \"Comittee\"; did you mean \"Committee\"? Body kinds: Integrated care board,"));
        assertTrue(plan.rejected().get(1).toString().startsWith("bodies.csv:3: unknown body kind \"Clinical senate\". Body kinds:"));
    }

    @Test
    void aBodyReportingToAMissingBodyIsAddedWithoutThatLine() throws Exception {
        write("bodies.csv", "Name,Kind,Reports to\nAudit Committee,Committee,NHS Frimley ICB Board\nSenate,Committee,Clinical Senate Board\n");
        ImportPlan plan = plan(dir);
        assertEquals(List.of("bodies.csv:3: reports to \"Clinical Senate Board\", which is not a body or organisation in the register "
                + "or the model; that reporting line is not imported"), plan.rejected().stream().map(Object::toString).toList());
        IcsModel after = plan.result();
        assertEquals(2, after.relations().size() + 1);
    }

    @Test
    void aTableWithoutANameColumnIsRefusedAtItsHeader() throws Exception {
        write("bodies.csv", "Kind,Place\nCommittee,Frimley\n");
        assertTrue(refused(dir).getMessage().startsWith("bodies.csv:1: no column for the name of each row; the header should have one of: Name, Body, Body name"));
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefused() throws Exception {
        write("bodies.csv", "Name,Kind\n\"Audit,Committee\nQuality,Committee\n");
        assertTrue(refused(dir).getMessage().startsWith("bodies.csv:2: the CSV is malformed here: a quoted cell is never closed"), refused(dir).getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path f = write("register.xlsx", "Name,Kind\n");
        assertTrue(refused(f).getMessage().startsWith("register.xlsx: cannot be read as an Excel .xlsx workbook"), refused(f).getMessage());
        assertEquals("register.xls: this is an old Excel 97-2003 (.xls) workbook; save it as .xlsx, or as CSV, and import that",
                refused(write("register.xls", "x")).getMessage());
    }

    @Test
    void aFolderWithoutRegisterTablesIsRefused() throws Exception {
        write("notes.csv", "a,b\n");
        assertEquals(dir.getFileName() + ": no bodies or organisations table found; name the files bodies.csv, organisations.csv "
                + "and memberships.csv (or the sheets Bodies, Organisations and Memberships)", refused(dir).getMessage());
    }
}
