package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A template ({@code soort: sjabloon}) is built as a preview: marked as a template on every page
 * and PDF, the names each school fills in shown as marked places rather than {@code {{…}}}, and
 * the overview of a build calls it a template instead of "in orde".
 */
class TemplatePreviewTest {
    private static Path template() {
        return ExampleSite.site().resolveSibling("sjabloon");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void noPageOrSearchEntryOfTheTemplateShowsRawPlaceholders() throws IOException {
        Path site = template();
        List<String> raw = new ArrayList<>();
        for (Path page : ExampleSite.htmlFiles(site)) {
            if (Files.readString(page).contains("{{")) raw.add(ExampleSite.relative(site, page));
        }
        if (Files.readString(site.resolve("assets/zoekindex.js")).contains("{{")) raw.add("assets/zoekindex.js");
        assertEquals(List.of(), raw);
    }

    @Test
    void noPdfOfTheTemplateShowsRawPlaceholders() throws IOException {
        String text = pdfText(template().resolve("handboek.pdf"));
        assertFalse(text.contains("{{"), "raw placeholder in the PDF");
        assertTrue(text.contains("[naam van de school]"), "the PDF shows where the school's name goes");
        assertTrue(text.contains("SJABLOON"), "the PDF's cover says it is a template");
    }

    @Test
    void theNamesASchoolFillsInAreMarkedInRunningText() throws IOException {
        Document start = Jsoup.parse(template().resolve("index.html").toFile(), "UTF-8");
        Element mark = start.selectFirst("main mark.invullen");
        assertTrue(mark != null && mark.text().equals("[naam van de school]"), String.valueOf(mark));
        assertEquals("In te vullen door de school", mark.attr("title"));
    }

    @Test
    void theHintOfAPartTheTemplateLeavesOpenIsMarkedAsAPlaceToFillIn() throws IOException {
        Document clb = Jsoup.parse(template().resolve("clb.html").toFile(), "UTF-8");
        List<String> marked = clb.select("main mark.invullen:has(.invullen-label)").eachText();
        assertTrue(marked.stream().anyMatch(t -> t.startsWith("in te vullen: Wie is bij het CLB")), marked.toString());
    }

    @Test
    void noOutputOfAnyExampleCarriesTheMarksOfOpenParts() throws IOException {
        Path out = ExampleSite.site().getParent();
        List<String> leaks = new ArrayList<>();
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                String text = name.endsWith(".pdf") ? pdfText(f)
                        : name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".xml") ? Files.readString(f) : "";
                if (text.indexOf('\uE000') >= 0 || text.indexOf('\uE001') >= 0) leaks.add(out.relativize(f).toString());
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void everyPageOfTheTemplateSaysItIsATemplate() throws IOException {
        Path site = template();
        List<String> without = new ArrayList<>();
        for (Path page : ExampleSite.htmlFiles(site)) {
            Element band = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("aside.sjabloonband");
            if (band == null || !band.text().startsWith("Sjabloon.")) without.add(ExampleSite.relative(site, page));
        }
        assertEquals(List.of(), without);
    }

    @Test
    void aSchoolOnTheTemplateIsNotATemplate() throws IOException {
        // de-linde builds on the template; "soort" describes the template itself and is not inherited.
        Path school = ExampleSite.site().resolveSibling("de-linde");
        assertNull(Jsoup.parse(school.resolve("index.html").toFile(), "UTF-8").selectFirst(".sjabloonband, mark.invullen"));
    }

    @Test
    void theOverviewCallsTheTemplateATemplateNotInOrder() throws IOException {
        Document overview = Jsoup.parse(ExampleSite.site().resolveSibling("index.html").toFile(), "UTF-8");
        String template = null;
        String school = null;
        for (Element row : overview.select("tbody tr")) {
            String status = row.select("td").get(1).text();
            if (row.selectFirst("a[href^=./sjabloon/]") != null) template = status;
            if (row.selectFirst("a[href^=./de-kiem/]") != null) school = status;
        }
        assertEquals("sjabloon (voorbeeldweergave)", template);
        assertEquals("in orde", school);
    }
}
