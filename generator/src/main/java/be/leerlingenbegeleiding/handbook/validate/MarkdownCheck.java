package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * What in a Markdown text would not reach the reader as the author meant it: HTML (shown as text,
 * never run), links and pictures with a scheme a reader cannot safely follow, and paths that
 * leave the handbook. The renderer keeps all of these off the page; reporting them tells the
 * author why something is missing or shows as code.
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
        // Plain prose, the usual case, has neither a tag nor a link target: no parse needed.
        if (m.position() == null || text.indexOf('<') < 0 && !text.contains("](") && !text.contains("]:")) return;
        for (Node n : PARSER.parse(text).getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                out.add(Diagnostic.error(Problem.HTML_IN_MARKDOWN, m.at(n.getStartOffset()), shown(n.getChars().toString())));
            } else if (n instanceof Link l) {
                target(m, l.getUrl().toString(), l.getStartOffset(), out);
            } else if (n instanceof Image i) {
                target(m, i.getUrl().toString(), i.getStartOffset(), out);
            } else if (n instanceof Reference r) {
                target(m, r.getUrl().toString(), r.getStartOffset(), out);
            } else if (n instanceof AutoLink a) {
                target(m, a.getUrl().toString(), a.getStartOffset(), out);
            }
        }
    }

    private static void target(Markdown m, String url, int offset, List<Diagnostic> out) {
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
