package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown nested deeper than any handbook needs (quotes in quotes, lists in lists, emphasis in
 * emphasis) is refused by the check with its place (HB042), before a renderer could run out of
 * stack on it; the check itself survives such text at the largest size a file may have.
 */
class MarkdownDepthTest {
    private static final String FRONT = "---\ntitel: Diep\n---\n# Diep\n\n";

    @TempDir
    Path tmp;

    private Path book;

    private Fixtures.Run checkPage(String body) throws IOException {
        book = tmp.resolve("content/testschool");
        if (!java.nio.file.Files.exists(book)) Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        Fixtures.write(book, "paginas/diep.md", FRONT + body);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.run("check", book.toString()));
    }

    private void assertTooDeep(Fixtures.Run run, String where) {
        String err = run.err().replace(book + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains("paginas/diep.md:" + where + ": fout[HB042]"), err);
        assertEquals(1, err.split("HB042", -1).length - 1, "reported once per text:\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error"), err);
    }

    @Test
    void sixHundredQuoteMarksAreRefusedWhereTheTwentyFirstStarts() throws IOException {
        assertTooDeep(checkPage(">".repeat(600) + " tekst\n"), "6:21");
    }

    @Test
    void aThousandQuoteMarksWithSpacesAreRefused() throws IOException {
        assertTooDeep(checkPage("> ".repeat(1000) + "tekst\n"), "6:41");
    }

    @Test
    void listsNestedByIndentationAreRefusedOnTheLineThatGoesTooDeep() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) sb.append("  ".repeat(i)).append("- punt ").append(i + 1).append('\n');
        assertTooDeep(checkPage(sb.toString()), (6 + 20) + ":41");
    }

    @Test
    void listMarksOnOneLineAreRefused() throws IOException {
        assertTooDeep(checkPage("- ".repeat(50_000) + "x\n"), "6:41");
    }

    @Test
    void emphasisInsideEmphasisIsRefused() throws IOException {
        assertTooDeep(checkPage("*a ".repeat(30) + "x" + " a*".repeat(30) + "\n"), "6:61");
    }

    @Test
    void aLongRunOfAsterisksIsRefusedBeforeTheParserRunsOutOfStack() throws IOException {
        Fixtures.Run run = checkPage("*".repeat(5000) + "x\n");
        assertTooDeep(run, "6:201");
    }

    @Test
    void openBracketsAreOnlyText() throws IOException {
        Fixtures.Run run = checkPage("[".repeat(50_000) + "x\n");
        assertFalse(run.err().contains("HB042"), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
    }

    @Test
    void theCheckSurvivesAFileOfQuoteMarksAtTheSizeLimit() throws IOException {
        int room = 1024 * 1024 - FRONT.length() - 10;
        assertTooDeep(checkPage(">".repeat(room) + "\n"), "6:21");
        assertTooDeep(checkPage("> ".repeat(room / 2) + "\n"), "6:41");
    }

    @Test
    void twentyLevelsAreAllowedAndBuild() throws IOException {
        StringBuilder sb = new StringBuilder(">".repeat(20)).append(" twintig citaten\n\n");
        for (int i = 0; i < 20; i++) sb.append("  ".repeat(i)).append("- punt ").append(i + 1).append('\n');
        sb.append("\n").append("*a ".repeat(10)).append("**x**").append(" a*".repeat(10)).append('\n');
        checkPage(sb.toString());
        Fixtures.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Fixtures.run("build", book.toString(), "-o", tmp.resolve("uit").toString()));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }
}
