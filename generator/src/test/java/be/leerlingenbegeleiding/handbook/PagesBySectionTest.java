package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.render.MarkdownHtml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule 13 of the merge (see {@code load/Layers}, {@code load/PageSections}): a school's page with
 * {@code samenvoegen: per_sectie} changes its template's page of the same name section by section.
 */
class PagesBySectionTest {
    @TempDir
    Path tmp;

    private static final String TEMPLATE_PAGE = """
            ---
            titel: Privacy
            samenvatting: Hoe de school met gegevens omgaat.
            ---
            Inleiding van het sjabloon.

            ## Welke gegevens

            Tekst over gegevens.

            ### Bewaartermijn

            Vijf jaar.

            ## Wie doet wat

            Het sjabloon zegt wie.

            ## Camerabewaking

            Er hangen camera's.
            """;

    private void layers(String schoolPage) throws IOException {
        Fixtures.write(tmp, "sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
        Fixtures.write(tmp, "sjabloon/school.yaml", "naam: !invullen de naam van je school\nonderwijsvormen: [aso, tso]\n");
        Fixtures.write(tmp, "sjabloon/paginas/privacy.md", TEMPLATE_PAGE);
        Fixtures.write(tmp, "school/handboek.yaml", "titel: Ons beleid\nstatus: vastgesteld\nsjabloon: ../sjabloon\n");
        Fixtures.write(tmp, "school/school.yaml", "naam: Atheneum Ter Heide\n");
        Fixtures.write(tmp, "school/paginas/privacy.md", schoolPage);
    }

    private Build.Result check() throws IOException {
        return Build.check(tmp.resolve("school"));
    }

    private Page page() throws IOException {
        Build.Result c = check();
        assertEquals(List.of(), c.structural(), "the school checks clean");
        return c.handbooks().get(0).pages().get(0);
    }

    @Test
    void aSectionWithATemplateHeadingReplacesThatSectionWithItsSubsectionsAndKeepsTheRest() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\n## Welke gegevens?\n\nOnze eigen zin over gegevens.\n");
        String text = page().body().text();
        assertTrue(text.contains("Onze eigen zin over gegevens."), text);
        assertFalse(text.contains("Tekst over gegevens."), text);
        assertFalse(text.contains("Vijf jaar."), "the subsection goes with its section: " + text);
        assertTrue(text.contains("Inleiding van het sjabloon."), text);
        assertTrue(text.contains("Het sjabloon zegt wie."), text);
        assertTrue(text.indexOf("Onze eigen zin") < text.indexOf("## Wie doet wat"), "in the template's place: " + text);
        // The heading was matched by the id the site gives it: "Welke gegevens?" is "welke-gegevens".
        assertTrue(new MarkdownHtml().render(TEMPLATE_PAGE).contains("id=\"welke-gegevens\""));
    }

