package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {
    @TempDir
    Path tmp;

    private Path copyOfMinimal() throws IOException {
        Path dir = tmp.resolve("content/testschool");
        Files.createDirectories(dir);
        Path src = Fixtures.resources().resolve("geldig/minimaal");
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        return dir;
    }

    @Test
    void buildWritesOneFolderPerHandbookWithItsWebsiteAndTheSchemas() throws IOException {
        copyOfMinimal();
        Path out = tmp.resolve("site-output");
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("content").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        // A draft is written even though it is incomplete; the gaps are listed as warnings.
        assertFalse(run.err().contains("fout["), run.err());
        assertTrue(run.err().contains("waarschuwing[R8]"), run.err());
        assertTrue(run.out().startsWith("testschool: "), run.out());
        assertTrue(Files.exists(out.resolve("testschool/naleving.html")), "the internal compliance report");
        Document page = Jsoup.parse(out.resolve("testschool/index.html").toFile(), "UTF-8");
        assertEquals("nl-BE", page.selectFirst("html").attr("lang"));
        assertEquals("Beleid leerlingenbegeleiding", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".conceptband").text().startsWith("Concept."), "a draft says so on every page");
        assertTrue(Files.exists(out.resolve("testschool/toegankelijkheid.html")));
        assertTrue(Files.exists(out.resolve("testschool/zoeken.html")));
        assertTrue(Files.exists(out.resolve("testschool/schema/rollen.schema.json")));
    }

    @Test
    void identicalInputGivesByteIdenticalOutput() throws IOException {
        Path content = copyOfMinimal().getParent();
        Fixtures.run("build", content.toString(), "-o", tmp.resolve("a").toString());
        Fixtures.run("build", content.toString(), "-o", tmp.resolve("b").toString());
        Map<String, byte[]> a = Fixtures.snapshot(tmp.resolve("a"));
        Map<String, byte[]> b = Fixtures.snapshot(tmp.resolve("b"));
        Fixtures.assertSameFiles(a, b);
    }

    /**
     * The example handbooks, one with a template, copied to two differently named folders with
     * different file times and built a moment apart: any absolute path, clock reading, file time
     * or hash order in the site or the PDFs shows up as a differing byte.
     */
    @Test
    void theSameContentFromAnotherFolderAtAnotherTimeGivesByteIdenticalSiteAndPdfs() throws Exception {
        Path first = tmp.resolve("a/content");
        Path second = tmp.resolve("een/andere/plek/inhoud");
        for (String book : java.util.List.of("de-kiem", "sjabloon", "de-linde")) {
            Fixtures.copyTree(Fixtures.repoRoot().resolve("content").resolve(book), first.resolve(book));
            Fixtures.copyTree(Fixtures.repoRoot().resolve("content").resolve(book), second.resolve(book));
        }
        try (Stream<Path> s = Files.walk(second)) {
            java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.from(
                    java.time.Instant.parse("2031-02-03T04:05:06Z"));
            for (Path p : s.toList()) Files.setLastModifiedTime(p, later);
        }
        Fixtures.Run a = Fixtures.run("build", first.toString(), "-o", tmp.resolve("uit-a").toString());
        assertEquals(ExitCode.OK, a.exitCode(), a.err());
        Thread.sleep(1100);
        Fixtures.Run b = Fixtures.run("build", second.toString(), "-o", tmp.resolve("elders/uit-b").toString());
        assertEquals(ExitCode.OK, b.exitCode(), b.err());

        Map<String, byte[]> one = Fixtures.snapshot(tmp.resolve("uit-a"));
        Map<String, byte[]> two = Fixtures.snapshot(tmp.resolve("elders/uit-b"));
        assertTrue(one.keySet().stream().anyMatch(k -> k.startsWith("de-linde/") && k.endsWith(".pdf")), one.keySet().toString());
        Fixtures.assertSameFiles(one, two);
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        Path book = copyOfMinimal();
        Path out = tmp.resolve("site-output");
        assertEquals(ExitCode.OK, Fixtures.run("build", book.toString(), "-o", out.toString()).exitCode());
        Map<String, byte[]> before = Fixtures.snapshot(out);

        Files.writeString(book.resolve("handboek.yaml"), "titel: Nieuw\nstatus: klaar\n", StandardCharsets.UTF_8);
        Fixtures.Run failed = Fixtures.run("build", book.toString(), "-o", out.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, failed.exitCode());
        assertTrue(failed.err().contains("fout[HB004]"), failed.err());
        Map<String, byte[]> after = Fixtures.snapshot(out);
        Fixtures.assertSameFiles(before, after);
    }

    @Test
    void aSuccessfulRebuildReplacesTheOutputAndLeavesNoTemporaryFolders() throws IOException {
        Path book = copyOfMinimal();
        Path out = tmp.resolve("site-output");
        Fixtures.run("build", book.toString(), "-o", out.toString());
        Files.writeString(book.resolve("handboek.yaml"), "titel: Tweede versie\nstatus: concept\n");
        assertEquals(ExitCode.OK, Fixtures.run("build", book.toString(), "-o", out.toString()).exitCode());
        assertTrue(Files.readString(out.resolve("testschool/index.html")).contains("Tweede versie"));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(java.util.List.of("testschool"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderTheToolDidNotMakeIsNeverOverwritten() throws IOException {
        Path book = copyOfMinimal();
        Path foreign = tmp.resolve("site-output/testschool/belangrijk.txt");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "van iemand anders");
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", tmp.resolve("site-output").toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().contains("werd niet door handbook gemaakt"), run.err());
        assertEquals("van iemand anders", Files.readString(foreign));
    }

    @Test
    void outputInsideTheContentIsRefused() throws IOException {
        Path book = copyOfMinimal();
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", book.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertFalse(Files.exists(book.resolve("testschool")));
        assertTrue(Files.exists(book.resolve("handboek.yaml")));
    }

    @Test
    void oneBrokenSchoolDoesNotHoldBackTheOthersAndKeepsItsPreviousSite() throws IOException {
        Path second = twoSchools();
        Path out = tmp.resolve("site-output");
        assertEquals(ExitCode.OK, Fixtures.run("build", tmp.resolve("content").toString(), "-o", out.toString()).exitCode());
        Map<String, byte[]> before = Fixtures.snapshot(out.resolve("tweede"));

        Files.delete(second.resolve("school.yaml"));
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("content").toString(), "-o", out.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), "the exit code says a school failed: " + run.err());
        assertTrue(run.err().contains("tweede/school.yaml: fout[HB011]"), run.err());
        assertTrue(run.out().contains("testschool: "), "the good school is written: " + run.out());
        Map<String, byte[]> after = Fixtures.snapshot(out.resolve("tweede"));
        Fixtures.assertSameFiles(before, after);

        Document overview = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(2, overview.select("tbody tr").size());
        assertTrue(overview.selectFirst("tbody").text().contains("in orde"));
        assertTrue(overview.selectFirst("tbody").text().contains("1 fout: zie"));
        assertEquals("./testschool/index.html", overview.selectFirst("tbody a").attr("href"));
    }

    @Test
    void theOverviewPageIsNotWrittenOverAFileTheToolDidNotMake() throws IOException {
        Path second = twoSchools();
        Path out = tmp.resolve("site-output");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "<p>van iemand anders</p>");
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("content").toString(), "-o", out.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertEquals("<p>van iemand anders</p>", Files.readString(out.resolve("index.html")));
    }

    /** The minimal school and a second one beside it; returns the second's folder. */
    private Path twoSchools() throws IOException {
        copyOfMinimal();
        Path second = tmp.resolve("content/tweede");
        Files.createDirectories(second);
        Files.writeString(second.resolve("handboek.yaml"), "titel: Tweede\nstatus: concept\n");
        Files.writeString(second.resolve("school.yaml"), "naam: Tweede School\n");
        return second;
    }

}
