package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that would make the loader hang or run out of memory: odd files, too many of them,
 * too large pictures, names filled in too often. Each ends in one clear error within seconds.
 */
class LoadLimitsTest {
    @TempDir
    Path tmp;
    private Path book;

    @BeforeEach
    void handbook() throws IOException {
        book = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("content/testschool"));
    }

    private String refused(String where, String code) {
        Fixtures.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.run("check", book.toString()));
        String err = run.err().replace(book.toString() + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains(where + ": fout[" + code + "]"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"), err);
        return err;
    }

    private void write(String path, String text) throws IOException {
        Fixtures.write(book, path, text);
    }

    private static void mkfifo(Path p) throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "no named pipes on Windows");
        Files.createDirectories(p.getParent());
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    }

    private static void sparse(Path p, long size) throws IOException {
        Files.createDirectories(p.getParent());
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    // --- finding 13: not an ordinary file ---

    @Test
    void aPipeNamedLikeAContentFileIsRefusedWithoutWaitingForIt() throws Exception {
        mkfifo(book.resolve("visie.yaml"));
        refused("visie.yaml", "HB047");
    }

    @Test
    void aPipeAmongThePagesIsRefusedWithoutWaitingForIt() throws Exception {
        mkfifo(book.resolve("paginas/info.md"));
        refused("paginas/info.md", "HB047");
    }

    @Test
    void aPipeAmongThePicturesIsRefusedBeforeTheBuildCopiesIt() throws Exception {
        mkfifo(book.resolve("afbeeldingen/foto.png"));
        refused("afbeeldingen/foto.png", "HB047");
    }

    @Test
    void aFolderNamedLikeAContentFileIsNotAFile() throws Exception {
        Files.createDirectories(book.resolve("visie.yaml"));
        refused("visie.yaml", "HB047");
    }

    // --- finding 5: memory ---

    @Test
    void aLongNameFilledInVeryOftenIsRefusedAtTheText() throws IOException {
        write("school.yaml", "naam: " + "Atheneum ".repeat(2_300) + "\n");
        write("paginas/info.md", "---\ntitel: Info\n---\n" + "Welkom in {{school}}.\n".repeat(200));
        String err = refused("paginas/info.md:4:1", "HB045");
        assertTrue(err.contains("4046 kB") && err.contains("1024 kB"), err);
    }

    @Test
    void manyTextsThatEachGrowALittleAreRefusedTogether() throws IOException {
        write("school.yaml", "naam: " + "Atheneum ".repeat(2_300) + "\n");
        for (int i = 0; i < 3; i++) {
            write("paginas/info" + i + ".md", "---\ntitel: Info " + i + "\n---\n" + "Welkom in {{school}}.\n".repeat(40));
        }
        String err = refused("paginas/info2.md:4:1", "HB045");
        assertTrue(err.contains("2048 kB"), err);
    }

    @Test
    void moreThanFiveHundredPagesAreRefused() throws IOException {
        for (int i = 0; i < 501; i++) write("paginas/p" + i + ".md", "---\ntitel: Pagina " + i + "\n---\nTekst.\n");
        String err = refused("paginas", "HB044");
        assertTrue(err.contains("501"), err);
    }

    @Test
    void moreThanAThousandRolesAreRefused() throws IOException {
        StringBuilder sb = new StringBuilder("rollen:\n");
        for (int i = 0; i < 1_001; i++) sb.append("  - id: r").append(i).append("\n    naam: Rol ").append(i).append('\n');
        write("rollen.yaml", sb.toString());
        refused("rollen.yaml:1:1", "HB044");
    }

    @Test
    void moreThanTwoThousandFilesAreRefused() throws IOException {
        Files.createDirectories(book.resolve("afbeeldingen"));
        for (int i = 0; i < 2_001; i++) Files.write(book.resolve("afbeeldingen/" + i + ".png"), new byte[0]);
        refused("testschool", "HB044");
    }

    @Test
    void moreTextThanAHandbookCanHoldIsRefusedBeforeItIsRead() throws IOException {
        String page = "---\ntitel: Lang\n---\n" + "Een lange lijn tekst die heel vaak herhaald wordt.\n".repeat(19_000);
        for (int i = 0; i < 3; i++) write("paginas/lang" + i + ".md", page);
        refused("testschool", "HB044");
    }

    @Test
    void aHugePictureIsRefusedBeforeAnythingReadsIt() throws IOException {
        sparse(book.resolve("afbeeldingen/groot.png"), 900L * 1024 * 1024);
        String err = refused("afbeeldingen/groot.png", "HB035");
        assertTrue(err.contains("20480 kB"), err);
    }

    @Test
    void picturesTogetherTooLargeAreRefused() throws IOException {
        for (int i = 0; i < 6; i++) sparse(book.resolve("afbeeldingen/foto" + i + ".png"), 19L * 1024 * 1024);
        refused("afbeeldingen", "HB044");
    }
}
