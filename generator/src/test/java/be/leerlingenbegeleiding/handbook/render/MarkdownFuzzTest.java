package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever Markdown an author writes on a page, the build ends in diagnostics or in pages that
 * carry no script of the author's: no script element, event handler or script link beyond
 * those of the theme, on the website's page and in the HTML the PDF is made from. Markdown the
 * check refuses for its links or HTML is also rendered as it stands, since the renderer must
 * keep those off the page by itself. Seeds are in {@code MarkdownFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} (the pom's 'fuzz' execution) Jazzer fuzzes for {@code maxDuration}.
 */
class MarkdownFuzzTest {
    private static final Build.Settings SETTINGS = Build.Settings.on(LocalDate.of(2026, 11, 23));
    private static final Path HANDBOOK = copyOfMinimal();
    private static final Path PAGE = HANDBOOK.resolve("paginas/fuzz.md");
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();
    /** What the checker refuses and the renderer must defuse by itself. */
    private static final Set<Problem> DEFUSED = Set.of(Problem.UNSAFE_LINK, Problem.LINK_OUTSIDE, Problem.HTML_IN_MARKDOWN);
    /** Elements that can run or load something; the theme's own are the only ones allowed. */
    private static final String ACTIVE = "script, iframe, frame, object, embed, applet, base, form, style, link, meta[http-equiv], svg, math";
    private static final Set<String> ADDRESSES = Set.of("href", "src", "srcset", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "longdesc", "ping", "content");
    private static final Baseline BASELINE = new Baseline();

    private static Path copyOfMinimal() {
        try {
            Path dir = Files.createTempDirectory("markdown-fuzz").resolve("fuzz");
            Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), dir);
            Files.createDirectories(dir.resolve("paginas"));
            dir.toFile().getParentFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "12s")
    @DictionaryEntries({"<script>", "javascript:", "JaVaScRiPt:", "&#106;avascript:", "onerror=", "onload=",
            "](", "![", "<img src=x ", "[a]: ", "<a href=", "`", "```", "> ", "- ", "| a | b |", "|---|", "<", "&",
            "data:text/html,", "vbscript:", "<svg onload=", "<iframe", "[x](", "<https:", "../../", "%6a", "&colon;"})
    void anyMarkdownOnAPageNeverPutsScriptOnIt(byte[] bytes) throws IOException {
        String body = new String(bytes, StandardCharsets.UTF_8);
        Files.writeString(PAGE, "---\ntitel: Fuzz\n---\n" + body, StandardCharsets.UTF_8);
        Build.Result checked = Build.checkOne(HANDBOOK, SETTINGS);
        for (Diagnostic d : checked.diagnostics()) assertNotNull(Messages.dutch().format(d));
        if (!checked.hasErrors()) {
            Handbook h = checked.handbooks().get(0);
            Map<String, byte[]> site = Build.renderSite(h, checked.reports().get(HANDBOOK));
            String page = new String(site.get(BASELINE.path), StandardCharsets.UTF_8);
            assertNoScript(page, BASELINE.site, "page");
            assertNoScript(print(h), BASELINE.print, "print");
        } else if (checked.diagnostics().stream().filter(Diagnostic::isError).allMatch(d -> DEFUSED.contains(d.problem()))) {
            assertNoScript("<!DOCTYPE html><html><body>" + MARKDOWN.render(body, 2, "../") + "</body></html>", Set.of(), "fragment");
        }
    }

    private static String print(Handbook h) {
        Labels l = Labels.of(h.metadata().language());
        return new PrintBook(h, l, SitePlan.of(h, l), Theme.BUILT_IN.templates(h)).handbook();
    }

    private static void assertNoScript(String html, Set<String> allowed, String where) {
        Document doc = Jsoup.parse(html);
        assertEquals(allowed, active(doc), where + ": active elements beyond the theme's");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), where + ": event handler " + a);
                // An id or title may read "javascript:"; only an address is followed.
                if (!ADDRESSES.contains(key)) continue;
                String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                for (String scheme : List.of("javascript:", "vbscript:", "data:text/html")) {
                    assertFalse(value.startsWith(scheme), where + ": " + a);
                }
            }
        }
    }

    private static Set<String> active(Document doc) {
        Set<String> out = new TreeSet<>();
        for (Element e : doc.select(ACTIVE)) out.add(e.outerHtml());
        return out;
    }

    /** The theme's own active elements, from the same page with a plain text. */
    private static final class Baseline {
        final String path;
        final Set<String> site;
        final Set<String> print;

        Baseline() {
            try {
                Files.writeString(PAGE, "---\ntitel: Fuzz\n---\nGewone tekst.\n", StandardCharsets.UTF_8);
                Build.Result checked = Build.checkOne(HANDBOOK, SETTINGS);
                Handbook h = checked.handbooks().get(0);
                Map<String, byte[]> files = Build.renderSite(h, checked.reports().get(HANDBOOK));
                path = files.keySet().stream().filter(p -> p.endsWith("fuzz.html")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no page for paginas/fuzz.md in " + files.keySet()));
                site = active(Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8)));
                print = active(Jsoup.parse(print(h)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
