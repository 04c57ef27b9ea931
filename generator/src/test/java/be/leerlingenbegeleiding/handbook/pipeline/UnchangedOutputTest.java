package be.leerlingenbegeleiding.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook whose inputs did not change since its output was made keeps that output. One test
 * per rule of what counts as a change; each also checks that a rebuild gives what a fresh build
 * gives.
 */
class UnchangedOutputTest {
    @TempDir
    Path tmp;
    Path content;
    Path out;

    /** A template, a school on it, and a school of its own. */
    @BeforeEach
    void threeHandbooks() throws IOException {
        content = tmp.resolve("content");
        out = tmp.resolve("site-output");
        write("sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
        write("sjabloon/school.yaml", "naam: Voorbeeldschool\n");
        write("sjabloon/paginas/over.md", "---\ntitel: Over ons\n---\nDe tekst van het sjabloon.\n");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        write("school/school.yaml", "naam: Sint-Jan\n");
        write("apart/handboek.yaml", "titel: Apart\nstatus: concept\n");
        write("apart/school.yaml", "naam: Apart\n");
    }

    @Test
    void aSecondBuildOfUnchangedContentKeepsEveryOutputAndSaysSo() throws IOException {
        build();
        Map<String, FileTime> times = times(out);
        Fixtures.Run again = build();
        assertTrue(again.out().contains("apart: ongewijzigd sinds de vorige build"), again.out());
        assertTrue(again.out().contains("school: ongewijzigd"), again.out());
        assertEquals(times, times(out), "not one file was written again");
        assertTrue(Files.exists(out.resolve("index.html")), "the overview lists all three");
        assertTrue(Files.readString(out.resolve("index.html")).contains("Apart"));
    }

    @Test
    void aChangedFileRebuildsItsHandbookOnly() throws IOException {
        build();
        write("apart/paginas/nieuw.md", "---\ntitel: Nieuw\n---\nEen nieuwe pagina.\n");
        Fixtures.Run run = build();
        assertTrue(run.out().contains("apart: ") && run.out().contains("geschreven naar"), run.out());
        assertTrue(run.out().contains("school: ongewijzigd"), run.out());
        assertTrue(run.out().contains("sjabloon: ongewijzigd"), run.out());
        assertTrue(Files.exists(out.resolve("apart/paginas/nieuw.html")));
    }

    @Test
    void aChangedTemplateRebuildsTheSchoolsThatBuildOnIt() throws IOException {
        build();
        write("sjabloon/paginas/over.md", "---\ntitel: Over ons\n---\nEen betere tekst van het sjabloon.\n");
        Fixtures.Run run = build();
        assertTrue(run.out().contains("apart: ongewijzigd"), run.out());
        assertFalse(run.out().contains("school: ongewijzigd"), run.out());
        assertTrue(Files.readString(out.resolve("school/paginas/over.html")).contains("Een betere tekst"));
    }

    @Test
    void anotherDateRebuildsBecauseReviewNoticesDependOnIt() throws IOException {
        build("--datum", "2026-10-01");
        Fixtures.Run run = build("--datum", "2026-10-02");
        assertFalse(run.out().contains("ongewijzigd"), run.out());
    }

    @Test
    void anOutputFileEditedOrDeletedAfterTheBuildIsMadeAgain() throws IOException {
        build();
        Path page = out.resolve("apart/index.html");
        byte[] original = Files.readAllBytes(page);
        Files.writeString(page, "met de hand aangepast", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().plusSeconds(60)));
        Files.delete(out.resolve("school/zoeken.html"));
        Fixtures.Run run = build();
        assertFalse(run.out().contains("apart: ongewijzigd"), run.out());
        assertFalse(run.out().contains("school: ongewijzigd"), run.out());
        assertArrayEquals(original, Files.readAllBytes(page));
        assertTrue(Files.exists(out.resolve("school/zoeken.html")));
    }

    @Test
    void anOutputWithoutAFingerprintIsMadeAgain() throws IOException {
        build();
        Files.writeString(out.resolve("apart/" + AtomicOutput.MARKER), "Gemaakt door handbook; wordt bij elke build vervangen.\n");
        assertFalse(build().out().contains("apart: ongewijzigd"));
    }

    @Test
    void withOpnieuwEveryHandbookIsMadeAgainAndTheBytesAreTheSame() throws IOException {
        build();
        Map<String, byte[]> before = Fixtures.snapshot(out);
        Fixtures.Run run = build("--opnieuw");
        assertFalse(run.out().contains("ongewijzigd"), run.out());
        Map<String, byte[]> after = Fixtures.snapshot(out);
        Fixtures.assertSameFiles(before, after);
    }

    @Test
    void aSchoolWithAnErrorIsNeitherKeptNorWrittenAndItsOldOutputStays() throws IOException {
        build();
        Map<String, byte[]> before = Fixtures.snapshot(out.resolve("apart"));
        write("apart/handboek.yaml", "titel: Apart\nstatus: klaar\n");
        Fixtures.Run run = build();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertFalse(run.out().contains("apart:"), run.out());
        assertEquals(before.keySet(), Fixtures.snapshot(out.resolve("apart")).keySet());
    }

    private Fixtures.Run build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", content.toString(), "-o", out.toString()), Stream.of(extra))
                .toArray(String[]::new);
        Fixtures.Run run = Fixtures.run(args);
        assertTrue(run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.CONTENT_ERRORS, run.err());
        return run;
    }

    private void write(String file, String text) throws IOException {
        Path p = content.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("index.html")
                    || !p.getParent().equals(root)).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

}
