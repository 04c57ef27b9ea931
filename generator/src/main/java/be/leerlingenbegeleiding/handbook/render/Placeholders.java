package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.OpenPart;
import java.util.ArrayList;
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
 * A template's preview shows what each school fills in as such, never as template syntax: the
 * names ({@code {{school}}}, {@code {{cel}}}, {@code {{clb}}}) that stay unfilled in a template
 * become a marked "[naam van de school]", and the hint of each part it leaves open
 * ({@code !invullen}, bound between {@link OpenPart}'s marks) a marked "in te vullen: …". Where no
 * markup can go (the page title, attributes, figures, the search index) the same words stand in
 * brackets.
 */
final class Placeholders {
    private static final Pattern NAME = Pattern.compile("\\{\\{\\s*(?:(de|het|deze|dit|De|Het|Deze|Dit)(\\s+))?(school|cel|clb)\\s*}}");
    /** Elements whose text is shown as it is, or not at all, and figures: no HTML element can go inside. */
    private static final Set<String> PLAIN = Set.of("title", "script", "style", "textarea", "option", "svg");

    private Placeholders() {
    }

    /** Whether a text holds a name to fill in or an open part's hint. */
    static boolean any(String text) {
        return text != null && (OpenPart.in(text) || text.contains("{{") && NAME.matcher(text).find());
    }

    /** The text with every place to fill in written out in brackets, for places without markup. */
    static String plain(String text, Labels l) {
        if (!any(text)) return text;
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(name(m, l)));
        return m.appendTail(sb).toString()
                .replace(String.valueOf(OpenPart.START), "[" + l.get("invullen.label") + ": ")
                .replace(String.valueOf(OpenPart.END), "]");
    }

    /** A whole page with its places to fill in marked; the page unchanged when it has none. */
    static String page(String html, Labels l) {
        if (!any(html)) return html;
        Document d = Jsoup.parse(html);
        d.outputSettings().prettyPrint(false);
        mark(d, l);
        return d.outerHtml();
    }

    /** Marks the places to fill in of a parsed document, in place. */
    static void mark(Document d, Labels l) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && any(t.getWholeText())) texts.add(t);
            if (node instanceof Element e) {
                for (Attribute a : e.attributes()) if (any(a.getValue())) e.attr(a.getKey(), plain(a.getValue(), l));
            }
        }, d);
        for (TextNode t : texts) {
            if (t.parent() != null && inPlain(t.parent())) {
                t.text(plain(t.getWholeText(), l));
            } else {
                markText(t, l);
            }
        }
    }

    /**
     * One text node in running text. An open part's hint usually lies within one text node; a
     * Markdown hint of several paragraphs does not, and then its start gets the label alone.
     */
    private static void markText(TextNode t, Labels l) {
        String text = t.getWholeText();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == OpenPart.START) {
                flush(t, run);
                int end = text.indexOf(OpenPart.END, i + 1);
                Element mark = new Element("mark").addClass("invullen").attr("title", l.get("invullen.uitleg"));
                mark.appendElement("span").addClass("invullen-label").text(l.get("invullen.label") + ":");
                if (end > 0) {
                    mark.appendText(" " + names(text.substring(i + 1, end), l));
                    i = end + 1;
                } else {
                    i++;
                }
                t.before(mark);
            } else if (c == OpenPart.END) {
                i++;
            } else if (c == '{' && text.startsWith("{{", i)) {
                Matcher m = NAME.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    flush(t, run);
                    t.before(new Element("mark").addClass("invullen").attr("title", l.get("invullen.uitleg")).text(name(m, l)));
                    i = m.end();
                } else {
                    run.append(c);
                    i++;
                }
            } else {
                run.append(c);
                i++;
            }
        }
        t.text(run.toString());
    }

    private static void flush(TextNode t, StringBuilder run) {
        if (run.length() > 0) t.before(new TextNode(run.toString()));
        run.setLength(0);
    }

    private static String names(String text, Labels l) {
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(name(m, l)));
        return m.appendTail(sb).toString();
    }

    /**
     * "[naam van de cel]"; the cel with the article the text writes before it, since the name is
     * not known; the school's and the CLB's without: most are proper names that take none.
     */
    private static String name(Matcher m, Labels l) {
        boolean article = m.group(1) != null && m.group(3).equals("cel");
        return (article ? m.group(1) + m.group(2) : "") + "[" + l.get("invullen." + m.group(3)) + "]";
    }

    private static boolean inPlain(Element e) {
        for (Element x = e; x != null; x = x.parent()) if (PLAIN.contains(x.normalName())) return true;
        return false;
    }
}
