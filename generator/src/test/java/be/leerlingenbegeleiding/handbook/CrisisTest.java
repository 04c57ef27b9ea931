package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crisis protocols as a counsellor meets them on the first day: a page per protocol that a phone
 * can act from (numbered steps, who acts, numbers that dial), reachable from the home page; a
 * printed card of one page per protocol; and rule R16, which a template can make an error.
 */
class CrisisTest {
    private static final String STEPS = "Stappen, in deze volgorde";

    @TempDir
    Path tmp;

    @Test
    void aWholeCrisisFileHasNoProblemsAndSatisfiesR16() {
        Fixtures.Run run = Fixtures.run("check", Fixtures.resources().resolve("geldig/crisis").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("[HB"), run.err());
        assertFalse(run.err().contains("[R16]"), run.err());
    }

    @Test
    void aProtocolPageHasNumberedStepsWithTheActingRolesLinkedAndNumbersThatDial() throws IOException {
        Document d = page("crisis/suiciderisico.html");
        assertEquals("Een leerling denkt aan zelfdoding", d.selectFirst("main h1").text());
        List<Element> steps = d.select("main ol.stappen > li");
        assertEquals(6, steps.size(), "the six steps, in order, as a numbered list");
        assertTrue(steps.get(0).text().startsWith("Blijf bij de leerling"), steps.get(0).text());
        assertEquals("../rollen/leerkracht.html", steps.get(0).selectFirst(".stap-wie a").attr("href"));
        assertEquals("meteen", steps.get(0).selectFirst(".stap-termijn").text());
        assertEquals(List.of("../rollen/leerlingenbegeleider-eerste-graad.html", "../rollen/leerlingenbegeleider-tweede-derde-graad.html"),
                steps.get(3).select(".stap-wie a").eachAttr("href"), "a step of the grade's counsellor names both");
        assertEquals(List.of("tel:112", "tel:1813", "tel:+3214603040"), d.select("main a.bel-knop").eachAttr("href"),
                "each number dials exactly that number");
        assertTrue(d.selectFirst("main a.bel-knop").text().contains("Noodnummer"), "the name is part of the button");
        assertTrue(d.select("main h2").eachText().stream().anyMatch(t -> t.startsWith("Wat we noteren, en waar")),
                d.select("main h2").eachText().toString());
    }

    @Test
    void theOverviewIsReachableFromTheHomePageAndTheMenuAndListsEveryProtocol() throws IOException {
        Document home = page("index.html");
        assertFalse(home.select("nav a[href=crisis/index.html]").isEmpty(), "the menu links the overview");
        assertEquals(List.of("crisis/suiciderisico.html", "crisis/kindermishandeling.html", "crisis/overlijden.html",
                "crisis/ernstig-incident.html"), home.select(".crisis-snel a").eachAttr("href"), "the home page links each protocol");
        Document overview = page("crisis/index.html");
        assertEquals(List.of("../crisis/suiciderisico.html", "../crisis/kindermishandeling.html", "../crisis/overlijden.html",
                "../crisis/ernstig-incident.html"),
                overview.select("main .crisis-lijst h2 a").eachAttr("href"));
        assertTrue(overview.select("main .crisis-lijst a[href=tel:1712]").size() == 1, "the overview's numbers dial too");
    }

    @Test
    void aRolePageNamesTheProtocolsInWhichItActs() throws IOException {
        Document d = page("rollen/directeur.html");
        assertFalse(d.select("main a[href=../crisis/overlijden.html]").isEmpty(), d.select("main").text());
        assertTrue(d.select("main").text().contains("Crisisprotocol: Een leerling of personeelslid overlijdt"));
    }

    @Test
    void withoutProtocolsR16WarnsAndNamesTheMissingSituationsInPlainWords() throws IOException {
        Path school = Fixtures.copyTree(Fixtures.resources().resolve("naleving/basis"), tmp.resolve("school"));
        Files.delete(school.resolve("crisis.yaml"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), "R16 is a warning by default\n" + run.err());
        assertTrue(run.err().contains("school/crisis.yaml: waarschuwing[R16]: het handboek heeft geen crisisprotocollen: er staat"
                + " nergens wat de school doet bij een leerling die aan zelfdoding denkt (suïciderisico), een vermoeden van"
                + " kindermishandeling of geweld, een ernstig incident op school\n"
                + "  tip: Maak crisis.yaml met een protocol voor elk van deze situaties (soort: suiciderisico, kindermishandeling,"
                + " ernstig-incident): wie wat doet, in welke volgorde, en wie je belt."), run.err());
        assertTrue(run.err().contains("bron: art. 123/22, 5° Codex Secundair Onderwijs"), run.err());
    }

