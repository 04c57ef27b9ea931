package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register of the pupil file ({@code privacy.yaml}) as a director, a parent and a template
 * maintainer meet it: a page with one row per kind of data, a chapter in the PDF, rule R17 that
 * holds the register to the cel's restricted folder, and the template's open and locked parts.
 */
class PrivacyRegisterTest {
    private static final double SIDE_MARGIN = 20 * 72 / 25.4;

    @TempDir
    Path tmp;

    @Test
    void thePageShowsEachKindOfDataWithWhoMayReadItWhyHowLongAndWhatPassesToANewSchool() throws IOException {
        Document d = Jsoup.parse(ExampleSite.site().resolve("privacy.html").toFile(), "UTF-8");
        assertEquals("Wie ziet het leerlingendossier?", d.selectFirst("main h1").text());
        Element table = d.selectFirst("main table.privacyregister");
        assertNotNull(table, d.select("main").html());
        assertEquals(List.of("Gegevens", "Wie mag ze lezen", "Waarom", "Hoe lang bewaard", "Naar een nieuwe school"),
                table.select("thead th").eachText());
        Element cel = table.selectFirst("tr#categorie-cel-verslagen");
        assertNotNull(cel, table.html());
        assertTrue(cel.selectFirst("th").text().startsWith("Afgeschermde map van de cel afgeschermd"), cel.text());
        // Readers are the roles, by name, each a link to the role's page.
        assertEquals(List.of("Directeur", "Adjunct-directeur leerlingenzaken", "Leerlingenbegeleider eerste graad",
                "Leerlingenbegeleider tweede en derde graad"), cel.select("td a").eachText());
        assertEquals("rollen/adjunct-directeur.html", cel.select("td a").get(1).attr("href"));
        assertTrue(cel.text().contains("tot twee jaar nadat de leerling de school verliet"), cel.text());
        assertTrue(cel.text().contains("Gaat niet mee"), cel.text());
        assertTrue(table.text().contains("Gaat deels mee"), table.text());
        // On a phone each row is a card that names its values.
        assertEquals("Wie mag ze lezen", cel.select("td").get(0).attr("data-label"));
        Element officer = d.selectFirst("h2#functionaris").parent();
        assertNotNull(officer, "the data protection officer has a section");
        assertEquals("mailto:privacy@sg-kempenland.be", officer.selectFirst("a[href^=mailto]").attr("href"));
        assertEquals("tel:+3214552090", officer.selectFirst("a[href^=tel]").attr("href"));
        Document start = Jsoup.parse(ExampleSite.site().resolve("index.html").toFile(), "UTF-8");
        assertFalse(start.select("nav a[href=privacy.html]").isEmpty(), "the menu links the page");
    }

    @Test
    void aRolePageSaysWhichPartsOfThePupilFileTheRoleMayRead() throws IOException {
        Document d = Jsoup.parse(ExampleSite.site().resolve("rollen/graadcoordinator.html").toFile(), "UTF-8");
        Element mention = d.select("main a[href$=privacy.html]").first();
        assertNotNull(mention, d.select("main").text());
        assertTrue(mention.text().contains("Resultaten en studieloopbaan"), mention.text());
        assertFalse(mention.text().contains("Afgeschermde map"), "the grade coordinator may not read the cel's folder: " + mention.text());
    }

