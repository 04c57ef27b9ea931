package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output of a build never lands in, on or around the content it is made from: not in the
 * handbook, not in a template it builds on (a school there would fail with HB015 from then
 * on), not around the content folder, also not when a symbolic link leads there.
 */
class OutputGuardTest {
    @TempDir
    Path tmp;

    private Path tpl;
    private Path school;
    private Map<String, byte[]> content;

    @BeforeEach
    void templateAndSchool() throws IOException {
        tpl = tmp.resolve("tpl");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), tpl.resolve("sjabloon"));
        school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), tpl.resolve("de-linde"));
        content = Fixtures.snapshot(tpl);
    }

    private void assertRefused(Fixtures.Run run) throws IOException {
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertTrue(run.err().contains("valt samen met"), run.err());
        assertTrue(run.err().contains("tip: "), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
        Fixtures.assertSameFiles(content, Fixtures.snapshot(tpl));
    }

    @Test
    void anOutputInTheSiblingTemplateIsRefused() throws IOException {
        assertRefused(Fixtures.run("build", school.toString(), "-o", tpl.resolve("sjabloon").toString()));
        assertRefused(Fixtures.run("build", school.toString(), "-o", tpl.resolve("sjabloon/uitvoer").toString()));
    }

    @Test
    void anOutputThroughALinkToTheHandbookFolderIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), school);
        assertRefused(Fixtures.run("build", school.toString(), "-o", link.toString()));
        Path toTemplate = Files.createSymbolicLink(tmp.resolve("naar-sjabloon"), tpl.resolve("sjabloon"));
        assertRefused(Fixtures.run("build", school.toString(), "-o", toTemplate.toString()));
    }

    @Test
    void anOutputThatHoldsTheContentIsRefused() throws IOException {
        Fixtures.Run run = Fixtures.run("build", school.toString(), "-o", tmp.toString());
        assertRefused(run);
        assertFalse(Files.exists(tmp.resolve("de-linde")), run.err());
    }

    @Test
    void anOutputInsideTheContentFolderIsRefused() throws IOException {
        assertRefused(Fixtures.run("build", tpl.toString(), "-o", tpl.resolve("site").toString()));
    }
}
