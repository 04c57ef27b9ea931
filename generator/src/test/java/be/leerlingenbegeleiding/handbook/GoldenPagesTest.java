package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.render.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Representative pages of the example handbook, compared with golden copies in
 * {@code src/test/resources/golden/}. Pages are normalised by re-indenting them, so a diff shows
 * what changed for a reader, not where a line broke. The home page is kept whole, for the frame
 * every page shares (header, menu, footer); of the others only the title and the main content. After a deliberate change, run with
 * {@code -Dhandbook.updateGolden=true} and review the diff of the golden files.
 */
class GoldenPagesTest {
    private static Map<String, byte[]> site;

    static synchronized Map<String, byte[]> site() throws IOException {
        if (site == null) {
            Build.Result checked = Build.check(Fixtures.repoRoot().resolve("content/de-kiem"));
            assertFalse(checked.hasErrors(), checked.diagnostics().toString());
            site = Site.render(checked.handbooks().get(0));
        }
        return site;
    }

    static String normalised(byte[] html, boolean whole) {
        Document d = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        d.outputSettings().prettyPrint(true).indentAmount(1).outline(true);
        String text = whole ? d.outerHtml() : d.title() + "\n" + d.selectFirst("main").outerHtml();
        return text.lines().map(String::stripTrailing).filter(l -> !l.isBlank())
                .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "rollen/index.html", "rollen/leerlingenbegeleider-eerste-graad.html",
            "cel.html", "zorgcontinuum.html", "functies/leerlingenbegeleider-eerste-graad.html",
            "domeinen/leren-en-studeren.html", "contact.html", "zoeken.html",
            "leersteun.html", "opdrachten.html",
            "crisis/index.html", "crisis/suiciderisico.html",
            "privacy.html",
            "beleid.html", "domeinen/psychisch-en-sociaal-functioneren.html"})
    void pageMatchesItsGoldenCopy(String path) throws IOException {
        byte[] html = site().get(path);
        assertTrue(html != null, "the example site has no " + path);
        String actual = normalised(html, path.equals("index.html"));
        Path golden = Fixtures.resources().resolve("golden").resolve(path.replace('/', '_'));
        if (Fixtures.updateGolden()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden + "; run with -Dhandbook.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, path);
    }

    private static Map<String, byte[]> primary;

    /** The primary-school example, built on the primary template: its own words and sources. */
    static synchronized Map<String, byte[]> primarySite() throws IOException {
        if (primary == null) {
            Build.Result checked = Build.check(Fixtures.repoRoot().resolve("content/de-vlinder"));
            assertFalse(checked.hasErrors(), checked.diagnostics().toString());
            primary = Site.render(checked.handbooks().get(0));
        }
        return primary;
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "cel.html", "clb.html"})
    void primarySchoolPageMatchesItsGoldenCopy(String path) throws IOException {
        byte[] html = primarySite().get(path);
        assertTrue(html != null, "the primary example site has no " + path);
        String actual = normalised(html, path.equals("index.html"));
        Path golden = Fixtures.resources().resolve("golden").resolve("de-vlinder").resolve(path.replace('/', '_'));
        if (Fixtures.updateGolden()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden + "; run with -Dhandbook.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, path);
    }
}
