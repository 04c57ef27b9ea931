package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What in a Markdown text would not reach the reader as the author meant it: HTML (shown as text,
 * never run), links and pictures with a scheme a reader cannot safely follow, and paths that
 * leave the handbook. The renderer keeps all of these off the page; reporting them tells the
 * author why something is missing or shows as code. Also what cannot be built at all: a picture
 * on the web (the build reads no network), and nesting deeper than the renderers can follow.
 */
final class MarkdownCheck {
    /** Parsed as the renderer parses, so that what is reported is what would be rendered. */
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private static final int SHOWN = 40;

    private MarkdownCheck() {
    }

    static void check(Markdown m, List<Diagnostic> out) {
        String text = m.text();
        if (m.position() == null) return;
        MarkdownDepth.Scan scan = MarkdownDepth.scan(text);
        if (scan.tooDeep() != null) {
            // Not parsed: the parser itself may not survive such a line.
            tooDeep(m.lines(), scan.tooDeep(), out);
            return;
        }
        MarkdownBlocks.TooBusy busy = MarkdownBlocks.scan(text);
        if (busy != null) {
            // Not parsed either: that parse is what would take minutes.
            out.add(Diagnostic.error(Problem.MARKDOWN_TOO_BUSY, m.at(busy.offset()), busy.count(), MarkdownBlocks.LIMIT));
            return;
        }
        // Plain prose, the usual case, has neither a tag nor a link nor deep nesting: no parse needed.
        if (text.indexOf('<') < 0 && text.indexOf('[') < 0 && !scan.mayNestDeeper()) return;
        Document doc = PARSER.parse(text);
        Markdown.Lines lines = m.lines();
        boolean reported = false;
        // Depth first with a stack of its own: the tree may be as deep as the text is long.
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(doc);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int level = levels.pop() + (nests(n) ? 1 : 0);
            if (level > MarkdownDepth.LIMIT && !reported) {
                reported = true;
                tooDeep(lines, new MarkdownDepth.TooDeep(n.getStartOffset(), level, MarkdownDepth.LIMIT), out);
            }
            node(lines, doc, n, out);
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                nodes.push(c);
                levels.push(level);
            }
        }
    }

    /** What nests in the page: each of these is one more level a reader (and a renderer) goes in. */
    private static boolean nests(Node n) {
        return n instanceof BlockQuote || n instanceof ListBlock || n instanceof Emphasis || n instanceof StrongEmphasis
                || n instanceof LinkNodeBase || n instanceof RefNode;
    }

    private static void tooDeep(Markdown.Lines m, MarkdownDepth.TooDeep t, List<Diagnostic> out) {
        out.add(Diagnostic.error(Problem.MARKDOWN_TOO_DEEP, m.at(t.offset()), t.depth(), t.limit()));
    }

    private static void node(Markdown.Lines m, Document doc, Node n, List<Diagnostic> out) {
        if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
            out.add(Diagnostic.error(Problem.HTML_IN_MARKDOWN, m.at(n.getStartOffset()), shown(n.getChars().toString())));
        } else if (n instanceof Link l) {
            target(m, l.getUrl().toString(), l.getStartOffset(), out);
        } else if (n instanceof Image i) {
            target(m, i.getUrl().toString(), i.getStartOffset(), out);
            picture(m, i.getUrl().toString(), i.getStartOffset(), out);
        } else if (n instanceof ImageRef i) {
            // The address is in a reference elsewhere ("[r]: https://…"); the picture is here.
            Reference r = i.getReferenceNode(doc);
            if (r != null) picture(m, r.getUrl().toString(), i.getStartOffset(), out);
        } else if (n instanceof Reference r) {
            target(m, r.getUrl().toString(), r.getStartOffset(), out);
        } else if (n instanceof AutoLink a) {
            target(m, a.getUrl().toString(), a.getStartOffset(), out);
        }
    }

    /** A picture is part of the page: the build would have to fetch one from the web. */
    private static void picture(Markdown.Lines m, String url, int offset, List<Diagnostic> out) {
        if (Links.isRemote(url)) out.add(Diagnostic.error(Problem.REMOTE_RESOURCE, m.at(offset), shown(url)));
    }

    private static void target(Markdown.Lines m, String url, int offset, List<Diagnostic> out) {
        switch (Links.of(url)) {
            case UNSAFE_SCHEME -> out.add(Diagnostic.error(Problem.UNSAFE_LINK, m.at(offset), shown(url)));
            case OUTSIDE -> out.add(Diagnostic.error(Problem.LINK_OUTSIDE, m.at(offset), shown(url)));
            case SAFE -> { }
        }
    }

    private static String shown(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN - 1) + "…";
    }
}
