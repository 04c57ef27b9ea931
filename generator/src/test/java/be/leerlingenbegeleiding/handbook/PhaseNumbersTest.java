package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * CLBs, leersteuncentra and schools speak of "fase 0" to "fase 3"; a reader who hears "fase 2"
 * from the CLB must find it in the handbook. Every example names each phase with its number:
 * as headings on the continuum and domain pages, in the continuum figure, in the chips of the
 * task tables, in the handbook PDF and in the search index.
 */
class PhaseNumbersTest {

    /** The titles readers must see, in the continuum's order. */
    static final List<String> TITLES = List.of(
            "Fase 0 · Brede basiszorg",
            "Fase 1 · Verhoogde zorg",
            "Fase 2 · Uitbreiding van zorg",
            "Fase 3 · Individueel aangepast curriculum");

    /** Each phase's number by the code in its anchors and classes. */
    static final Map<String, Integer> NUMBER = Map.of(
            "brede-basiszorg", 0, "verhoogde-zorg", 1, "uitbreiding-van-zorg", 2, "iac", 3);

    @Test
    void theContinuumPageHeadsEachPhaseWithItsNumberAndName() throws IOException {
        for (Path book : GeneratedProseTest.handbooks()) {
            Document doc = page(book, "zorgcontinuum.html");
            List<String> headings = doc.select("section.fase > h2 > span[id$=-kop]").eachText();
            assertEquals(TITLES, headings, book.getFileName() + "/zorgcontinuum.html");
        }
    }

    @Test
    void theContinuumFigureNamesEachLayerWithItsNumber() throws IOException {
        for (Path book : GeneratedProseTest.handbooks()) {
            Element svg = page(book, "zorgcontinuum.html").selectFirst("figure svg");
            assertTrue(svg != null, book.getFileName() + ": no continuum figure");
            // A long title may wrap over two lines of the layer.
            List<String> words = new ArrayList<>();
            for (Element text : svg.select("text")) words.add(text.select("tspan").isEmpty() ? text.text() : String.join(" ", text.select("tspan").eachText()));
            String visible = String.join(" ", words);
            String desc = svg.selectFirst("desc").text();
            for (String title : TITLES) {
                assertTrue(visible.contains(title), book.getFileName() + ": figure lacks " + title + " in " + visible);
                assertTrue(desc.contains(title), book.getFileName() + ": figure description lacks " + title);
            }
        }
    }

    @Test
    void aDomainPageHeadsItsActionsPerPhaseWithNumberAndName() throws IOException {
        for (Path book : GeneratedProseTest.handbooks()) {
            Path dir = book.resolve("domeinen");
            int pages = 0;
            for (Path file : ExampleSite.htmlFiles(dir)) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element h3 : doc.select("h3[id^=acties-]")) {
                    int n = NUMBER.get(h3.id().substring("acties-".length()));
                    assertEquals(TITLES.get(n), h3.selectFirst("span[id$=-kop]").text(), book.getFileName() + "/" + file.getFileName());
                    pages++;
                }
            }
            assertTrue(pages > 0, book.getFileName() + ": no domain page with actions per phase");
        }
    }

    @Test
    void aPhaseChipLeadsWithItsShortNumberSpelledOutForScreenReaders() throws IOException {
        Pattern chip = Pattern.compile("F(\\d) (.+)");
        for (Path book : GeneratedProseTest.handbooks()) {
            int chips = 0;
            for (Path file : ExampleSite.htmlFiles(book.resolve("rollen"))) {
                for (Element label : Jsoup.parse(file.toFile(), "UTF-8").select("td .label-fase")) {
                    Matcher m = chip.matcher(label.text());
                    assertTrue(m.matches(), file + ": " + label.text());
                    int n = Integer.parseInt(m.group(1));
                    assertEquals(TITLES.get(n), "Fase " + n + " · " + m.group(2), file + ": number and name disagree");
                    assertEquals("fase " + n, label.selectFirst("abbr.fase-nr").attr("title"));
                    chips++;
                }
            }
            assertTrue(chips > 0, book.getFileName() + ": no phase chips in the task tables");
        }
    }

    @Test
    void theHandbookPdfNamesEachPhaseWithItsNumber() throws IOException {
        for (Path book : GeneratedProseTest.handbooks()) {
            Path pdf = book.resolve("handboek.pdf");
            assertTrue(Files.exists(pdf), book.getFileName() + ": no handboek.pdf");
            String text = GeneratedProseTest.pdfText(pdf).replaceAll("\\s+", " ");
            for (String title : TITLES) assertTrue(text.contains(title), book.getFileName() + "/handboek.pdf lacks " + title);
        }
    }

    @Test
    void searchingForAPhaseNumberFindsItsSection() throws IOException {
        for (Path book : GeneratedProseTest.handbooks()) {
            String index = Files.readString(book.resolve("assets/zoekindex.js"), StandardCharsets.UTF_8);
            for (String title : TITLES) assertTrue(index.contains(title), book.getFileName() + ": search index lacks " + title);
            assertFalse(index.contains("acties in de fase"), book.getFileName() + ": a phase named without its number");
        }
    }

    private static Document page(Path book, String name) throws IOException {
        return Jsoup.parse(book.resolve(name).toFile(), "UTF-8");
    }
}
