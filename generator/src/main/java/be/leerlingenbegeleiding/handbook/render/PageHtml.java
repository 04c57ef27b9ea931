package be.leerlingenbegeleiding.handbook.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's main content after rendering: every heading gets a unique id (Markdown from several
 * fields may repeat a heading), and the headings and text are read back for the table of
 * contents and the search index.
 */
record PageHtml(String html, List<Site.TocEntry> toc, String headings, String text) {
    /** A table of contents only helps on pages long enough to scroll. */
    static final int TOC_MIN_SECTIONS = 3;

    static PageHtml of(String body) {
        Document d = Jsoup.parseBodyFragment(body);
        d.outputSettings().prettyPrint(false);
        // Ids the layout itself uses (non-headings, and headings that label a section) stay as
        // they are; Markdown headings that happen to repeat one give way.
        Set<String> used = new HashSet<>();
        for (Element e : d.select("[id]")) {
            if (!e.tagName().matches("h[1-6]")) used.add(e.id());
        }
        Set<Element> fixed = new HashSet<>();
        for (Element e : d.select("[aria-labelledby]")) {
            String id = e.attr("aria-labelledby");
            Element label = e.getElementById(id) != null ? e.getElementById(id) : d.getElementById(id);
            if (label != null && fixed.add(label)) used.add(label.id());
        }
        List<Site.TocEntry> toc = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Element e : d.select("h1, h2, h3, h4, h5, h6")) {
            if (e.closest("figure, svg") != null) continue;
            String id = e.id();
            if (!fixed.contains(e)) {
                String base = id.isBlank() ? slug(e.text()) : id;
                id = base;
                for (int n = 2; !used.add(id); n++) id = base + "-" + n;
                e.attr("id", id);
            }
            headings.add(e.text());
            if (e.tagName().equals("h2")) toc.add(new Site.TocEntry(id, e.text()));
        }
        scrollableTables(d);
        Layout.tables(d);
        Layout.figures(d);
        Element textRoot = d.body().clone();
        textRoot.select("svg, script, style").remove();
        return new PageHtml(d.body().html(), toc.size() >= TOC_MIN_SECTIONS ? List.copyOf(toc) : List.of(),
                String.join(" · ", headings), textRoot.text());
    }

    /**
     * Wide tables scroll sideways on a phone inside a wrapper; keyboard users must be able to
     * reach and scroll that wrapper, and screen readers need to know what it holds.
     */
    private static void scrollableTables(Document d) {
        for (Element table : d.select("table")) {
            Element wrapper = table.parent();
            if (wrapper == null || !wrapper.hasClass("tabel-schuif")) {
                table.wrap("<div class=\"tabel-schuif\"></div>");
                wrapper = table.parent();
            }
            Element caption = table.selectFirst("caption");
            Element head = table.selectFirst("tr");
            String name = caption != null ? caption.text() : head != null ? head.text() : "";
            wrapper.attr("tabindex", "0").attr("role", "region");
            if (!name.isBlank()) wrapper.attr("aria-label", name);
        }
    }

    /** "Wie doet wat?" becomes "wie-doet-wat"; never empty and never starting with a digit. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) s = "deel-" + s;
        return s.replaceAll("-+$", "");
    }
}
