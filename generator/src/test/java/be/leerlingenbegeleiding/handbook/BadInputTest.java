package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that could crash, hang or fool the generator, built from a test because it is too big,
 * too odd (symlinks, bytes) or too repetitive to keep as a fixture in {@code ongeldig/}. Each
 * case first builds a good handbook, then puts the bad content in the same folder and builds
 * into the same output: the build must refuse with a named file and position, print no stack
 * trace, and leave the earlier output byte for byte as it was.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private Path book;
    private Path out;
    private Map<String, byte[]> before;

    /** A good handbook, built once, so a failed build has something to leave alone. */
    private void goodBuild() throws IOException {
        book = tmp.resolve("content/testschool");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        out = tmp.resolve("site-output");
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        before = Fixtures.snapshot(out);
    }

    private Fixtures.Run rebuild() {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.run("build", book.toString(), "-o", out.toString()));
    }

    /** Refused with {@code code} at {@code where} (relative to the handbook), old output intact. */
    private String assertRefused(Fixtures.Run run, String where, String code) throws IOException {
        String err = run.err().replace(book.toString() + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains(where + ": fout[" + code + "]"), err);
        assertNoStackTrace(err);
        Map<String, byte[]> after = Fixtures.snapshot(out);
        Fixtures.assertSameFiles(before, after);
        return err;
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"), err);
    }

    private void write(String path, String text) throws IOException {
        Fixtures.write(book, path, text);
    }

    // --- malformed YAML, in several files and places ---

    @Test
    void anUnclosedQuoteNamesTheFileAndLine() throws IOException {
        goodBuild();
        write("school.yaml", "naam: \"Testschool Heidebeek\nadres: Kerkstraat 1\n");
        assertRefused(rebuild(), "school.yaml:3:1", "HB009");
    }

    @Test
    void aKeyIndentedUnderAValueIsASyntaxError() throws IOException {
        goodBuild();
        write("handboek.yaml", "titel: Beleid\nstatus: concept\n  versie: 2\n");
        assertRefused(rebuild(), "handboek.yaml:3:9", "HB009");
    }

    @Test
    void anUnclosedFlowListIsASyntaxError() throws IOException {
        goodBuild();
        write("rollen.yaml", "rollen:\n  - id: directeur\n    naam: Directeur\n    taken: [een, twee\n");
        assertRefused(rebuild(), "rollen.yaml:5:1", "HB009");
    }

    @Test
    void anUnclosedFlowMappingIsASyntaxError() throws IOException {
        goodBuild();
        write("visie.yaml", "visie: {tekst: Wij zorgen\nprincipes: []\n");
        assertRefused(rebuild(), "visie.yaml:2:10", "HB009");
    }

    @Test
    void aStrayColonInTextIsASyntaxError() throws IOException {
        goodBuild();
        write("school.yaml", "naam: Testschool Heidebeek\nmotto: Samen: sterk\n");
        assertRefused(rebuild(), "school.yaml:2:13", "HB009");
    }

    @Test
    void brokenFrontMatterOfAPageIsReportedInThatPage() throws IOException {
        goodBuild();
        write("paginas/info.md", "---\ntitel: 'Info\n---\n# Info\n");
        assertRefused(rebuild(), "paginas/info.md:3:1", "HB009");
    }

    // --- bytes and line ends ---

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirPosition() throws IOException {
        goodBuild();
        Files.write(book.resolve("school.yaml"), new byte[] {'n', 'a', 'a', 'm', ':', ' ', 'K', (byte) 0xE9, '\n'});
        assertRefused(rebuild(), "school.yaml:1:8", "HB008");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
        goodBuild();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "# Windows\r\nnaam: Testschool Heidebeek\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Files.write(book.resolve("school.yaml"), all);
        write("paginas/info.md", "---\r\ntitel: Info\r\n---\r\n# Info\r\n\r\nTekst.\r\n");
        Fixtures.Run run = rebuild();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("fout["), run.err());
        assertTrue(Files.readString(out.resolve("testschool/paginas/info.html")).contains("Tekst."));
    }

    // --- size and shape ---

    @Test
    void aYamlAliasBombEndsInAClearErrorWithinSeconds() throws IOException {
        goodBuild();
        StringBuilder sb = new StringBuilder("naam: Testschool\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String p = "*a" + (i - 1);
            sb.append("x").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, p))).append("]\n");
        }
        write("school.yaml", sb.toString());
        assertRefused(rebuild(), "school.yaml:1:1", "HB009");
    }

    @Test
    void aFiftyMegabyteFileEndsInAClearErrorWithinSeconds() throws IOException {
        goodBuild();
        byte[] line = "  - Een lange lijn tekst die heel vaak herhaald wordt.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(book.resolve("school.yaml"))) {
            o.write("naam: Testschool\nmotto:\n".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) o.write(line);
        }
        assertRefused(rebuild(), "school.yaml", "HB035");
    }

    @Test
    void tenThousandNestedFlowListsEndInAClearError() throws IOException {
        goodBuild();
        write("school.yaml", "naam: Testschool\nmotto: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertRefused(rebuild(), "school.yaml:2:107", "HB009");
    }

    @Test
    void tenThousandNestedBlockListsEndInAClearError() throws IOException {
        goodBuild();
        write("school.yaml", "naam: Testschool\nmotto:\n  " + "- ".repeat(10_000) + "diep\n");
        assertRefused(rebuild(), "school.yaml:3:201", "HB009");
    }

    // --- templates ---

    @Test
    void anAbsoluteTemplatePathIsRefused() throws IOException {
        goodBuild();
        write("handboek.yaml", "titel: Beleid\nstatus: concept\nsjabloon: /etc\n");
        assertRefused(rebuild(), "handboek.yaml:3:11", "HB026");
    }

    @Test
    void aTemplatePathThatClimbsOutOfEverythingIsRefused() throws IOException {
        goodBuild();
        write("handboek.yaml", "titel: Beleid\nstatus: concept\nsjabloon: ../../../../../../../../..\n");
        assertRefused(rebuild(), "handboek.yaml:3:11", "HB026");
    }

    @Test
    void aTemplateThatIsItsOwnTemplateIsACycle() throws IOException {
        goodBuild();
        write("handboek.yaml", "titel: Beleid\nstatus: concept\nsjabloon: .\n");
        assertRefused(rebuild(), "handboek.yaml:3:11", "HB027");
    }

    // --- files that leave the handbook ---

    @Test
    void aSymlinkedPictureThatPointsOutsideTheHandbookIsRefused() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "symlinks need rights on Windows");
        goodBuild();
        Path secret = tmp.resolve("geheim.png");
        Files.writeString(secret, "geheim");
        Files.createDirectories(book.resolve("afbeeldingen"));
        Files.createSymbolicLink(book.resolve("afbeeldingen/logo.png"), secret);
        assertRefused(rebuild(), "afbeeldingen/logo.png", "HB036");
    }

    @Test
    void aSymlinkedContentFileThatPointsOutsideTheHandbookIsRefused() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "symlinks need rights on Windows");
        goodBuild();
        Path secret = tmp.resolve("visie.yaml");
        Files.writeString(secret, "visie: Geheim\n");
        Files.createSymbolicLink(book.resolve("visie.yaml"), secret);
        assertRefused(rebuild(), "visie.yaml", "HB036");
    }

    @Test
    void linksAndPicturesThatLeaveTheHandbookAreRefusedWhereTheyStand() throws IOException {
        goodBuild();
        write("paginas/info.md", "---\ntitel: Info\n---\n# Info\n\n"
                + "![plan](../../../etc/passwd) [wachtwoorden](/etc/passwd)\n"
                + "![x](C:\\\\Users\\\\x.png) [goed](paginas/info.md) [web](https://example.org/) [ander](//example.org/a)\n");
        String err = assertRefused(rebuild(), "paginas/info.md:6:1", "HB038");
        assertTrue(err.contains("paginas/info.md:6:30: fout[HB038]"), err);
        assertFalse(err.contains("'paginas/info.md'") || err.contains("example.org"), "safe links are not reported: " + err);
    }

    @Test
    void aLinkInAYamlTextThatLeavesTheHandbookIsRefusedAtItsLineAndColumn() throws IOException {
        goodBuild();
        write("visie.yaml", "visie: |\n  Wij kijken naar elke leerling.\n  Zie [het reglement](../../reglement.pdf).\n");
        assertRefused(rebuild(), "visie.yaml:3:7", "HB038");
    }

    // --- HTML in Markdown ---

    @Test
    void scriptsHandlersFramesAndJavascriptLinksAreRefusedOneByOne() throws IOException {
        goodBuild();
        write("paginas/info.md", "---\ntitel: Info\n---\n# Info\n\n"
                + "<script>alert(1)</script>\n\n<div onclick=\"alert(2)\">klik</div>\n\n"
                + "Tekst <img src=x onerror=alert(3)>\n\n[klik](javascript:alert(4)) [b](JaVa\tScRiPt:alert(5))\n\n"
                + "<!-- notitie -->\n\n<iframe src=\"https://example.org\"></iframe>\n\n<javascript:alert(6)>\n");
        String err = assertRefused(rebuild(), "paginas/info.md:6:1", "HB039");
        assertTrue(err.contains("paginas/info.md:8:1: fout[HB039]"), err);
        assertTrue(err.contains("paginas/info.md:10:7: fout[HB039]"), "an inline tag: " + err);
        assertTrue(err.contains("paginas/info.md:12:1: fout[HB037]"), err);
        // With a tab inside, "[b](JaVa\tScRiPt:…)" is no link in Markdown: it stays text and is shown as such.
        assertFalse(err.contains("paginas/info.md:12:28"), err);
        assertTrue(err.contains("paginas/info.md:14:1: fout[HB039]"), "a comment would show too: " + err);
        assertTrue(err.contains("paginas/info.md:16:1: fout[HB039]"), err);
        assertTrue(err.contains("paginas/info.md:18:1: fout[HB037]"), "an autolink: " + err);
    }

    // --- Unicode ---

    @Test
    void invisibleAndCombiningCharactersInAnIdAreNamed() throws IOException {
        goodBuild();
        for (String id : new String[] {"direc\u200Bteur", "\u202Eruetcerid", "directe\u0301ur"}) {
            write("rollen.yaml", "rollen:\n  - id: " + id + "\n    naam: Directeur\n    soort: intern\n");
            String err = assertRefused(rebuild(), "rollen.yaml:2:9", "HB018");
            // A bidi override shows escaped on the terminal (\u202e), the other characters as they are.
            assertTrue(err.contains(be.leerlingenbegeleiding.handbook.diag.Messages.escape(id, false)), err);
        }
    }

    @Test
    void invisibleAndCombiningCharactersInTextAreKept() throws IOException {
        goodBuild();
        String name = "Te\u0301stschool \u200Bde \u202BHeide\u202C";
        write("school.yaml", "naam: " + name + "\n");
        Fixtures.Run run = rebuild();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("testschool/index.html")).contains(name));
    }
}
