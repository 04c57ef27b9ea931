package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview a support service opens after building all its schools names each school by its
 * folder. Whatever that folder is called, its links are relative links to that folder, never
 * script, and its name shows as text.
 */
class OverviewEscapingTest {
    @TempDir
    Path tmp;

    private static final String SCRIPT = "javascript:top.eval(atob('YWxlcnQoMSk='))";
    private static final String ODD = "a \"b\" <c> #d ?e f%20 & é";

    Path school(String folder) throws IOException {
        return Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("content").resolve(folder));
    }

    @Test
    void aFolderNamedLikeScriptIsLinkedAsAFolderNotRun() throws IOException {
        school(SCRIPT);
        school(ODD);
        Path out = tmp.resolve("site-output");
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("content").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        List<Element> links = page.select("tbody a[href]");
        assertTrue(links.size() >= 2, page.html());
        for (Element a : links) {
            String href = a.attr("href");
            assertTrue(href.startsWith("./"), "a relative link that no browser reads as a scheme: " + href);
            URI uri = URI.create(href);
            assertNull(uri.getScheme(), href);
            // The link leads to the real folder's file, whatever characters its name has.
            Path target = Path.of(out.toUri().resolve(uri));
            assertTrue(target.startsWith(out) && Files.isRegularFile(target), href + " -> " + target);
        }
        for (String folder : List.of(SCRIPT, ODD)) {
            assertTrue(links.stream().anyMatch(a -> Path.of(out.toUri().resolve(URI.create(a.attr("href")))).equals(out.resolve(folder).resolve("index.html"))),
                    "a link to the site of " + folder);
        }
        for (Element e : page.getAllElements()) {
            for (Attribute attr : e.attributes()) {
                assertFalse(attr.getKey().startsWith("on"), "event handler " + attr);
                assertFalse(attr.getValue().strip().toLowerCase().startsWith("javascript:"), "script in " + attr);
            }
        }
        assertTrue(page.select("script").isEmpty());
        assertFalse(Files.readString(out.resolve("index.html")).contains("<c>"), "the name is escaped");
    }
}
