package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publicatie_url} in handboek.yaml: with it the sitemap and canonical links are absolute
 * and the page not found links under it; without it there is no sitemap and the page not found
 * needs nothing from the site, so it works wherever a server shows it.
 */
class PublicationUrlTest {
    /** The example's publication address, as content/de-kiem/handboek.yaml gives it. */
    private static final String ADDRESS = "https://www.dekiem.be/leerlingenbegeleiding/";

    @TempDir
    Path tmp;

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<String> sitemap(Path site) throws IOException {
        Document xml = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        return xml.select("url > loc").eachText();
    }

    @Test
    void theSitemapListsEachPageAtItsFullAddress() throws IOException {
        Path site = ExampleSite.site();
        List<String> locs = sitemap(site);
        assertFalse(locs.isEmpty());
        for (String loc : locs) {
            assertTrue(loc.startsWith(ADDRESS), loc + " is not under " + ADDRESS);
            assertTrue(Files.isRegularFile(site.resolve(loc.substring(ADDRESS.length()))), loc + " names no page");
        }
        assertTrue(locs.contains(ADDRESS + "rollen/klassenleraar.html"), "a nested page is missing: " + locs);
    }

    @Test
    void everyPublicPageNamesItsFullAddressAsCanonical() {
        Path site = ExampleSite.site();
        List<String> problems = new ArrayList<>();
        for (Path file : ExampleSite.htmlFiles(site)) {
            String rel = ExampleSite.relative(site, file);
            try {
                List<String> canonical = html(file).select("link[rel=canonical]").eachAttr("href");
                // The page not found has no address of its own; the internal report is not to be found.
                List<String> expected = rel.equals("404.html") || rel.equals("naleving.html") ? List.of() : List.of(ADDRESS + rel);
                if (!canonical.equals(expected)) problems.add(rel + ": " + canonical + ", want " + expected);
            } catch (IOException e) {
                problems.add(rel + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePageNotFoundTakesItsStyleAndLinksFromThePublicationAddress() throws IOException {
        Document page = html(ExampleSite.site().resolve("404.html"));
        assertEquals(List.of(ADDRESS + "assets/stijl.css", ADDRESS + "assets/figuren.css", ADDRESS + "assets/zoekvak.css"),
                page.select("link[rel=stylesheet]").eachAttr("href"));
        List<String> relative = new ArrayList<>();
        for (Element e : page.select("[href], [src], [action]")) {
            for (String attr : List.of("href", "src", "action")) {
                String link = e.attr(attr);
                if (!link.isEmpty() && !link.startsWith("#") && !link.matches("(?i)^(https?|mailto|tel):.*")) relative.add(link);
            }
        }
        assertEquals(List.of(), relative, "links that break when 404.html is shown at a nested address");
        assertNotNull(page.selectFirst("a[href=" + ADDRESS + "index.html]"), "no link to the home page");
    }

    @Test
    void withoutAPublicationAddressThereIsNoSitemapAndThePageNotFoundStandsAlone() throws IOException {
        Path site = PublishedSites.build(tmp, null);
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "a sitemap without absolute addresses breaks the protocol");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(html(site.resolve("index.html")).select("link[rel=canonical]").isEmpty());

        Document page = html(site.resolve("404.html"));
        assertTrue(page.select("link[rel=stylesheet], script, link[rel=icon]:not([href^=data:])").isEmpty(),
                "404.html fetches a file, which fails at a nested address: " + page.select("link, script"));
        String css = page.select("head > style").html();
        assertTrue(css.contains(".kop") && css.contains("--kleur-achtergrond"), "the theme's style is not inlined");
        List<String> links = page.select("a[href]").eachAttr("href");
        for (String link : links) {
            assertTrue(link.startsWith("#") || link.startsWith("https://"), "a link that depends on where 404.html is shown: " + link);
        }
        assertTrue(page.select("main").text().contains("Ga terug naar de vorige pagina"), "no advice where to go");
    }

    @Test
    void anAddressWithoutClosingSlashStillNamesTheSiteFolder() throws IOException {
        Path site = PublishedSites.build(tmp, "https://www.dekiem.be/handboek");
        assertTrue(sitemap(site).contains("https://www.dekiem.be/handboek/index.html"), sitemap(site).toString());
    }

    @Test
    void aSchoolDoesNotInheritTheAddressOfItsTemplate() throws IOException {
        Path content = tmp.resolve("content");
        Path template = Fixtures.copyTree(ExampleSite.contentDir().resolve("sjabloon"), content.resolve("sjabloon"));
        Fixtures.copyTree(ExampleSite.contentDir().resolve("de-linde"), content.resolve("de-linde"));
        Files.writeString(template.resolve("handboek.yaml"), Files.readString(template.resolve("handboek.yaml"))
                + "publicatie_url: https://www.sjablonen.be/handboek/\n");
        Fixtures.Run run = Fixtures.run("build", content.resolve("de-linde").toString(), "-o", tmp.resolve("uit").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path site = tmp.resolve("uit/de-linde");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "the template's address reached the school's sitemap");
        assertTrue(html(site.resolve("index.html")).select("link[rel=canonical]").isEmpty());
    }

    @Test
    void anAddressThatIsNotAFullWebAddressIsAPositionedError() throws IOException {
        Path book = Fixtures.copyTree(Fixtures.resources().resolve("ongeldig/publicatie-url-met-vraagteken/handboek"), tmp.resolve("h"));
        Files.writeString(book.resolve("handboek.yaml"), "titel: T\nstatus: concept\npublicatie_url: www.school.be/handboek/\n");
        Fixtures.Run run = Fixtures.run("check", book.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("handboek.yaml:3:17: fout[HB017]: 'www.school.be/handboek/' is geen volledig webadres"), run.err());
    }

    @Test
    void anAddressWithAQueryIsAPositionedErrorWithATip() throws IOException {
        Path book = Fixtures.resources().resolve("ongeldig/publicatie-url-met-vraagteken/handboek");
        Fixtures.Run run = Fixtures.run("check", book.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("handboek.yaml:3:17: fout[HB051]:"), run.err());
        assertTrue(run.err().contains("tip: "), run.err());
    }
}
