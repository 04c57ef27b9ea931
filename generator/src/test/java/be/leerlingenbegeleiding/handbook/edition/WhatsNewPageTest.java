package be.leerlingenbegeleiding.handbook.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two editions of de-kiem: the second changes one task, one agreement and one section of a page,
 * and removes a role (with the two lines that named it). With {@code vorige_uitgave} the site
 * gets a "Wat is er nieuw" page and the PDF a chapter that list exactly those parts; without it,
 * neither exists.
 */
class WhatsNewPageTest {
    @TempDir
    Path tmp;

    private static final List<String> CHANGED = List.of(
            "Afspraak met het CLB 'Leerplicht en problematische afwezigheden'",
            "Functiebeschrijving 'Leerlingenbegeleider eerste graad': partners",
            "Functiebeschrijving 'Leerlingenbegeleider tweede en derde graad': partners",
            "Pagina 'Privacy en beroepsgeheim', sectie 'Toestemming'",
            "Taak 'beleid vaststellen' van rol 'Directeur'");

    /** The second edition: the changes of {@link ChangesCommandTest}, with a role removed that little names. */
    private static void secondEdition(Path kiem) throws IOException {
        edit(kiem.resolve("rollen.yaml"), "Legt het beleid op leerlingenbegeleiding na overleg", "Legt het beleid na overleg");
        String roles = Files.readString(kiem.resolve("rollen.yaml"), StandardCharsets.UTF_8);
        Files.writeString(kiem.resolve("rollen.yaml"), roles.substring(0, roles.indexOf("  - id: pedagogische-begeleidingsdienst"))
                + roles.substring(roles.indexOf("  - id: leersteuncentrum")), StandardCharsets.UTF_8);
        for (String f : List.of("leerlingenbegeleider-eerste-graad", "leerlingenbegeleider-tweede-derde-graad")) {
            edit(kiem.resolve("functies/" + f + ".yaml"), "  - pedagogische-begeleidingsdienst\n", "");
        }
        edit(kiem.resolve("clb.yaml"), "starten school en CLB samen", "starten school en CLB meteen samen");
        Path page = kiem.resolve("paginas/privacy-en-beroepsgeheim.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int at = text.indexOf("## Toestemming");
        int end = text.indexOf('\n', text.indexOf("\n\n", at) + 2);
        Files.writeString(page, text.substring(0, end) + "\nWe vragen die toestemming opnieuw bij elke nieuwe graad.\n"
                + text.substring(end), StandardCharsets.UTF_8);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) throw new IllegalStateException(from + " not in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void previousEdition(Path kiem, String ref) throws IOException {
        edit(kiem.resolve("handboek.yaml"), "publicatie_url:", "vorige_uitgave: " + ref + "\npublicatie_url:");
    }

    @Test
    void thePageListsExactlyTheChangedPartsEachLinkedToWhereItIsNow() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), content.resolve("archief/de-kiem-2025"));
        Path kiem = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), content.resolve("de-kiem"));
        secondEdition(kiem);
        previousEdition(kiem, "../archief/de-kiem-2025");
        Path site = build(content).resolve("de-kiem");
        Document page = Jsoup.parse(site.resolve("nieuw.html").toFile(), "UTF-8");
        Element main = page.selectFirst("main");
        assertEquals(List.of("Gewijzigd (5)", "Verwijderd (1)"), main.select("h2").eachText().stream()
                .map(s -> s.replace("#", "").strip()).toList());
        List<String> changed = main.select("ul.nieuw-lijst").get(0).select("li").eachText();
        assertEquals(CHANGED, changed);
        assertEquals(List.of("Rol 'Pedagogische begeleidingsdienst'"), main.select("ul.nieuw-lijst").get(1).select("li").eachText());
        assertEquals(List.of("clb.html#leerplicht-en-problematische-afwezigheden",
                "functies/leerlingenbegeleider-eerste-graad.html", "functies/leerlingenbegeleider-tweede-derde-graad.html",
                "paginas/privacy-en-beroepsgeheim.html#toestemming", "rollen/directeur.html#taak-beleid-vaststellen"),
                main.select("ul.nieuw-lijst").get(0).select("a").eachAttr("href"));
        // Every link lands on an element that is there.
        for (String href : main.select("ul.nieuw-lijst a").eachAttr("href")) {
            String[] parts = href.split("#");
            Document target = Jsoup.parse(site.resolve(parts[0]).toFile(), "UTF-8");
            if (parts.length > 1) assertTrue(target.getElementById(parts[1]) != null, href);
        }
        assertTrue(page.select("footer a[href=nieuw.html]").size() == 1, "linked from the footer");
        String pdf = pdfText(site.resolve("handboek.pdf"));
        assertTrue(pdf.contains("Wat is er nieuw"), "a chapter in the PDF");
        for (String part : CHANGED) assertTrue(pdf.replaceAll("\\s+", " ").contains(part), part);
    }

    @Test
    void aGitTagNamedInHandboekYamlIsThePreviousEdition() throws Exception {
        Path repo = tmp.resolve("repo");
        Path kiem = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), repo.resolve("content/de-kiem"));
        ChangesCommandTest.git(repo, "init", "-q");
        ChangesCommandTest.git(repo, "add", ".");
        ChangesCommandTest.git(repo, "-c", "user.name=School", "-c", "user.email=school@example.org", "commit", "-q", "-m", "2025");
        ChangesCommandTest.git(repo, "tag", "v2025-2026");
        secondEdition(kiem);
        previousEdition(kiem, "v2025-2026");
        Path site = build(repo.resolve("content")).resolve("de-kiem");
        Element main = Jsoup.parse(site.resolve("nieuw.html").toFile(), "UTF-8").selectFirst("main");
        assertEquals(CHANGED, main.select("ul.nieuw-lijst").get(0).select("li").eachText());
    }

    @Test
    void withoutAPreviousEditionThereIsNoPageAndNoLink() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), content.resolve("de-kiem"));
        Path site = build(content).resolve("de-kiem");
        assertFalse(Files.exists(site.resolve("nieuw.html")));
        assertFalse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("nieuw.html"));
    }

    private Path build(Path content) {
        Path out = tmp.resolve("site");
        Fixtures.Run run = Fixtures.run("build", content.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
