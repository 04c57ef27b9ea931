package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * How a table is set on paper follows from what it holds, for any handbook: one that fits the
 * portrait line stays (and a short one is kept whole), one that does not gets landscape pages
 * with the heading above it, a long one with many columns too, and one too wide even for
 * landscape is stacked row by row with nothing lost.
 */
class PrintTablesTest {
    /** A table with one header row of these words and {@code rows} rows of short cells. */
    private static String table(int rows, String... heads) {
        StringBuilder b = new StringBuilder("<h3>Taken</h3><table><caption>Een tabel</caption><thead><tr>");
        for (String h : heads) b.append("<th scope=\"col\">").append(h).append("</th>");
        b.append("</tr></thead><tbody>");
        for (int r = 0; r < rows; r++) {
            b.append("<tr id=\"rij-").append(r).append("\">");
            for (int c = 0; c < heads.length; c++) b.append("<td>cel ").append(r).append('.').append(c).append("</td>");
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static Document arranged(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        PrintTables.arrange(d.body());
        return d;
    }

    @Test
    void aNarrowShortTableStaysInTheTextAndIsKeptWhole() {
        Document d = arranged(table(4, "Domein", "Aandeel"));
        assertNull(d.selectFirst(".breed"));
        assertNotNull(d.selectFirst("div.heel > table"), d.body().html());
    }

    @Test
    void aLongTableInTheTextMayBreakWithItsCaptionAsATitleBeforeIt() {
        Document d = arranged(table(60, "Rol", "Taak", "Fasen"));
        assertNull(d.selectFirst(".breed"));
        assertNull(d.selectFirst(".heel"), "a table of 60 rows cannot be kept on one page");
        // Its caption becomes a title just before it, which the renderer keeps with the first rows.
        assertNull(d.selectFirst("caption"));
        assertEquals("Een tabel", d.selectFirst("table").previousElementSibling().text());
        assertTrue(d.selectFirst("table").previousElementSibling().hasClass("tabel-titel"));
    }

    @Test
    void aTableWiderThanThePortraitLineGetsLandscapePagesWithItsHeading() {
        // Five long words that cannot wrap: about 600 pt in bold, the portrait line is 482 pt.
        String word = "Eindverantwoordelijke";
        Document d = arranged(table(2, word, word, word, word, word));
        Element breed = d.selectFirst("div.breed");
        assertNotNull(breed, d.body().html());
        assertEquals("h3", breed.child(0).tagName(), "the heading goes along to the landscape page");
        assertNotNull(breed.selectFirst("table"));
    }

    @Test
    void aLongTableWithManyColumnsGetsLandscapePagesEvenIfItWouldFitPortrait() {
        Document d = arranged(table(80, "Rol", "Een", "Twee", "Drie", "Vier"));
        assertNotNull(d.selectFirst("div.breed table"), d.body().html());
    }

    @Test
    void aTableTooWideForLandscapeIsStackedWithEveryCellUnderItsColumnName() {
        String[] heads = Collections.nCopies(9, "Eindverantwoordelijke").toArray(String[]::new);
        heads[8] = "Opmerkingenveld";
        Document d = arranged(table(3, heads));
        assertNull(d.selectFirst("table"), "no table is left to run off the page");
        Element stacked = d.selectFirst("div.gestapeld");
        assertNotNull(stacked);
        assertEquals("Een tabel", stacked.selectFirst(".gestapeld-titel").text());
        assertEquals(3, stacked.select(".gestapeld-rij").size());
        Element row = d.getElementById("rij-1");
        assertNotNull(row, "a link to a row still arrives");
        assertEquals(9, row.select("dt").size());
        assertEquals("Opmerkingenveld", row.select("dt").last().text());
        assertEquals("cel 1.8", row.select("dd").last().text());
    }
}
