package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from content never reaches the terminal as control characters: an escape sequence or a
 * carriage return in a YAML key could otherwise wipe an error line and print a fake success,
 * and a bidi override could turn a file name around. They show escaped (\e, \r, \u202e). The
 * JSON report keeps the exact text, as JSON escapes.
 */
class TerminalEscapeTest {
    @TempDir
    Path tmp;

    private static final String KEY = "\u001b[1A\u001b[2K\r14 van 14 regels voldaan.\u202e\u0085\u007f";

    private Path book() throws IOException {
        Path book = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("school"));
        Files.writeString(book.resolve("school.yaml"), Files.readString(book.resolve("school.yaml"))
                + "\"\\e[1A\\e[2K\\r14 van 14 regels voldaan.\\u202e\\N\\x7f\": ja\n");
        return book;
    }

    private static void assertNoControls(String printed) {
        assertFalse(printed.contains("\u001b"), printed);
        assertFalse(printed.contains("\r"), printed);
        assertFalse(printed.contains("\u202e"), printed);
        assertFalse(printed.contains("\u0085"), printed);
        assertFalse(printed.contains("\u007f"), printed);
    }

    @Test
    void aKeyWithEscapeSequencesIsPrintedEscaped() throws IOException {
        Fixtures.Run run = Fixtures.run("check", book().toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertNoControls(run.err());
        assertNoControls(run.out());
        assertTrue(run.err().contains("\\e[1A\\e[2K\\r14 van 14 regels voldaan.\\u202e"), run.err());
    }

    @Test
    void theJsonReportKeepsTheExactText() throws IOException {
        Fixtures.Run run = Fixtures.run("check", "--format", "json", book().toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertNoControls(run.out());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        boolean found = false;
        for (JsonNode d : doc.get("diagnostics")) found |= d.get("message").asText().contains(KEY);
        assertTrue(found, run.out());
    }

    @Test
    void aHandbookFolderNameWithControlsIsPrintedEscaped() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), content.resolve("a\u001b[2K\u202eb"));
        Fixtures.Run run = Fixtures.run("--verbose", "build", content.toString(), "-o", tmp.resolve("uit").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertNoControls(run.out());
        assertNoControls(run.err());
        assertTrue(run.out().contains("a\\e[2K\\u202eb"), run.out());
    }
}
