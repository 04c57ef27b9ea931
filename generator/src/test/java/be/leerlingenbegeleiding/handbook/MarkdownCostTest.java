package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page at the largest size a file may have, written to make the Markdown parser slow, is
 * checked in seconds: a block with hundreds of links, code spans or entities is refused before
 * it is parsed (HB049), and a page with many errors gets each one's position without counting
 * lines from the start again. The bound is generous; the old code took minutes.
 */
class MarkdownCostTest {
    private static final String FRONT = "---\ntitel: Druk\n---\n# Druk\n\n";
    private static final int MEGABYTE = 1_000_000;

    @TempDir
    Path tmp;

    private Path book;

    private Fixtures.Run checkPage(String body) throws IOException {
        book = tmp.resolve("content/testschool");
        if (!Files.exists(book)) Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        Fixtures.write(book, "paginas/druk.md", FRONT + body);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Fixtures.run("check", book.toString()));
    }

    private static String fill(String unit, int size) {
        return unit.repeat((size - FRONT.length()) / unit.length());
    }

    private void assertTooBusy(Fixtures.Run run) {
        String err = run.err().replace(book + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains("paginas/druk.md:6:1: fout[HB049]"), err);
        assertFalse(err.contains("\tat ") || err.contains("interne fout"), err);
    }

    @Test
    void aMegabyteOfOpenLinksInOneParagraphIsRefusedQuickly() throws IOException {
        assertTooBusy(checkPage(fill("[a](", MEGABYTE)));
    }

    @Test
    void aMegabyteOfEntitiesAndCodeSpansInOneParagraphIsRefusedQuickly() throws IOException {
        assertTooBusy(checkPage(fill("&amp; `a ", MEGABYTE)));
    }

    @Test
    void aTableWithAThousandLinksIsRefused() throws IOException {
        assertTooBusy(checkPage("| a | b |\n|---|---|\n" + "| x | [b](https://example.org) |\n".repeat(1000)));
    }

    @Test
    void theSameLinksInShortParagraphsAreFine() throws IOException {
        Fixtures.Run run = checkPage(fill("Lees [hier](https://example.org) en `code` &amp; meer.\n\n", 200_000));
        assertFalse(run.err().contains("HB049"), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
    }

    @Test
    void aPageWithTwoHundredThousandErrorsGivesEachItsLineQuickly() throws IOException {
        Fixtures.Run run = checkPage(fill("<b>\n\n", 990_000));
        String err = run.err().replace(book + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        int blocks = (990_000 - FRONT.length()) / 5;
        assertTrue(blocks > 190_000);
        assertTrue(err.contains("paginas/druk.md:" + (6 + 2 * (blocks - 1)) + ":1: fout[HB039]"), err.substring(0, 300));
    }
}
