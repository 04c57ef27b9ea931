package be.leerlingenbegeleiding.handbook.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A template's preview: the names a school fills in ({@code {{school}}}, {@code {{cel}}},
 * {@code {{clb}}}) stay unfilled in a template, and a reader should see a place to fill in, not
 * template syntax. In running text each becomes a marked "[naam van de school]"; where no markup
 * can go (the page title, attributes, the search index) the same words in brackets.
 */
final class Placeholders {
    private static final Pattern NAME = Pattern.compile("\\{\\{\\s*(school|cel|clb)\\s*}}");
    /** Elements whose text is shown as it is, or not at all, and figures: no HTML element can go inside. */
    private static final Set<String> PLAIN = Set.of("title", "script", "style", "textarea", "option", "svg");

    private Placeholders() {
    }

    /** Whether a text holds a name to fill in. */
    static boolean any(String text) {
        return text != null && text.contains("{{") && NAME.matcher(text).find();
    }

    /** The text with every name as "[naam van …]", for places without markup. */
    static String plain(String text, Labels l) {
        if (!any(text)) return text;
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement("[" + l.get("invullen." + m.group(1)) + "]"));
        return m.appendTail(sb).toString();
    }

    /** A whole page with its names marked; the page unchanged when it has none. */
    static String page(String html, Labels l) {
        if (!any(html)) return html;
        Document d = Jsoup.parse(html);
        d.outputSettings().prettyPrint(false);
        mark(d, l);
        return d.outerHtml();
    }

    /** Marks the names in a parsed document, in place. */
    static void mark(Document d, Labels l) {
        List<TextNode> texts = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && any(t.getWholeText())) texts.add(t);
            if (node instanceof Element e) {
                for (Attribute a : e.attributes()) if (any(a.getValue())) e.attr(a.getKey(), plain(a.getValue(), l));
            }
        }, d);
        for (TextNode t : texts) {
            Node parent = t.parent();
            if (parent instanceof Element e && inPlain(e)) {
                t.text(plain(t.getWholeText(), l));
                continue;
            }
            String text = t.getWholeText();
            Matcher m = NAME.matcher(text);
            int from = 0;
            while (m.find()) {
                if (m.start() > from) t.before(new TextNode(text.substring(from, m.start())));
                Element mark = new Element("mark").addClass("invullen").attr("title", l.get("invullen.uitleg"));
                mark.text("[" + l.get("invullen." + m.group(1)) + "]");
                t.before(mark);
                from = m.end();
            }
            t.text(text.substring(from));
        }
    }

    private static boolean inPlain(Element e) {
        for (Element x = e; x != null; x = x.parent()) if (PLAIN.contains(x.normalName())) return true;
        return false;
    }
}
