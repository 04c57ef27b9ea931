package be.leerlingenbegeleiding.handbook.comply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in checks read what authors wrote, and a page can be a megabyte of anything: each
 * check finishes in time proportional to the text (the old patterns took minutes or overflowed
 * the stack on these inputs) and still finds what it finds on ordinary text. An author's own
 * {@code patroon} that would take too long is stopped and named instead.
 */
class LinearChecksTest {
    /** A page at the size limit (smaller with -Dlinear.size, to watch the old code fail in less time). */
    private static final int SIZE = Integer.getInteger("linear.size", 1_000_000);
    /** Every built-in rule off, so that loading the handbook does not already run the checks. */
    private static final String ALL_OFF = "aanpassingen: [" + String.join(", ",
            IntStream.rangeClosed(1, 14).mapToObj(i -> "{id: R" + i + ", ernst: uit}").toList()) + "]\n";
    /** Generous: the old code took minutes on every input here; the new one well under a second. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    /** A draft handbook whose only page has {@code body}. */
    private Handbook page(String body) throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\ntelefoon: 014 55 40 00\n");
        Fixtures.write(tmp, "h/paginas/tekst.md", "---\ntitel: Tekst\n---\n" + body + "\n");
        Fixtures.write(tmp, "h/naleving.yaml", ALL_OFF);
        Handbook h = Build.check(tmp.resolve("h")).handbooks().get(0);
        assertEquals(1, h.pages().size(), "the page is within the size limit");
        return h;
    }

    private static Findings run(CodeCheck check, Handbook h) {
        Findings out = new Findings(LocalDate.of(2026, 11, 23));
        assertTimeoutPreemptively(BOUND, () -> check.check(h, out), check.name());
        return out;
    }

    private static List<String> subjects(Findings out) {
        return out.raw.stream().map(Findings.Raw::subject).toList();
    }

    @Test
    void aMailAddressAfterAMegabyteOfLettersIsCheckedQuickly() throws IOException {
        Handbook h = page("Mail jan@telenet.be of zorg@dekiem.be.\n" + "a".repeat(SIZE * 3 / 4) + "@\n" + "b@" + "c".repeat(SIZE / 5));
        assertEquals(List.of("jan@telenet.be"), subjects(run(new Privacy(), h)));
    }

    @Test
    void aPageFullOfPersonalDataIsReportedQuicklyWithEveryPosition() throws IOException {
        String line = "0470 12 34 56, 85.07.30-033.28, jan@telenet.be, leerling Emma\n";
        int lines = SIZE * 5 / 8 / line.length();
        // Long runs each pattern has to look through: digits, separators, blanks after "leerling".
        String tail = "1".repeat(SIZE / 8) + " 0".repeat(SIZE / 32) + "leerling" + " ".repeat(SIZE / 8) + "x";
        Handbook h = page(line.repeat(lines) + tail);
        Findings out = run(new Privacy(), h);
        assertEquals(4 * lines, out.raw.size());
        for (String s : List.of("0470 12 34 56", "85.07.30-033.28", "jan@telenet.be", "Emma")) {
            Position last = out.raw.stream().filter(r -> r.subject().equals(s)).reduce((a, b) -> b).orElseThrow().at();
            assertEquals(4 + lines - 1, last.line(), s + ": the page body starts on line 4");
            assertEquals(line.indexOf(s) + 1, last.column(), s);
        }
    }

    @Test
    void imagesWithoutCloseAreCheckedQuickly() throws IOException {
        Handbook h = page("![](afbeeldingen/schema.png) en ![Schema](afbeeldingen/b.png)\n" + "![".repeat(SIZE / 2));
        assertEquals(List.of("afbeeldingen/schema.png"), subjects(run(new Checks.Accessibility(), h)));
    }

    @Test
    void htmlImagesWithoutEndAreCheckedQuickly() throws IOException {
        Handbook h = page("<img src=\"a.png\"> <IMG alt=\"Schema\" src=\"b.png\">\n" + "<img ".repeat(SIZE / 5));
        assertEquals(List.of("<img src=\"a.png\">"), subjects(run(new Checks.Accessibility(), h)));
    }

    @Test
    void linksWithoutCloseAreCheckedQuickly() throws IOException {
        Handbook h = page("Lees [hier](https://example.org) of [de brochure](b.pdf).\n" + "[".repeat(SIZE));
        assertEquals(List.of("hier"), subjects(run(new Checks.Accessibility(), h)));
    }

    @Test
    void manyFindingsInOneTextEachGetTheirLineAndColumnQuickly() {
        String line = "![](x.png) <img src=x> [hier](y)\n";
        String text = line.repeat(SIZE / line.length());
        Position start = new Position(tmp.resolve("paginas/tekst.md"), 4, 1);
        Texts.Text t = new Texts.Text(text, start, true);
        Markdown m = new Markdown(text, start);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < text.length(); i += 4) t.at(i);
        });
        for (int i : new int[] {0, 1, line.length() - 1, line.length(), line.length() + 3, text.length() - 1, text.length(), text.length() + 5}) {
            assertEquals(m.at(i), t.at(i), "offset " + i);
        }
        assertEquals(new Position(start.file(), 4, 1), new Texts.Text(text, start, false).at(text.length() - 1), "a plain value is one line");
    }

    @Test
    void theCoreNamedOverManyLinesIsReadWithoutOverflow() throws IOException {
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("school"));
        Path cel = school.resolve("cel.yaml");
        String lines = "  de vaste kern bestaat uit\n" + "  x\n".repeat(SIZE / 4 - 10) + "  de graadcoördinator.\n\n";
        String text = Files.readString(cel);
        assertEquals(text.indexOf("omschrijving: |\n"), text.lastIndexOf("omschrijving: |\n"), "one description");
        Files.writeString(cel, text.replace("omschrijving: |\n", "omschrijving: |\n" + lines));
        Files.writeString(school.resolve("naleving.yaml"), ALL_OFF);
        Handbook h = Build.check(school).handbooks().get(0);
        assertEquals(List.of("Graadcoördinator"), subjects(run(new Checks.CoreFromText(), h)));
    }

    @Test
    void anAuthorsPatternThatTakesTooLongIsNamedAtItsRule() throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/cel.yaml", "naam: " + "a".repeat(50_000) + "!\nomschrijving: |\n  " + "ab".repeat(10_000) + "\n");
        Fixtures.write(tmp, "h/naleving.yaml", ALL_OFF
                + "regels:\n"
                + "  - id: EIGEN1\n"
                + "    titel: Alleen a en b\n"
                + "    ernst: fout\n"
                + "    controles:\n"
                + "      - pad: cel.omschrijving\n"
                + "        patroon: \"(?:a|b)*\"\n"
                + "  - id: EIGEN2\n"
                + "    titel: Alleen a\n"
                + "    ernst: waarschuwing\n"
                + "    controles:\n"
                + "      - pad: cel.naam\n"
                + "        patroon: \"(a+)+$\"\n");
        Fixtures.Run run = assertTimeoutPreemptively(BOUND, () -> Fixtures.run("check", tmp.resolve("h").toString()));
        String err = run.err();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains("h/naleving.yaml:8:18: fout[HB043]: het patroon van regel 'EIGEN1'"), err);
        assertTrue(err.contains("h/naleving.yaml:14:18: fout[HB043]: het patroon van regel 'EIGEN2'"), err);
        assertFalse(err.contains("at be.leerlingenbegeleiding") || err.contains("Exception") || err.contains("Error:"), err);
    }

    /** Ids are checked with a pattern too (outside the compliance checks, the one such fix here). */
    @Test
    void anIdOfThousandsOfPartsIsCheckedWithoutOverflow() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertTrue(Key.Format.isId("a-".repeat(SIZE / 4) + "a"));
            assertFalse(Key.Format.isId("a-".repeat(SIZE / 4)));
            assertFalse(Key.Format.isId("a--b"));
            assertTrue(Key.Format.isId("cel-leerlingenbegeleiding"));
        });
    }
}
