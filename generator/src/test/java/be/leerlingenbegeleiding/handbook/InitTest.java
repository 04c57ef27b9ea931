package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook init}: a new school on the example template. */
class InitTest {
    @TempDir
    Path tmp;

    private Path init() {
        Path school = tmp.resolve("nieuwe-school");
        Fixtures.Run run = Fixtures.run("init", "--template", Fixtures.repoRoot().resolve("content/sjabloon").toString(),
                school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("school.yaml"), run.out());
        return school;
    }

    @Test
    void aNewSchoolFailsTheCheckOnlyOnTheOpenPartsAndOnlyInItsOwnFiles() throws IOException {
        Path school = init();
        List<Diagnostic> d = Build.check(school).structural();
        assertTrue(!d.isEmpty());
        for (Diagnostic x : d) {
            assertEquals(Problem.OPEN_PART, x.problem(), x.toString());
            assertTrue(x.position().file().startsWith(school), "points into the school's files: " + x.position());
        }
        assertTrue(Files.readString(school.resolve("handboek.yaml")).contains("sjabloon: "));
        assertTrue(Files.readString(school.resolve("cel.yaml")).contains("# In te vullen door je school"));
    }

    @Test
    void onceEveryOpenPartIsWrittenTheSchoolChecksClean() throws IOException {
        Path school = init();
        try (Stream<Path> s = Files.walk(school)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.writeString(f, Files.readString(f).replace(": !invullen\n", ":\n")
                        // Placeholders for addresses take a real one; the others keep their hint as text.
                        .replaceAll("(email|pedagogisch_project|website): !invullen .*", "$1: " + "https://www.onzeschool.be/x")
                        .replace("email: https://www.onzeschool.be/x", "email: info@onzeschool.be")
                        .replace("!invullen ", ""));
            }
        }
        assertEquals(List.of(), Build.check(school).structural());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Path school = tmp.resolve("bestaat");
        Files.createDirectories(school);
        Files.writeString(school.resolve("notities.txt"), "van iemand");
        Fixtures.Run run = Fixtures.run("init", "--template", Fixtures.repoRoot().resolve("content/sjabloon").toString(),
                school.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().contains("niet leeg"), run.err());
        assertEquals(List.of(school.resolve("notities.txt")), Files.list(school).toList());
    }
}
