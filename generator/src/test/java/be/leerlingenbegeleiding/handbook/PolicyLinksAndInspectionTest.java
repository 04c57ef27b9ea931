package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school's other policies (beleid.yaml) show where a reader needs them, and the mapping to
 * the inspection's frame (doorlichting.yaml) becomes an internal document that never reaches the
 * public site, marking the evidence that is empty or still to be filled in.
 */
class PolicyLinksAndInspectionTest {
    @TempDir
    Path tmp;

    private static final String EXPECTATION = "De begeleiding bestrijkt de vier begeleidingsdomeinen";

    @Test
    void theInspectionDocumentIsWrittenByTheInternalBuildOnlyAndNeverIntoThePublicSite() throws IOException {
        Path template = ExampleSite.contentDir().resolve("sjabloon");
        Build.Result site = Build.build(template, tmp.resolve("site"), Build.Settings.standard(), name -> { });
        assertFalse(site.hasErrors(), site.diagnostics().toString());
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tmp.resolve("site"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                // The site publishes the schema of every file, this one's too: the model, not its content.
                if (name.startsWith("doorlichting") && !f.getParent().endsWith("schema")) leaks.add(f.toString());
                if (name.matches(".*\\.(html|js|xml)") && Files.readString(f, StandardCharsets.UTF_8).contains(EXPECTATION)) leaks.add(f + ": the expectation");
                if (name.endsWith(".pdf") && pdfText(f).contains(EXPECTATION)) leaks.add(f + ": the expectation");
            }
        }
        assertEquals(List.of(), leaks, "the inspection mapping reached the public output");

