package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd things where the output goes (a folder where the overview page belongs, a file that is
 * not text, a file where the output folder belongs) are reported with a tip before anything
 * is written, not as an internal error halfway.
 */
class OddOutputTest {
    @TempDir
    Path tmp;

    private Path content;
    private Path out;

    @BeforeEach
    void twoSchools() throws IOException {
        content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), content.resolve("a"));
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), content.resolve("b"));
        out = tmp.resolve("site-output");
    }

    private Fixtures.Run build() {
        return Fixtures.run("build", content.toString(), "-o", out.toString());
    }

    private void assertReportedBeforeWriting(Fixtures.Run run, String names) {
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
        assertTrue(run.err().contains(names), run.err());
        assertTrue(run.err().contains("tip: "), run.err());
        assertFalse(Files.exists(out.resolve("a")), run.err());
        assertFalse(Files.exists(out.resolve("b")), run.err());
    }

    @Test
    void aFolderWhereTheOverviewPageGoesIsReportedBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(out.resolve("index.html"));
        assertReportedBeforeWriting(build(), "index.html");
    }

    @Test
    void anOverviewPageThatIsNotTextIsReportedBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(out);
        Files.write(out.resolve("index.html"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
        assertReportedBeforeWriting(build(), "index.html");
    }

    @Test
    void aFileWhereTheOutputFolderGoesIsReported() throws IOException {
        Files.writeString(out, "geen map");
        Fixtures.Run run = build();
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
        assertTrue(run.err().contains("site-output"), run.err());
        assertTrue(run.err().contains("tip: "), run.err());
    }

    @Test
    void aFileWhereAHandbookFolderGoesIsReported() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("b"), "geen map");
        Fixtures.Run run = build();
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertTrue(run.err().contains("is een bestand"), run.err());
        assertFalse(Files.exists(out.resolve("a")), run.err());
    }
}
