package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImportExceptionTest {
    @Test
    void messageIsFileLineColumnAndDetail() {
        ImportException e = new ImportException("bsw.icsatlas.json", 12, 7, "unknown level \"PALCE\"");
        assertEquals("bsw.icsatlas.json:12:7: unknown level \"PALCE\"", e.getMessage());
        assertEquals("unknown level \"PALCE\"", e.detail());
        assertEquals("bsw.icsatlas.json", e.source());
    }

    @Test
    void problemWithoutAPlaceInTheTextHasNoLineOrColumn() {
        ImportException e = ImportException.unplaced("gone.icsatlas.json", "no such file", null);
        assertEquals("gone.icsatlas.json: no such file", e.getMessage());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
    }
}
