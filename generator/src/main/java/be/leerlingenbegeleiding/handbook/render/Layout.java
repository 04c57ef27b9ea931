package be.leerlingenbegeleiding.handbook.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks tables and figures for the screen layout the theme gives them (stijl.css, "Tables by
 * their shape" and figuren.css), decided from their content here because CSS cannot count columns.
 *
 * <ul>
 * <li>A table with a header row and {@value #CARD_COLUMNS} or more columns becomes a stack of
 *     cards on a phone, one per row; each cell carries its column's heading in {@code data-label}
 *     for the card to show, since the header row is out of sight there.
 * <li>A table with {@value #WIDE_COLUMNS} or more columns is wide: the page it is on gets a wider
 *     content column on a wide screen, and on anything narrower than that the cards.
 * <li>A figure's drawing sits in a box that scrolls sideways on a phone: the drawing keeps the
 *     size it was laid out for, so its text stays at least 12 px instead of shrinking with it.
 * </ul>
 */
final class Layout {
    static final int CARD_COLUMNS = 3;
    static final int WIDE_COLUMNS = 4;

    private Layout() {
    }

    static void tables(Document d) {
        for (Element table : d.select("table")) {
            List<String> heads = headings(table);
            if (heads.size() < CARD_COLUMNS) continue;
            Element wrapper = table.parent();
            if (wrapper == null || !wrapper.hasClass("tabel-schuif")) continue;
            wrapper.addClass("tabel-kaarten");
            if (heads.size() >= WIDE_COLUMNS) wrapper.addClass("tabel-breed");
            for (Element row : table.select("> tbody > tr, > tr")) {
                int col = 0;
                for (Element cell : row.children()) {
                    if (col < heads.size() && !heads.get(col).isBlank() && !cell.hasAttr("data-label")) {
                        cell.attr("data-label", heads.get(col));
                    }
                    col += span(cell);
                }
            }
        }
    }

    /** The text of each column's heading, from the last row of the thead; none without a thead. */
    private static List<String> headings(Element table) {
        Element head = table.selectFirst("> thead > tr:last-child");
        List<String> heads = new ArrayList<>();
        if (head == null) return heads;
        for (Element cell : head.children()) {
            for (int i = 0; i < span(cell); i++) heads.add(cell.text());
        }
        return heads;
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(cell.attr("colspan").strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static void figures(Document d) {
        for (Element svg : d.select("figure.figuur > svg")) {
            Element title = svg.selectFirst("title");
            svg.wrap("<div class=\"figuur-schuif\" tabindex=\"0\" role=\"region\"></div>");
            if (title != null && !title.text().isBlank()) svg.parent().attr("aria-label", title.text());
        }
    }
}