        Build.Result internal = Build.buildInternal(template, tmp.resolve("intern"), Build.Settings.standard());
        assertFalse(internal.hasErrors(), internal.diagnostics().toString());
        Path out = tmp.resolve("intern/sjabloon");
        assertTrue(Jsoup.parse(out.resolve("doorlichting.html").toFile(), "UTF-8").text().contains(EXPECTATION));
        assertTrue(pdfText(out.resolve("doorlichting.pdf")).contains(EXPECTATION));
        org.junit.jupiter.api.Assertions.assertThrows(be.leerlingenbegeleiding.handbook.pipeline.UnsafeOutputException.class,
                () -> Build.buildInternal(template, tmp.resolve("site"), Build.Settings.standard()), "internal output over a public site");
    }

    @Test
    void anEmptyEvidencePartAndAnOpenOneAreMarkedInThePageAndThePdf() throws IOException {
        Path template = Fixtures.copyTree(ExampleSite.contentDir().resolve("sjabloon"), tmp.resolve("inhoud/sjabloon"));
        // The template has no practice examples: evidence that points there is empty.
        Files.writeString(template.resolve("doorlichting.yaml"), Files.readString(template.resolve("doorlichting.yaml")) + """
                  - id: praktijk
                    titel: Voorbeelden uit de praktijk tonen hoe het werkt
                    bron: eigen aanvulling
                    bewijs:
                      - praktijkvoorbeelden
                """);
        Build.Result internal = Build.buildInternal(template, tmp.resolve("intern"), Build.Settings.standard());
        assertFalse(internal.hasErrors(), internal.diagnostics().toString());
        Path out = tmp.resolve("intern/sjabloon");
        Document page = Jsoup.parse(out.resolve("doorlichting.html").toFile(), "UTF-8");
        assertEquals("leeg: nog niets geschreven", state(page, "praktijk", "praktijkvoorbeelden"));
        assertEquals("nog in te vullen (!invullen)", state(page, "gedeelde-visie", "visie.visie"), "the template leaves the vision open");
        assertEquals("ingevuld", state(page, "vier-domeinen", "domeinen.domeinen.leren_en_studeren"));
        assertTrue(page.text().contains("1 van de 5 verwachtingen heeft nog geen ingevuld deel als bewijs"), page.text());
        String pdf = pdfText(out.resolve("doorlichting.pdf")).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("leeg: nog niets geschreven"), pdf);
        assertTrue(pdf.contains("nog in te vullen (!invullen)"), pdf);
    }

    @Test
    void aSchoolOnTheTemplateInheritsTheMappingWithItsOwnTextsAsEvidence() throws IOException {
        Build.Result internal = Build.buildInternal(ExampleSite.contentDir().resolve("de-linde"), tmp.resolve("intern"), Build.Settings.standard());
        assertFalse(internal.hasErrors(), internal.diagnostics().toString());
        Document page = Jsoup.parse(tmp.resolve("intern/de-linde/doorlichting.html").toFile(), "UTF-8");
        assertEquals(4, page.select("section.verwachting").size());
        assertEquals("ingevuld", state(page, "gedeelde-visie", "visie.visie"), "the school wrote its own vision");
        Element link = page.selectFirst("#v-vier-domeinen ~ table a, section:has(#v-vier-domeinen) a");
        assertTrue(link == null || link.attr("href").startsWith("https://"), "links go to the published site, never into the internal folder");
    }

    @Test
    void theOverviewOfTheBuildListsTheGeneratedPdfsButNotTheSchoolsOwnDocuments() throws IOException {
        Document overview = Jsoup.parse(ExampleSite.site().getParent().resolve("index.html").toFile(), "UTF-8");
        List<String> links = overview.select("a").eachAttr("href");
        assertTrue(links.stream().anyMatch(h -> h.endsWith("de-kiem/handboek.pdf")), links.toString());
        assertFalse(links.stream().anyMatch(h -> h.contains("documenten/")), links.toString());
    }

    @Test
    void policyLinksShowWhereTheyMatterAndAllOnThePolicyPage() throws IOException {
        Path site = ExampleSite.site();
        assertEquals(List.of("https://www.dekiem-heidebeek.be/praktisch/afwezigheden"), related(site.resolve("clb.html")));
        assertEquals(List.of("https://www.dekiem-heidebeek.be/documenten/anti-pestbeleid.pdf"),
                related(site.resolve("domeinen/psychisch-en-sociaal-functioneren.html")));
        assertEquals(List.of("../documenten/drugbeleid.pdf"), related(site.resolve("domeinen/preventieve-gezondheidszorg.html")));
        assertTrue(Files.isRegularFile(site.resolve("documenten/drugbeleid.pdf")), "the school's own PDF is published with the site");
        assertEquals(List.of("https://www.dekiem-heidebeek.be/inschrijven/overgang-basisschool"), related(site.resolve("zorgcontinuum.html")));
        assertEquals(List.of(), related(site.resolve("domeinen/leren-en-studeren.html")));
        Document all = Jsoup.parse(site.resolve("beleid.html").toFile(), "UTF-8");
        assertEquals(6, all.select("main ul.beleidslinks a").size());
        assertTrue(all.select("main h2").eachText().stream().anyMatch(t -> t.startsWith("Afwezigheden en spijbelen")), all.select("h2").eachText().toString());
    }

    @Test
    void aPolicyPdfFromTheDocumentsFolderIsPublishedAndLinkedAsPdf() throws IOException {
        Path book = Fixtures.copyTree(ExampleSite.contentDir().resolve(ExampleSite.NAME), tmp.resolve("inhoud").resolve(ExampleSite.NAME));
        Files.createDirectories(book.resolve("documenten"));
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.save(book.resolve("documenten/afwezigheden.pdf").toFile());
        }
        String yaml = Files.readString(book.resolve("beleid.yaml"))
                .replace("url: https://www.dekiem-heidebeek.be/praktisch/afwezigheden", "bestand: documenten/afwezigheden.pdf");
        Files.writeString(book.resolve("beleid.yaml"), yaml);
        Build.Result r = Build.build(book, tmp.resolve("site"), Build.Settings.standard(), name -> { });
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Path out = tmp.resolve("site").resolve(ExampleSite.NAME);
        assertTrue(Files.isRegularFile(out.resolve("documenten/afwezigheden.pdf")));
        Element a = Jsoup.parse(out.resolve("clb.html").toFile(), "UTF-8").selectFirst("section.beleid-verwant a[type=application/pdf]");
        assertNotNull(a);
        assertEquals("documenten/afwezigheden.pdf", a.attr("href"));
    }

    @Test
    void aPolicyPdfThatRunsScriptWhenOpenedIsRefusedAndNotPublished() throws IOException {
        Path book = Fixtures.copyTree(ExampleSite.contentDir().resolve(ExampleSite.NAME), tmp.resolve("inhoud").resolve(ExampleSite.NAME));
        Files.createDirectories(book.resolve("documenten"));
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hallo')"));
            d.save(book.resolve("documenten/afwezigheden.pdf").toFile());
        }
        Path site = tmp.resolve("site");
        Build.Result r = Build.build(book, site, Build.Settings.standard(), name -> { });
        String errors = String.join("\n", be.leerlingenbegeleiding.handbook.diag.Messages.dutch().formatAll(r.diagnostics()));
        assertTrue(errors.contains("documenten/afwezigheden.pdf: fout[HB066]: 'documenten/afwezigheden.pdf' is geen PDF uit documenten/"), errors);
        assertTrue(errors.contains("bevat een script of start een programma"), errors);
        assertFalse(Files.exists(site.resolve(ExampleSite.NAME).resolve("documenten/afwezigheden.pdf")), "nothing of it is published");
    }

    /** The state the inspection page gives one evidence path of one expectation. */
    private static String state(Document page, String expectation, String path) {
        Element section = page.getElementById("v-" + expectation).parent();
        for (Element row : section.select("tbody tr")) {
            if (row.child(0).text().equals(path)) return row.child(2).text();
        }
        throw new AssertionError(path + " not listed under " + expectation + ": " + section.text());
    }

    /** The addresses of the related-policy links on a page. */
    private static List<String> related(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").select("section.beleid-verwant ul.beleidslinks a").eachAttr("href");
    }

    private static String pdfText(Path f) throws IOException {
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
