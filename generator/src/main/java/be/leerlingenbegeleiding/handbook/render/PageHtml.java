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
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page's main content after rendering: every heading gets a unique id (Markdown from several
 * fields may repeat a heading), and the headings and text are read back for the table of
 * contents and the search index.
 *
 * @param headings the headings that do not start a section (h1, h4–h6), joined
 * @param sections the text cut at every h2 and h3, so a search result can link to the part it
 *     was found in; the first holds what comes before the first such heading
 */
record PageHtml(String html, List<Site.TocEntry> toc, String headings, List<Section> sections) {
    /** A part of the page under one h2 or h3: its id (empty for the part above the first), heading and text. */
    record Section(String id, String heading, String text) {
    }

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
            if (!startsSection(e)) headings.add(e.text());
            if (e.tagName().equals("h2")) toc.add(new Site.TocEntry(id, e.text()));
        }
        scrollableTables(d);
        Layout.tables(d);
        Layout.figures(d);
        return new PageHtml(d.body().html(), toc.size() >= TOC_MIN_SECTIONS ? List.copyOf(toc) : List.of(),
                String.join(" · ", headings), sections(d.body()));
    }

    /** The page's text in one piece, as the search index had it before it was cut into sections. */
    String text() {
        List<String> parts = new ArrayList<>();
        for (Section s : sections) {
            if (!s.heading().isEmpty()) parts.add(s.heading());
            if (!s.text().isEmpty()) parts.add(s.text());
        }
        return String.join(" ", parts);
    }

    /** An h2 or h3 of the text itself; a figure's headings belong to its picture. */
    private static boolean startsSection(Element e) {
        return (e.tagName().equals("h2") || e.tagName().equals("h3")) && e.hasAttr("id") && e.closest("figure, svg") == null;
    }

    /**
     * The text of the body cut at each section heading. Pictures and scripts say nothing a reader
     * searches for; block boundaries become spaces so that cells and list items do not run together.
     */
    private static List<Section> sections(Element body) {
        List<Section> out = new ArrayList<>();
        String[] current = {"", ""};
        StringBuilder text = new StringBuilder();
        body.traverse(new NodeVisitor() {
            private Node skipping;

            @Override
            public void head(Node node, int depth) {
                if (skipping != null) return;
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.nameIs("svg") || e.nameIs("script") || e.nameIs("style")) {
                        skipping = e;
                    } else if (startsSection(e)) {
                        add(out, current, text);
                        current[0] = e.id();
                        current[1] = e.text();
                        skipping = e;
                    } else if (e.isBlock() || e.nameIs("br")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == skipping) skipping = null;
                else if (node instanceof Element e && e.isBlock()) text.append(' ');
            }
        });
        add(out, current, text);
        return List.copyOf(out);
    }

    private static void add(List<Section> out, String[] current, StringBuilder text) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        text.setLength(0);
        // An empty part above the first heading is no place to send a reader.
        if (current[0].isEmpty() && t.isEmpty()) return;
        out.add(new Section(current[0], current[1], t));
    }

    /**
     * The page with a link after each section heading that points at the heading itself, so a
     * reader can copy the address of a part of a page. Only for the website: the PDF has its own
     * bookmarks. Headings of cards, which are entrances rather than parts of a text, and headings
     * that are links already get none.
     */
    static String withPermalinks(String html, Labels l) {
        Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        Set<String> ids = new HashSet<>(d.select("[id]").eachAttr("id"));
        for (Element e : d.select("h2[id], h3[id]")) {
            if (!startsSection(e) || e.selectFirst("a[href]") != null || e.closest(".kaart") != null) continue;
            String id = e.id();
            String name = e.text().strip();
            // The link sits inside the heading, where it shows beside the text. So that neither
            // the heading nor a section it labels is named "Taken Link naar deze sectie: Taken",
            // both take their name from the heading's own words.
            String words = id + "-kop";
            for (int n = 2; !ids.add(words); n++) words = id + "-kop-" + n;
            Element span = new Element("span").id(words);
            for (Node child : List.copyOf(e.childNodes())) span.appendChild(child);
            e.appendChild(span).attr("aria-labelledby", words);
            for (Element labelled : d.select("[aria-labelledby=\"" + id + "\"]")) labelled.attr("aria-labelledby", words);
            e.appendText(" ");
            e.appendElement("a").addClass("anker").attr("href", "#" + id)
                    .attr("aria-label", l.get("anker.label", name)).text("#");
        }
        return d.body().html();
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
