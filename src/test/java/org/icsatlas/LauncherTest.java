package org.icsatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The window's launch path, with a stand-in for JavaFX: nothing here starts a toolkit. */
class LauncherTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final List<List<String>> started = new ArrayList<>();
    private final Consumer<String[]> window = args -> started.add(List.of(args));

    private List<String> errLines() {
        return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void anUnknownOptionExitsTwoWithOneErrorLineAndAUsageHintAndNoWindow() {
        assertEquals(2, Launcher.openWindow(new String[] {"--bogus"}, err, window));
        assertEquals(List.of(), started);
        assertEquals(List.of("ics-atlas: unknown option --bogus", Launcher.USAGE_HINT), errLines());
    }

    @Test
    void aTooSmallSizeExitsTwoWithoutAWindow() {
        assertEquals(2, Launcher.openWindow(new String[] {"--size=10x10"}, err, window));
        assertEquals(List.of(), started);
        assertEquals(2, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).startsWith("ics-atlas: --size is too small"), errLines().toString());
    }

    @Test
    void goodArgumentsStartTheWindowWithThemAndExitZero() {
        assertEquals(0, Launcher.openWindow(new String[] {"m.icsatlas.json", "--size=1280x800"}, err, window));
        assertEquals(List.of(List.of("m.icsatlas.json", "--size=1280x800")), started);
        assertEquals(List.of(), errLines());
    }

    @Test
    void noDisplayExitsOneWithOneClearLine() {
        Consumer<String[]> headless = args -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        };
        assertEquals(1, Launcher.openWindow(new String[0], err, headless));
        assertEquals(List.of(Launcher.NO_DISPLAY_MESSAGE), errLines());
        assertTrue(Launcher.NO_DISPLAY_MESSAGE.contains("xvfb-run"));
    }

    @Test
    void noDisplayIsRecognisedWhenWrapped() {
        assertTrue(Launcher.isNoDisplay(new RuntimeException("Application launch error",
                new UnsupportedOperationException("Unable to open DISPLAY"))));
    }

    @Test
    void otherStartFailuresAreNotHidden() {
        RuntimeException failure = new IllegalStateException("something else broke");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Launcher.openWindow(new String[0], err, args -> {
            throw failure;
        }));
        assertSame(failure, thrown);
        assertFalse(Launcher.isNoDisplay(new UnsupportedOperationException("Unable to load glass GTK library.")));
    }

    @Test
    void aShortOptionThatIsNoFileIsAnUnknownOption() {
        assertEquals(2, Launcher.openWindow(new String[] {"-x"}, err, window));
        assertEquals(List.of(), started);
        assertEquals(List.of("ics-atlas: unknown option -x", Launcher.USAGE_HINT), errLines());
    }

    @Test
    void noDisplayIsToldFromTheEnvironmentBeforeJavaFxStarts() {
        assertTrue(Launcher.displayMissing(java.util.Map.of(), "Linux", null));
        assertFalse(Launcher.displayMissing(java.util.Map.of("DISPLAY", ":0"), "Linux", null));
        assertFalse(Launcher.displayMissing(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertFalse(Launcher.displayMissing(java.util.Map.of(), "Linux", "Monocle"));
        assertFalse(Launcher.displayMissing(java.util.Map.of(), "Windows 11", null));
        assertFalse(Launcher.displayMissing(java.util.Map.of(), "Mac OS X", null));
    }
}