    @Test
    void theHandbookPdfHasTheRegisterAsAChapterWithNoColumnCut() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ExampleSite.site().resolve(PdfContentTest.HANDBOOK_PDF).toFile())) {
            List<PdfPages.Page> pages = PdfPages.read(doc);
            List<PdfPages.Page> chapter = pages.stream().filter(p -> p.text().contains("Wie ziet het leerlingendossier?")
                    && !p.text().contains("Inhoud")).toList();
            assertFalse(chapter.isEmpty(), "a chapter on the register");
            StringBuilder text = new StringBuilder();
            List<String> cut = new ArrayList<>();
            for (PdfPages.Page p : chapter) {
                text.append(p.text()).append('\n');
                for (PdfPages.Glyph g : p.glyphs()) {
                    if (g.x() < SIDE_MARGIN - 1.5 || g.right() > p.width() - SIDE_MARGIN + 1.5) {
                        cut.add("page " + p.number() + ": \"" + g.text() + "\" at x = " + Math.round(g.x()));
                    }
                }
            }
            assertEquals(List.of(), cut, "no column runs past the page");
            String all = text.toString().replaceAll("\\s+", " ");
            for (String s : List.of("Wie mag ze lezen", "Hoe lang bewaard", "Naar een nieuwe school", "afgeschermd", "Gaat niet mee",
                    "Gezondheid en eerste hulp", "Gaat deels mee", "privacy@sg-kempenland.be", "Functionaris voor gegevensbescherming")) {
                assertTrue(all.contains(s), s + " in the chapter:\n" + all);
            }
        }
    }

    @Test
    void aRetentionGivenOnlyInYearsReadsAsANumberOfYears() throws IOException {
        Path school = copyOfExample();
        edit(school.resolve("privacy.yaml"), s -> s.replace(
                "      tekst: tot twee jaar nadat de leerling de school verliet; daarna wordt de map gewist\n", ""));
        Path out = tmp.resolve("uit");
        Fixtures.Run run = Fixtures.run("build", school.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Document d = Jsoup.parse(out.resolve("school/privacy.html").toFile(), "UTF-8");
        assertEquals("2 jaar", d.selectFirst("tr#categorie-cel-verslagen td[data-label=Hoe lang bewaard]").text());
    }

    @Test
    void r17NamesTheRolesThatDifferByTheNamesADirectorKnows() throws IOException {
        Path school = copyOfExample();
        edit(school.resolve("privacy.yaml"), s -> s.replace(
                "inzage: [directeur, adjunct-directeur, leerlingenbegeleider-eerste-graad, leerlingenbegeleider-tweede-derde-graad]",
                "inzage: [directeur, graadcoordinator, klassenleraar, leerlingenbegeleider-eerste-graad, leerlingenbegeleider-tweede-derde-graad]"));
        String err = Fixtures.run("check", school.toString()).err();
        assertTrue(err.contains("waarschuwing[R17]: het register geeft Graadcoördinator, Klassenleraar inzage in de afgeschermde map"
                + " van de cel leerlingenbegeleiding, maar cel.yaml niet"), err);
        assertTrue(err.contains("waarschuwing[R17]: cel.yaml geeft Adjunct-directeur leerlingenzaken inzage in de afgeschermde map"), err);
        assertFalse(err.contains("graadcoordinator"), "roles are named as people know them, not by id\n" + err);
    }

    @Test
    void r17AsksForACategoryForTheCelsFolderWhenTheRegisterHasNone() throws IOException {
        Path school = copyOfExample();
        edit(school.resolve("privacy.yaml"), s -> s.replace("    cel: true\n", ""));
        String err = Fixtures.run("check", school.toString()).err();
        assertTrue(err.matches("(?s).*school/privacy\\.yaml:\\d+:1: waarschuwing\\[R17]: het register heeft geen categorie voor de"
                + " afgeschermde map van de cel leerlingenbegeleiding; volgens cel\\.yaml mogen deze rollen die lezen: Directeur,"
                + " Adjunct-directeur leerlingenzaken, Leerlingenbegeleider eerste graad, Leerlingenbegeleider tweede en derde graad\n.*"), err);
        assertTrue(err.contains("'cel: true'"), err);
    }

    @Test
    void theOfficersPrivateMailboxIsCaughtByR12() throws IOException {
        Path school = copyOfExample();
        edit(school.resolve("privacy.yaml"), s -> s.replace("email: privacy@sg-kempenland.be", "email: dpo.kempenland@gmail.com"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*school/privacy\\.yaml:\\d+:\\d+: fout\\[R12]: 'dpo\\.kempenland@gmail\\.com' is een"
                + " privé-e-mailadres van functionaris voor gegevensbescherming van Scholengemeenschap Kempenland Heidebeek\n.*"), run.err());
    }

    @Test
    void anUnknownReaderIsAnUnknownRoleWithASuggestion() throws IOException {
        Path school = copyOfExample();
        edit(school.resolve("privacy.yaml"), s -> s.replace("inzage: [directeur, adjunct-directeur, ondersteunend-personeel, preventieadviseur",
                "inzage: [directeur, adjunct-directeur, ondersteunend-personeel, preventie-adviseur"));
        String err = Fixtures.run("check", school.toString()).err();
        assertTrue(err.matches("(?s).*school/privacy\\.yaml:\\d+:\\d+: fout\\[HB006]: de rol 'preventie-adviseur' bestaat niet.*"), err);
        assertTrue(err.contains("preventieadviseur"), "did you mean\n" + err);
    }

    /** A school that inherits the template's register writes only its officer and its retention. */
    @Test
    void aSchoolInheritsTheTemplatesRegisterAndFillsInItsOpenParts() throws IOException {
        Path content = copyOfContent("sjabloon", "de-linde");
        Fixtures.Run run = Fixtures.run("check", content.resolve("de-linde").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("[R17]"), run.err());
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.OK, Fixtures.run("build", content.resolve("de-linde").toString(), "-o", out.toString()).exitCode());
        Document d = Jsoup.parse(out.resolve("de-linde/privacy.html").toFile(), "UTF-8");
        String text = d.select("main").text();
        assertEquals(5, d.select("table.privacyregister tbody tr").size(), text);
        assertTrue(text.contains("privacy@scholengroep-heidebeek.be"), "the school's own officer: " + text);
        assertTrue(text.contains("tot twee jaar nadat de leerling de school verliet"), "the school's own retention: " + text);
        // The locked rights come from the template, with its source.
        assertTrue(text.contains("Leerlingen en ouders mogen de gegevens inkijken"), text);
        assertTrue(text.contains("AVG (Verordening (EU) 2016/679)"), text);
    }

    @Test
    void aSchoolThatLeavesTheTemplatesOpenPartsGetsHb029ForEach() throws IOException {
        Path content = copyOfContent("sjabloon", "de-linde");
        Files.delete(content.resolve("de-linde/privacy.yaml"));
        String err = Fixtures.run("check", content.resolve("de-linde").toString()).err();
        assertTrue(err.contains("fout[HB029]: nog in te vullen in privacy.yaml: 'functionaris.email'"), err);
        assertTrue(err.contains("fout[HB029]: nog in te vullen in privacy.yaml: de tekst van de bewaartermijn van de vijfde categorie"), err);
        assertTrue(err.contains("  plaats in het bestand: categorieen[5].bewaartermijn.tekst"), err);
    }

    @Test
    void aSchoolThatOverridesTheCelsCategoryIsHeldToItsOwnCel() throws IOException {
        Path content = copyOfContent("sjabloon", "campus-ter-beke");
        Path school = content.resolve("campus-ter-beke");
        assertFalse(Fixtures.run("check", school.toString()).err().contains("[R17]"), "its register matches its campus cels");
        // The cel gives the internship coordinator of one campus access too; the register does not.
        edit(school.resolve("cel.yaml"), s -> s.replace("    wie: [directeur, leerlingenbegeleider]",
                "    wie: [directeur, leerlingenbegeleider, stagecoordinator]"));
        String err = Fixtures.run("check", school.toString()).err();
        assertTrue(err.contains("waarschuwing[R17]: cel.yaml geeft Stagecoördinator inzage in de afgeschermde map"), err);
    }

    @Test
    void aLockedRightsTextCannotBeChangedByASchool() throws IOException {
        Path content = copyOfContent("sjabloon", "de-linde");
        edit(content.resolve("de-linde/privacy.yaml"), s -> s + "rechten: Ouders kunnen niets inkijken.\n");
        String err = Fixtures.run("check", content.resolve("de-linde").toString()).err();
        assertTrue(err.contains("fout[HB028]"), err);
    }

    private Path copyOfExample() throws IOException {
        return Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("school"));
    }

    private Path copyOfContent(String... handbooks) throws IOException {
        Path content = tmp.resolve("content");
        for (String h : handbooks) Fixtures.copyTree(ExampleSite.contentDir().resolve(h), content.resolve(h));
        return content;
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the change to " + file.getFileName() + " changed nothing");
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }
}