    @Test
    void aSectionWithANewHeadingIsAddedAtTheEnd() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\n## Contact met de DPO\n\nMail naar de directie.\n");
        String text = page().body().text();
        assertTrue(text.contains("Tekst over gegevens.") && text.contains("Er hangen camera's."), text);
        assertTrue(text.strip().endsWith("Mail naar de directie."), text);
    }

    @Test
    void aSectionWhoseBodyIsOnlyTheRemovalMarkerTakesTheTemplatesSectionAway() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\n## Camerabewaking\n\n!verwijderd\n");
        String text = page().body().text();
        assertFalse(text.contains("Camerabewaking") || text.contains("camera"), text);
        assertTrue(text.contains("Het sjabloon zegt wie."), text);
    }

    @Test
    void theSchoolsIntroductionReplacesTheTemplatesAndFrontMatterMergesKeyByKey() throws IOException {
        layers("---\nsamenvoegen: per_sectie\ntitel: Privacy bij ons\n---\nOnze eigen inleiding.\n");
        Page p = page();
        assertEquals("Privacy bij ons", p.title());
        assertEquals("Hoe de school met gegevens omgaat.", p.summary());
        assertTrue(p.body().text().startsWith("Onze eigen inleiding."), p.body().text());
        assertFalse(p.body().text().contains("Inleiding van het sjabloon."));
        assertTrue(p.body().text().contains("Vijf jaar."));
    }

    @Test
    void withoutTheKeyThePageStillReplacesTheTemplatesPageWhole() throws IOException {
        layers("---\ntitel: Privacy\n---\n## Welke gegevens\n\nAlleen dit.\n");
        String text = page().body().text();
        assertFalse(text.contains("Het sjabloon zegt wie."), text);
    }

    @Test
    void removingASectionTheTemplateDoesNotHaveIsAnErrorAtTheSchoolsHeadingWithAGuess() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\nIntro.\n\n## Camerabewakin\n\n!verwijderd\n");
        List<Diagnostic> d = check().structural();
        assertEquals(List.of(Problem.UNKNOWN_SECTION), d.stream().map(Diagnostic::problem).toList(), d.toString());
        assertEquals(tmp.resolve("school/paginas/privacy.md"), d.get(0).position().file());
        assertEquals(6, d.get(0).position().line());
        assertEquals(4, d.get(0).position().column());
        assertTrue(d.get(0).toString().contains("camerabewaking"), d.get(0).toString());
    }

    @Test
    void aPageToMergeWithoutATemplatePageOfItsNameIsAnError() throws IOException {
        layers("---\ntitel: Privacy\n---\nTekst.\n");
        Fixtures.write(tmp, "school/paginas/eigen.md", "---\ntitel: Eigen\nsamenvoegen: per_sectie\n---\nTekst.\n");
        List<Diagnostic> d = check().structural();
        assertEquals(List.of(Problem.SECTIONS_UNAVAILABLE), d.stream().map(Diagnostic::problem).toList(), d.toString());
        assertEquals(tmp.resolve("school/paginas/eigen.md"), d.get(0).position().file());
        assertEquals(3, d.get(0).position().line());
    }

    @Test
    void anErrorInAReplacedSectionPointsAtTheSchoolsLineAndOneInAKeptSectionAtTheTemplates() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\n## Wie doet wat\n\nEen tweede zin.\nDe {{directeur}} beslist.\n");
        Fixtures.write(tmp, "sjabloon/paginas/privacy.md", TEMPLATE_PAGE.replace("Er hangen camera's.", "De {{coordinator}} kijkt."));
        List<Diagnostic> d = check().structural();
        assertEquals(List.of(Problem.UNKNOWN_VARIABLE, Problem.UNKNOWN_VARIABLE), d.stream().map(Diagnostic::problem).toList(), d.toString());
        Diagnostic school = d.stream().filter(x -> x.toString().contains("directeur")).findFirst().orElseThrow();
        Diagnostic template = d.stream().filter(x -> x.toString().contains("coordinator")).findFirst().orElseThrow();
        assertEquals(tmp.resolve("school/paginas/privacy.md"), school.position().file());
        assertEquals(7, school.position().line());
        assertEquals(tmp.resolve("sjabloon/paginas/privacy.md"), template.position().file());
        assertEquals(21, template.position().line());
    }

    @Test
    void aComplianceFindingInAReplacedSectionPointsAtTheSchoolsLine() throws IOException {
        layers("---\nsamenvoegen: per_sectie\n---\n## Wie doet wat\n\nBel gerust.\nOf bel 0470 12 34 56.\n");
        Build.Result c = check();
        Diagnostic mobile = c.diagnostics().stream().filter(x -> x.message().args().contains("0470 12 34 56")).findFirst()
                .orElseThrow(() -> new AssertionError(c.diagnostics().toString()));
        assertEquals(tmp.resolve("school/paginas/privacy.md"), mobile.position().file());
        assertEquals(7, mobile.position().line());
        assertEquals(8, mobile.position().column());
    }
}