    @Test
    void theTemplateMakesR16AnErrorForEverySchoolOnIt() throws IOException {
        Path school = schoolOnTemplate();
        Files.delete(tmp.resolve("sjabloon/crisis.yaml"));
        Files.delete(school.resolve("crisis.yaml"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("de-linde/crisis.yaml: fout[R16]: het handboek heeft geen crisisprotocollen"), run.err());
    }

    @Test
    void aSchoolOnTheTemplateInheritsItsProtocolsWithWhatItFillsIn() throws IOException {
        Path school = schoolOnTemplate();
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("[R16]"), run.err());
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.OK, Fixtures.run("build", school.toString(), "-o", out.toString()).exitCode());
        Document d = Jsoup.parse(out.resolve("de-linde/crisis/kindermishandeling.html").toFile(), "UTF-8");
        String text = d.select("main").text();
        assertTrue(text.contains("Ga niet zelf op onderzoek en spreek de vermoedelijke dader niet aan."), "the template's locked step\n" + text);
        assertTrue(text.contains("Smartschool") || text.contains("directeur en de leerlingenbegeleider kunnen ze openen"),
                "the school's own record\n" + text);
        assertEquals(List.of("tel:1712", "tel:101", "tel:112"), d.select("main a.bel-knop").eachAttr("href"));
    }

    @Test
    void aSchoolThatLeavesTheTemplatesOpenPartsIsToldEachOne() throws IOException {
        Path school = schoolOnTemplate();
        Files.delete(school.resolve("crisis.yaml"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        Matcher m = Pattern.compile("sjabloon/crisis\\.yaml:\\d+:\\d+: fout\\[HB029]: nog in te vullen in crisis\\.yaml: (.+?) \\(")
                .matcher(run.err());
        List<String> open = new ArrayList<>();
        while (m.find()) open.add(m.group(1));
        // A place in a list reads as words; its keys follow as a note.
        assertEquals(List.of("'inleiding'", "de registratie van het eerste protocol", "de registratie van het tweede protocol",
                "de registratie van het vierde protocol"), open, run.err());
        assertTrue(run.err().contains("  plaats in het bestand: protocollen[4].registratie\n"), run.err());
    }

    @Test
    void aSchoolThatRewritesTheHelplinesWithoutTheLockedOnesIsStopped() throws IOException {
        Path school = schoolOnTemplate();
        Path file = school.resolve("crisis.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("  - id: suiciderisico\n",
                "  - id: suiciderisico\n    te_bellen:\n      - naam: Noodnummer\n        nummer: \"112\"\n"), StandardCharsets.UTF_8);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        // The Zelfmoordlijn, locked on line 46 of the template, is gone from the list written on line 10.
        assertTrue(run.err().contains("de-linde/crisis.yaml:10:7: fout[HB028]: deze waarde ligt vast in het sjabloon ("), run.err());
        assertTrue(run.err().contains("sjabloon/crisis.yaml:46:9) en mag niet veranderen"), run.err());
    }

    /**
     * Every example's PDF: each protocol is one card of one page in the crisis chapter. A card
     * that ran over would leave a page under the chapter's running head without its own steps;
     * and no glyph of a card lies outside its page.
     */
    @Test
    void eachProtocolIsAPrintedCardOfExactlyOnePage() throws IOException {
        Path output = ExampleSite.site().getParent();
        List<Path> books;
        try (Stream<Path> s = Files.list(output)) {
            books = s.filter(p -> Files.exists(p.resolve("crisis/index.html"))).sorted().toList();
        }
        assertEquals(7, books.size(), "both templates and the five examples have crisis protocols: " + books);
        for (Path book : books) {
            List<String> titles;
            try (Stream<Path> s = Files.list(book.resolve("crisis"))) {
                titles = s.filter(p -> !p.getFileName().toString().equals("index.html")).map(CrisisTest::title).toList();
            }
            try (PDDocument doc = Loader.loadPDF(book.resolve(PdfContentTest.HANDBOOK_PDF).toFile())) {
                List<PdfPages.Page> chapter = PdfPages.read(doc).stream()
                        .filter(p -> p.text().strip().startsWith("Crisisprotocollen")).toList();
                List<PdfPages.Page> cards = chapter.stream().filter(p -> p.text().contains(STEPS)).toList();
                String name = book.getFileName().toString();
                assertEquals(titles.size(), cards.size(), name + ": one card per protocol");
                int first = cards.get(0).number();
                for (PdfPages.Page p : chapter) {
                    if (p.number() > first) assertTrue(p.text().contains(STEPS), name + ": page " + p.number() + " continues a card");
                }
                for (PdfPages.Page p : cards) {
                    assertEquals(1, count(p.text(), STEPS), name + ": page " + p.number() + " holds one card");
                    assertTrue(titles.stream().filter(t -> p.text().replaceAll("\\s+", " ").contains(t)).count() >= 1,
                            name + ": page " + p.number() + " starts with its title");
                    assertTrue(p.text().contains("Wie je belt"), name + ": the numbers are on the card, page " + p.number());
                    for (PdfPages.Glyph g : p.glyphs()) {
                        assertTrue(g.x() >= 0 && g.right() <= p.width() && g.top() >= 0 && g.bottom() <= p.height(),
                                name + ": '" + g.text() + "' outside page " + p.number());
                    }
                }
            }
        }
    }

    private Path schoolOnTemplate() throws IOException {
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), tmp.resolve("sjabloon"));
        return Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), tmp.resolve("de-linde"));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(ExampleSite.site().resolve(path).toFile(), "UTF-8");
    }

    private static String title(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8").selectFirst("main h1").text();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
