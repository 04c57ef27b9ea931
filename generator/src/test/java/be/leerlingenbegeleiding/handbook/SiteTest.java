package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.render.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What readers see of a rendered site, on small fixture handbooks. */
class SiteTest {

    static Map<String, byte[]> site(String fixture) throws IOException {
        Build.Result checked = Build.check(Fixtures.resources().resolve("geldig").resolve(fixture));
        // Small fixtures are incomplete policies: only their form must be right here.
        assertEquals(List.of(), checked.structural());
        return Site.render(checked.handbooks().get(0));
    }

    /**
     * A handbook whose Markdown holds scripts, handlers and unsafe links. The check refuses it
     * (HB037, HB039: see its expected output); rendered anyway, as the renderer's second line of
     * defence, nothing of it may run.
     */
    static Map<String, byte[]> unsafeSite() throws IOException {
        Build.Result checked = Build.check(Fixtures.resources().resolve("ongeldig/onveilige-markdown/handboek"));
        assertTrue(checked.structural().stream().allMatch(d -> d.code().equals("HB037") || d.code().equals("HB039")),
                checked.structural().toString());
        return Site.render(checked.handbooks().get(0));
    }

    static Document page(Map<String, byte[]> site, String path) {
        assertTrue(site.containsKey(path), "no page " + path + " in " + site.keySet());
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void scriptsAndEventHandlersInMarkdownAreShownAsTextNotRun() throws IOException {
        Document p = page(unsafeSite(), "paginas/opmaak.html");
        assertTrue(p.select("main script").isEmpty(), "no script element from content");
        assertTrue(p.select("main [onerror]").isEmpty(), "no event handler from content");
        assertTrue(p.selectFirst("main .inhoud").text().contains("<script>alert('x')</script>"),
                "the author sees what they typed, as text");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTargetInEverySpelling() throws IOException {
        Document p = page(unsafeSite(), "paginas/opmaak.html");
        for (Element a : p.select("main .inhoud a[href], main .inhoud img[src]")) {
            String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
            String probe = target.replaceAll("\\s", "").toLowerCase();
            assertFalse(probe.startsWith("javascript:") || probe.startsWith("data:"), target);
        }
        String text = p.selectFirst("main .inhoud").text();
        assertTrue(text.contains("Klik hier of hier") && text.contains("Gegevens"), "unsafe links keep their text: " + text);
    }

    @Test
    void safeLinksInMarkdownStayAndLinksToMarkdownFilesPointAtTheirPages() throws IOException {
        Document p = page(unsafeSite(), "paginas/opmaak.html");
        assertNotNull(p.selectFirst("a[href=https://example.org/pad]"));
        assertNotNull(p.selectFirst("a[href=mailto:info@example.org]"));
        assertNotNull(p.selectFirst("a[href=../paginas/opmaak.html#kop]"), "relative to the page's folder, .md made .html");
        assertNotNull(p.selectFirst("a[href=#kop]"));
        assertNotNull(p.getElementById("kop"));
    }

    @Test
    void aDraftHandbookIsMarkedOnEveryPageAndAnAdoptedOneIsNot() throws IOException {
        Map<String, byte[]> draft = site("minimaal");
        for (String path : draft.keySet()) {
            if (!path.endsWith(".html")) continue;
            assertNotNull(page(draft, path).selectFirst(".conceptband"), path);
            assertNotNull(page(draft, path).selectFirst("meta[name=robots][content=noindex]"), path);
        }
        assertNull(page(unsafeSite(), "index.html").selectFirst(".conceptband"));
    }

    @Test
    void partsAHandbookLeavesOutGetNoPageAndNoMenuEntry() throws IOException {
        Map<String, byte[]> site = site("minimaal");
        assertFalse(site.containsKey("rollen/index.html"));
        assertFalse(site.containsKey("cel.html"));
        Document home = page(site, "index.html");
        assertTrue(home.select("a[href*=rollen], a[href*=cel.html], a[href*=contact.html]").isEmpty());
    }

    @Test
    void anEnglishHandbookGetsEnglishLabelsAndLanguage() throws IOException {
        Document home = page(site("engels"), "index.html");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals("Skip to content", home.selectFirst(".skiplink").text());
        assertTrue(home.selectFirst(".conceptband").text().startsWith("Draft."));
        assertEquals("Main menu", home.selectFirst("nav.menu").attr("aria-label"));
    }

    @Test
    void everyPageLinksOnlyRelativelySoTheFolderWorksAnywhere() throws IOException {
        Map<String, byte[]> site = unsafeSite();
        for (String path : site.keySet()) {
            if (!path.endsWith(".html")) continue;
            for (Element e : page(site, path).select("[href], [src], form[action]")) {
                String v = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                assertFalse(v.startsWith("/"), path + ": " + e);
            }
        }
    }
}
