package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's own layouts name kinds of page and link to pages. Those written before page kinds
 * were a type (a kind compared as text, a page linked by its file name) give what they gave.
 */
class ThemePageKindsTest {
    @TempDir
    Path tmp;

    private Element probe(String layout) throws IOException {
        Fixtures.write(tmp, "inhoud/school/handboek.yaml", "titel: Ons beleid\nstatus: concept\n");
        Fixtures.write(tmp, "inhoud/school/school.yaml", "naam: Atheneum Ter Heide\n");
        Fixtures.write(tmp, "inhoud/school/vormgeving/pagina/start.ftlh", layout + "\n<#include \"/basis/pagina/start.ftlh\">\n");
        Path out = tmp.resolve("uit");
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("inhoud/school").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Document home = Jsoup.parse(out.resolve("school/index.html").toFile(), "UTF-8");
        return home.selectFirst("main #proef");
    }

    @Test
    void anOlderLayoutThatComparesKindsAsTextStillWorks() throws IOException {
        Element p = probe("<p id=\"proef\" data-start=\"${(page.kind() == \"start\")?c}\" data-cel=\"${(page.kind() == \"cel\")?c}\""
                + " class=\"pagina-${page.kind()}\"><a href=\"${x.href(\"contact.html\")}\">contact</a></p>");
        assertEquals("true", p.attr("data-start"));
        assertEquals("false", p.attr("data-cel"));
        assertEquals("pagina-start", p.className());
        assertEquals("contact.html", p.selectFirst("a").attr("href"));
    }

    @Test
    void aLayoutAsksTheKindsForTheirPaths() throws IOException {
        Element p = probe("<p id=\"proef\" data-start=\"${(page.kind() == kinds.START)?c}\" class=\"pagina-${page.kind().code()}\">"
                + "<a href=\"${x.href(kinds.CONTACT)}\">contact</a> <a href=\"${x.href(kinds.ROL, \"directeur\")}\">rol</a>"
                + " <a href=\"${root}${kinds.ZOEKEN.path()}\">zoeken</a></p>");
        assertEquals("true", p.attr("data-start"));
        assertEquals("pagina-start", p.className());
        assertEquals("contact.html", p.select("a").get(0).attr("href"));
        assertEquals("rollen/directeur.html", p.select("a").get(1).attr("href"));
        assertEquals("zoeken.html", p.select("a").get(2).attr("href"));
    }
}
