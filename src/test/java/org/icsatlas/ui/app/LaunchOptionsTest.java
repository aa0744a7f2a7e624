package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void noArgumentsOpensNothingAtTheDefaultSize() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertTrue(o.file().isEmpty());
        assertTrue(o.screenshot().isEmpty());
        assertEquals(1600, o.width());
        assertEquals(1000, o.height());
    }

    @Test
    void readsScreenshotSizeAndFileInAnyOrder() {
        LaunchOptions o = LaunchOptions.parse(List.of("model.icsatlas.json", "--size=1280x800", "--screenshot=docs/out.png"));
        assertEquals(Path.of("model.icsatlas.json"), o.file().orElseThrow());
        assertEquals(Path.of("docs/out.png"), o.screenshot().orElseThrow());
        assertEquals(1280, o.width());
        assertEquals(800, o.height());
    }

    @Test
    void refusesAMalformedSizeWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--size=big")));
        assertTrue(e.getMessage().contains("--size=1600x1000"), e.getMessage());
    }

    @Test
    void refusesUnknownOptionsAndASecondFile() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--frobnicate")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.icsatlas.json", "b.icsatlas.json")));
    }
}
