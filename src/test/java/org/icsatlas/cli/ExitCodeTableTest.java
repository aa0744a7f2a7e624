package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's exit-code table and the one {@code --help} prints ({@link ExitCodes#TABLE}) list the same codes. */
class ExitCodeTableTest {
    private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\|");
    private static final Pattern HELP_ROW = Pattern.compile("^\\s*(\\d+)\\s");

    @Test
    void readmeAndHelpListTheSameCodes() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("| code | means |");
        List<Integer> inReadme = readme.subList(start + 2, readme.size()).stream()
                .takeWhile(l -> l.startsWith("|"))
                .map(README_ROW::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1))).toList();
        List<Integer> inHelp = List.of(ExitCodes.TABLE).stream()
                .map(HELP_ROW::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1))).toList();
        assertEquals(List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.BAD_INPUT, ExitCodes.INTERNAL_ERROR,
                ExitCodes.OUT_OF_MEMORY), inHelp);
        assertEquals(inHelp, inReadme);
    }
}
