package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The marks the theme's screen layout relies on, in the example site's HTML (no browser needed;
 * SiteLayoutBrowserTest checks what they do on screen): tables say their shape, a phone's table
 * cards can name every value, figures sit in a box that scrolls, urgent help comes first.
 */
class TableLayoutTest {

    private static Document page(String path) throws IOException {
        Path file = ExampleSite.site().resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void everyBodyCellOfATableWithThreeOrMoreColumnsCarriesItsColumnsHeading() throws IOException {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path file : ExampleSite.htmlFiles()) {
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element table : d.select("main table")) {
                Element head = table.selectFirst("> thead > tr:last-child");
                if (head == null || head.childrenSize() < 3) continue;
                tables++;
                String where = ExampleSite.relative(file) + " " + table.select("caption").text();
                if (!table.parent().hasClass("tabel-kaarten")) problems.add(where + ": not marked .tabel-kaarten");
                for (Element row : table.select("> tbody > tr")) {
                    for (int i = 0; i < row.childrenSize(); i++) {
                        String want = head.child(Math.min(i, head.childrenSize() - 1)).text();
                        if (!want.equals(row.child(i).attr("data-label"))) {
                            problems.add(where + ": cell " + (i + 1) + " has data-label \"" + row.child(i).attr("data-label")
                                    + "\", not \"" + want + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(tables > 10, "only " + tables + " tables with three or more columns");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aRolesTaskTableAndTheMatrixAreWideAndATwoColumnTableIsNot() throws IOException {
        Element tasks = page("rollen/directeur.html").selectFirst("#taken ~ .tabel-schuif, section:has(#taken) .tabel-schuif");
        assertNotNull(tasks, "no task table on rollen/directeur.html");
        assertTrue(tasks.hasClass("tabel-breed"), tasks.className());
        assertTrue(page("rollen/index.html").selectFirst("table.matrix").parent().hasClass("tabel-breed"));
        for (Element w : page("functies/leerlingenbegeleider-eerste-graad.html").select(".tabel-schuif:has(> table > thead > tr:last-child > :nth-child(2):last-child)")) {
            assertFalse(w.hasClass("tabel-kaarten"), "a two-column table became cards: " + w.text());
        }
    }

    @Test
    void everyFiguresDrawingSitsInAScrollBoxNamedByTheFigure() throws IOException {
        int figures = 0;
        for (Path file : ExampleSite.htmlFiles()) {
            for (Element svg : Jsoup.parse(file.toFile(), "UTF-8").select("figure.figuur svg")) {
                figures++;
                Element box = svg.parent();
                String where = ExampleSite.relative(file);
                assertTrue(box.hasClass("figuur-schuif"), where + ": the svg is in " + box.tagName() + "." + box.className());
                assertEquals("0", box.attr("tabindex"), where + ": a scroll box must be reachable by keyboard");
                assertEquals(svg.selectFirst("title").text(), box.attr("aria-label"), where);
            }
        }
        assertTrue(figures >= 4, "only " + figures + " figures");
    }

    @Test
    void urgentHelpComesBeforeTheUsualContactsOnTheHomeAndContactPages() throws IOException {
        Element home = page("index.html").selectFirst("main .inhoud");
        Element urgent = home.selectFirst(".noodgeval");
        assertNotNull(urgent, "no urgent help on the home page");
        assertTrue(home.select("section").stream().allMatch(s -> s.siblingIndex() > urgent.siblingIndex()),
                "a section comes before the urgent help on the home page");
        Element first = page("contact.html").selectFirst("main .inhoud > *");
        assertTrue(first.hasClass("noodgeval"), "contact.html starts with " + first.tagName() + "." + first.className());
    }

    @Test
    void theSearchPagesFormIsNamedApartFromTheHeadersSearch() throws IOException {
        List<String> names = page("zoeken.html").select("[role=search]").stream().map(e -> e.attr("aria-label")).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "two search landmarks with the same name: " + names);
    }
}
