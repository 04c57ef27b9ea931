package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The printable documents of a handbook as HTML for the PDF renderer: the whole handbook, with a
 * chapter per menu entry, and a document per function description. Page bodies come from the
 * same templates as the website; here their ids are made unique across the document and links
 * between pages become links inside the PDF.
 */
final class PrintBook {
    /** Pages that exist for the website only. */
    private static final Set<PageKind> WEB_ONLY = EnumSet.of(PageKind.START, PageKind.ZOEKEN, PageKind.NIET_GEVONDEN, PageKind.TOEGANKELIJKHEID);

    /**
     * A part of the printed handbook: a chapter, or a section within one.
     *
     * @param headings the h2 headings of the part's own text, for bookmarks
     * @param sections pages that are sections of a chapter (a role in "Rollen")
     */
    public record Part(String id, String title, String html, List<Heading> headings, List<Part> sections) {
        /**
         * The bookmarks under this part, each title once: a chapter page that introduces its
         * sections under headings of the same name ("Onderwijsloopbaan" on the domains page
         * and the domain's own section) gets one bookmark, to the section.
         */
        public List<Heading> bookmarks() {
            Set<String> sectionTitles = new HashSet<>();
            for (Part s : sections) sectionTitles.add(key(s.title()));
            Set<String> seen = new HashSet<>();
            List<Heading> marks = new ArrayList<>();
            for (Heading hd : headings) {
                if (!sectionTitles.contains(key(hd.text())) && seen.add(key(hd.text()))) marks.add(hd);
            }
            for (Part s : sections) if (seen.add(key(s.title()))) marks.add(new Heading(s.id(), s.title()));
            return marks;
        }

