package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.validate.Links;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Markdown to HTML with flexmark. Raw HTML in content is escaped, not passed through: handbook
 * authors write text, and a pasted script must never reach a reader's browser. Links keep only
 * schemes a reader can safely follow.
 */
public final class MarkdownHtml {
    /**
     * Rendered texts, by what decides the result. A template's texts recur in every school that
     * adopts it, in the site and in the PDF, and in each rebuild of the preview; the conversion
     * is a pure function of the key, so a hit gives the same bytes. Bounded by characters held:
     * when full it is emptied, which costs only time.
     */
    private static final long CACHE_CHARS = 8_000_000;
    private final ConcurrentHashMap<Key, String> cache = new ConcurrentHashMap<>();
    private final AtomicLong cached = new AtomicLong();

    private record Key(String markdown, int topLevel, String root) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownHtml() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Markdown as HTML, its highest heading an h1. */
    public String render(String markdown) {
        return render(markdown, 1, "");
    }

    /**
     * Markdown as HTML for a place in a page: the text's highest heading becomes
     * {@code h<topLevel>}, whether the author started with {@code #} or {@code ##}, so a field
     * under an h2 section gets h3 headings and the page keeps one h1; relative links, written from the handbook's root,
     * get {@code root} in front so they work from the page's folder.
     */
    String render(String markdown, int topLevel, String root) {
        if (markdown == null || markdown.isBlank()) return "";
        Key key = new Key(markdown, topLevel, root);
        String html = cache.get(key);
        if (html == null) {
            html = convert(markdown, topLevel, root);
            if (cached.addAndGet(markdown.length() + html.length()) > CACHE_CHARS) {
                cache.clear();
                cached.set(0);
            }
            cache.put(key, html);
        }
        return html;
    }

    private String convert(String markdown, int topLevel, String root) {
        Document doc = parser.parse(markdown);
        int highest = 7;
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) highest = Math.min(highest, h.getLevel());
        }
        int shift = topLevel - highest;
        if (highest < 7 && shift != 0) {
            for (Node n : doc.getDescendants()) {
                if (n instanceof Heading h) h.setLevel(Math.min(6, Math.max(1, h.getLevel() + shift)));
            }
        }
        return safeLinks(renderer.render(doc), root);
    }

    private static String safeLinks(String html, String root) {
        if (!html.contains("href=") && !html.contains("src=")) return html;
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        for (Element e : d.select("[href], [src]")) {
            for (String attr : List.of("href", "src")) {
                if (!e.hasAttr(attr)) continue;
                String v = e.attr(attr);
                // The check reports such targets as errors (HB037, HB038); this keeps them off
                // the page even for content that never went through it.
                if (Links.of(v) != Links.Kind.SAFE) {
                    e.removeAttr(attr);
                } else if (!Links.hasScheme(v) && !v.startsWith("#") && !v.startsWith("//")) {
                    e.attr(attr, root + pageLink(v));
                }
            }
        }
        return d.body().html();
    }

    /** Authors link to the Markdown file they see; readers need the page made from it. */
    private static String pageLink(String v) {
        int cut = v.indexOf('#');
        String file = cut < 0 ? v : v.substring(0, cut);
        String anchor = cut < 0 ? "" : v.substring(cut);
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) + ".html" + anchor : v;
    }
}
