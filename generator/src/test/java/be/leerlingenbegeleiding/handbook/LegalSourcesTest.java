package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text a template locks ({@code !vast}) follows from the law, and every school that adopts the
 * template publishes it as it is: the template names the rule ({@code bron:}), the pages and PDFs
 * show it, and a template that forgets it does not pass {@code check}.
 */
class LegalSourcesTest {
    @TempDir
    Path tmp;

    private static Path built(String handbook) {
        return ExampleSite.site().getParent().resolve(handbook);
    }

    @Test
    void eachLockedClbAgreementShowsTheRuleItFollowsFromInTheTemplateAndInASchoolThatAdoptsIt() throws IOException {
        for (String book : List.of("sjabloon", "de-linde")) {
            Document clb = Jsoup.parse(built(book).resolve("clb.html").toFile(), "UTF-8");
            for (String subject : List.of("Leerplicht en problematische afwezigheid", "Systematische contacten en vaccinaties",
                    "Besmettelijke ziekten")) {
                Element heading = clb.select("main h3").stream().filter(h -> h.text().startsWith(subject)).findFirst().orElseThrow();
                Element source = heading.nextElementSiblings().select("p.bron").first();
                assertTrue(source != null && source.text().startsWith("Regelgeving: decreet leerlingenbegeleiding"),
                        book + ": '" + subject + "' names its rule: " + source);
                // The source belongs to this agreement: it comes before the next agreement's heading.
                Element next = heading.nextElementSiblings().select("h3").first();
                assertTrue(next == null || source.elementSiblingIndex() < next.elementSiblingIndex(), book + ": " + subject);
            }
            assertTrue(clb.select("main dl.gegevens").text().contains("Regelgeving art. 123/24 Codex Secundair Onderwijs"),
                    book + ": the CLB page names art. 123/24");
        }
    }

    @Test
    void thePagesOnDomainsContinuumVisionAndPrivacyNameTheirArticles() throws IOException {
        Path site = built("sjabloon");
        assertSource(site.resolve("domeinen/index.html"), "art. 123/21 Codex Secundair Onderwijs");
        assertSource(site.resolve("zorgcontinuum.html"), "art. 123/23 Codex Secundair Onderwijs");
        assertSource(site.resolve("visie.html"), "art. 123/22 Codex Secundair Onderwijs");
        assertSource(site.resolve("paginas/geheimhouding-en-privacy.html"), "art. 458 Strafwetboek");
        assertSource(site.resolve("professionalisering.html"), "art. 123/22 Codex Secundair Onderwijs");
        Document role = Jsoup.parse(site.resolve("rollen/clb.html").toFile(), "UTF-8");
        for (String task : List.of("leerplicht-begeleiden", "systematische-contacten", "besmettelijke-ziekten")) {
            assertTrue(role.select("#taak-" + task + " .bron").text().contains("verplichte opdrachten van het CLB"),
                    "the locked CLB task " + task + " names its rule");
        }
    }

    @Test
    void theHandbookPdfAndTheFunctionDescriptionPrintTheirSources() throws IOException {
        Path site = built("sjabloon");
        String book = pdfText(site.resolve(PdfContentTest.HANDBOOK_PDF));
        for (String s : List.of("Regelgeving: art. 123/21 Codex Secundair Onderwijs", "Regelgeving: art. 123/23 Codex Secundair Onderwijs",
                "verplichte opdrachten van het CLB (leerplichtbegeleiding)")) {
            assertTrue(book.contains(s), "the handbook PDF prints '" + s + "'");
        }
        String function = pdfText(site.resolve("functies/leerlingenbegeleider.pdf"));
        assertTrue(function.contains("Regelgeving") && function.contains("regeling functiebeschrijving en evaluatie van personeelsleden"),
                "the function description names the rules it follows: " + function);
    }

    @Test
    void aTemplateThatLocksATextWithoutNamingItsRuleFailsCheckAtThatText() throws IOException {
        Path content = tmp.resolve("content");
        Path template = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), content.resolve("sjabloon"));
        Path continuum = template.resolve("zorgcontinuum.yaml");
        String yaml = Files.readString(continuum);
        String without = yaml.replaceFirst("(?m)^bron: [^\\n]*\\n", "");
        assertFalse(without.equals(yaml), "the fixture removes the source of the whole file");
        Files.writeString(continuum, without);

        Fixtures.Run run = Fixtures.run("check", template.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        // Each of the four locked phase descriptions, at its own line, and nothing else.
        int from = 0;
        for (String phase : List.of("brede_basiszorg:", "verhoogde_zorg:", "uitbreiding_van_zorg:", "iac:")) {
            int line = lineOf(without, "omschrijving: !vast", without.indexOf("\n  " + phase, from));
            from = without.indexOf("\n  " + phase, from) + 1;
            assertTrue(Pattern.compile("sjabloon/zorgcontinuum\\.yaml:" + line + ":19: fout\\[HB053]: ").matcher(run.err()).find(),
                    phase + " at line " + line + "\n" + run.err());
        }
        assertTrue(run.err().contains("tip: Zet 'bron:' bij dit item"), run.err());
        assertEquals(4, count(run.err(), "HB053"), "only the texts that lost their source: " + run.err());

        // A school cannot fix its template: it is not blamed for the missing source.
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), content.resolve("de-linde"));
        Fixtures.Run school = Fixtures.run("check", content.resolve("de-linde").toString());
        assertFalse(school.err().contains("HB053"), school.err());
    }

    private static void assertSource(Path page, String rule) throws IOException {
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        String sources = d.select("main p.bron").text();
        assertTrue(sources.contains("Regelgeving: " + rule), page.getFileName() + " names " + rule + ": " + sources);
    }

    private static int lineOf(String text, String needle, int from) {
        int at = text.indexOf(needle, from);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