        private static String key(String title) {
            return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** A heading inside a part, for the PDF's bookmarks. */
    public record Heading(String id, String text) {
    }

    private final Handbook h;
    private final Labels l;
    private final SitePlan plan;
    private final Templates templates;
    private final LocalDate today;
    /** Site page path to the id of its part in the document. */
    private final Map<String, String> anchors = new LinkedHashMap<>();

    PrintBook(Handbook h, Labels l, SitePlan plan, Templates templates) {
        this(h, l, plan, templates, null);
    }

    /** @param today the build date, for the cover's out-of-date notice; null for none */
    PrintBook(Handbook h, Labels l, SitePlan plan, Templates templates, LocalDate today) {
        this.today = today;
        this.h = h;
        this.l = l;
        this.plan = plan;
        this.templates = templates;
    }

    /** The handbook as one HTML document: cover, contents, chapters. */
    String handbook() {
        List<Site.MenuItem> items = new ArrayList<>();
        for (Site.MenuGroup g : plan.menu) {
            for (Site.MenuItem it : g.items()) if (!WEB_ONLY.contains(plan.page(it.path()).kind())) items.add(it);
        }
        for (Site.MenuItem it : items) {
            anchors.put(it.path(), anchor(it.path()));
            for (Site.MenuItem c : it.children()) anchors.put(c.path(), anchor(c.path()));
        }
        List<Part> chapters = new ArrayList<>();
        for (Site.MenuItem it : items) {
            List<Part> sections = new ArrayList<>();
            for (Site.MenuItem c : it.children()) {
                sections.add(new Part(anchors.get(c.path()), c.title(), body(plan.page(c.path()), 1), List.of(), List.of()));
            }
            String html = body(plan.page(it.path()), 0);
            chapters.add(new Part(anchors.get(it.path()), it.title(), html, headings(html), sections));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("h", h);
        data.put("l", l);
        data.put("chapters", chapters);
        data.put("x", new View(h, l, plan.page(PageKind.START.path()), true, today));
        return templates.render("druk/handboek.ftlh", data);
    }

    /** One function description as its own document, with a signature block. */
    String function(FunctionDescription f) {
        Site.Page page = plan.page(PageKind.FUNCTIE.path(f));
        anchors.put(page.path(), anchor(page.path()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("h", h);
        data.put("l", l);
        data.put("f", f);
        data.put("body", body(page, 0));
        data.put("x", new View(h, l, page, true, today));
        return templates.render("druk/functie.ftlh", data);
    }

    /** The institution-bound tasks as their own document, to hand to every staff member. */
    String tasks() {
        Site.Page page = plan.page(PageKind.OPDRACHTEN.path());
        anchors.put(page.path(), anchor(page.path()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("h", h);
        data.put("l", l);
        data.put("body", body(page, 0));
        data.put("x", new View(h, l, page, true, today));
        return templates.render("druk/opdrachten.ftlh", data);
    }

    /**
     * A page's content for print. Ids get the page's anchor in front so that two pages with a
     * "taken" section do not clash; {@code demote} moves headings down a level for a page that
     * is a section of a chapter.
     */
    private String body(Site.Page page, int demote) {
        String html = templates.render(page.kind().template(), Site.data(h, l, plan, page, true));
        Document d = Jsoup.parseBodyFragment(PageHtml.of(html).html());
        // Marked before tables are measured: a template's marks make its text longer.
        if (Placeholders.any(html)) Placeholders.mark(d, l);
        String prefix = anchors.get(page.path()) + "--";
        for (Element e : d.select("[id]")) e.attr("id", prefix + e.id());
        for (Element e : d.select("[aria-labelledby]")) e.attr("aria-labelledby", prefix + e.attr("aria-labelledby"));
        for (Element a : d.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                a.attr("href", "#" + prefix + href.substring(1));
            } else if (!href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                String target = internal(page.path(), href);
                if (target == null) a.removeAttr("href");
                else a.attr("href", "#" + target);
            }
        }
        // The PDF's Figure tag takes its replacement text from "alt": the figure's own words.
        for (Element svg : d.select("svg")) {
            Element title = svg.selectFirst("title");
            Element desc = svg.selectFirst("desc");
            String alt = (title == null ? "" : title.text()) + (desc == null ? "" : " " + desc.text());
            svg.attr("alt", alt.strip());
        }
        // Wrappers that make tables scroll on a phone mean nothing on paper.
        for (Element w : d.select("div.tabel-schuif, div.figuur-schuif")) w.unwrap();
        // A table wider than the paper is never cut: it gets landscape pages or is stacked.
        PrintTables.arrange(d.body());
        glueOpeningBrackets(d.body());
        if (demote > 0) {
            for (Element e : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = Math.min(6, Integer.parseInt(e.tagName().substring(1)) + demote);
                e.tagName("h" + level);
            }
        }
        return d.body().html();
    }

    /**
     * The renderer may break a line between "(" and a link that follows it, leaving the bracket
     * alone at the end of a line: "(Directeur, Leraar)" is set with the bracket inside the
     * link's text instead, so the two cannot part.
     */
    private static void glueOpeningBrackets(Element root) {
        for (Element e : root.select("*")) {
            Node before = e.previousSibling();
            if (!(before instanceof TextNode t) || !t.getWholeText().endsWith("(")) continue;
            TextNode first = null;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode tn && !tn.isBlank()) {
                    first = tn;
                    break;
                }
            }
            if (first == null) continue;
            String text = t.getWholeText();
            t.text(text.substring(0, text.length() - 1));
            first.text("(" + first.getWholeText());
        }
    }

    private static List<Heading> headings(String html) {
        return Jsoup.parseBodyFragment(html).select("h2[id]").stream()
                .filter(e -> e.closest("figure") == null)
                .map(e -> new Heading(e.id(), e.text())).toList();
    }

    /** The id inside the PDF that a link to a site page (and anchor) should point at, or null. */
    private String internal(String from, String href) {
        int cut = href.indexOf('#');
        String file = cut < 0 ? href : href.substring(0, cut);
        String fragment = cut < 0 ? "" : href.substring(cut + 1);
        if (file.isEmpty()) return null;
        String anchor = anchors.get(file);
        if (anchor == null) return null;
        return fragment.isEmpty() ? anchor : anchor + "--" + fragment;
    }

    /** "rollen/directeur.html" becomes "rollen-directeur": an id valid in XML and readable. */
    private static String anchor(String path) {
        return "d-" + path.replace(".html", "").replace("/index", "").replace('/', '-').toLowerCase(Locale.ROOT);
    }
}
