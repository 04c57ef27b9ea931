package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published handbook is read long after it was written: once its school year has ended or its
 * review date has passed on the build date, every page and every PDF's cover say so.
 */
class OutdatedNoticeTest {
    @TempDir
    Path tmp;

    private static Element band(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").selectFirst("aside.verouderdband");
    }

    private static String cover(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(d).replaceAll("\\s+", " ");
        }
    }

    /** A small handbook for {@code schooljaar} with review date {@code review}, built on {@code day}. */
    private Path build(String schoolYear, String review, LocalDate day) throws IOException {
        Path dir = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("hb"));
        Fixtures.write(dir, "handboek.yaml", "titel: Beleid leerlingenbegeleiding\nstatus: concept\nschooljaar: " + schoolYear
                + "\nherzieningsdatum: " + review + "\n");
        Path out = tmp.resolve("out");
        Build.Result c = Build.build(dir, out, Build.Settings.on(day), s -> { });
        List<Build.Written> written = c.written();
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return written.get(0).folder();
    }

    @Test
    void everyPageOfTheExampleSaysItsSchoolYearHasEnded() throws IOException {
        // de-kiem is written for 2025-2026; the tests build on 23 November 2026.
        Path site = ExampleSite.site();
        List<String> without = new ArrayList<>();
        for (Path page : ExampleSite.htmlFiles(site)) {
            Element band = band(page);
            if (band == null || !band.text().contains("schooljaar 2025-2026, dat voorbij is")) without.add(ExampleSite.relative(site, page));
        }
        assertEquals(List.of(), without, "pages without the out-of-date notice");
    }

    @Test
    void theCoverOfEveryPdfOfTheExampleSaysSo() throws IOException {
        Path site = ExampleSite.site();
        List<Path> pdfs = new ArrayList<>(List.of(site.resolve("handboek.pdf")));
        try (var s = Files.list(site.resolve("functies"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        assertTrue(pdfs.size() > 1, "the example has function descriptions");
        for (Path pdf : pdfs) {
            String text = cover(pdf);
            assertTrue(text.contains("Mogelijk niet meer actueel") && text.contains("2025-2026, dat voorbij is"),
                    pdf.getFileName() + ": " + text);
        }
    }

    @Test
    void aHandbookOfTheCurrentSchoolYearBeforeItsReviewDateHasNoNotice() throws IOException {
        Path site = build("2026-2027", "2027-06-30", LocalDate.of(2026, 11, 23));
        assertNull(band(site.resolve("index.html")));
        assertFalse(cover(site.resolve("handboek.pdf")).contains("Mogelijk niet meer actueel"));
    }

    @Test
    void theSchoolYearLastsUntilTheEndOfAugust() throws IOException {
        assertNull(band(build("2025-2026", "2027-06-30", LocalDate.of(2026, 8, 31)).resolve("index.html")));
    }

    @Test
    void theFirstOfSeptemberStartsTheNotice() throws IOException {
        Element band = band(build("2025-2026", "2027-06-30", LocalDate.of(2026, 9, 1)).resolve("index.html"));
        assertNotNull(band);
        assertTrue(band.text().contains("schooljaar 2025-2026"), band.text());
    }

    @Test
    void anOverdueReviewDateIsNamedOnThePageAndTheCover() throws IOException {
        Path site = build("2026-2027", "2026-10-31", LocalDate.of(2026, 11, 23));
        Element band = band(site.resolve("index.html"));
        assertNotNull(band);
        assertTrue(band.text().contains("31 oktober 2026"), band.text());
        assertFalse(band.text().contains("schooljaar"), "the school year has not ended: " + band.text());
        assertTrue(cover(site.resolve("handboek.pdf")).contains("31 oktober 2026"));
    }
}
