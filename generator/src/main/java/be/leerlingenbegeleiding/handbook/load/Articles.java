package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A text that writes the article of the cel's name itself ("de {{cel}}") reads wrong once the
 * name takes the other one ("de zorgoverleg"): a warning (HB073) at the article, with the tip to
 * write {@code {{de cel}}}. The text is searched as written in its file, so the position is
 * exact in every kind of YAML scalar, also where the article ends a line and the name begins
 * the next.
 */
final class Articles {
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(de|het|deze|dit)\\s+\\{\\{\\s*" + Variables.WITH_ARTICLE + "\\s*}}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Articles() {
    }

    /** The article before the cel's name in one YAML scalar, checked against {@code article}. */
    static void check(ScalarNode s, Article article, String name, List<Diagnostic> out) {
        if (!s.getValue().contains("{{")) return;
        Mark start = s.getStartMark().orElse(null);
        Mark end = s.getEndMark().orElse(null);
        if (start == null || end == null || end.getPointer() > start.getBuffer().length || end.getPointer() < start.getPointer()) {
            return;
        }
        String raw = new String(start.getBuffer(), start.getPointer(), end.getPointer() - start.getPointer());
        Path file = start.getName() == null || start.getName().isEmpty() ? null : Path.of(start.getName());
        if (file == null) return;
        find(raw, new Position(file, start.getLine() + 1, start.getColumn() + 1), article, name, out);
    }

    /** The same for a Markdown page's body, which begins in column 1 of {@code at}'s line. */
    static void check(String body, Position at, Article article, String name, List<Diagnostic> out) {
        if (body.contains("{{")) find(body, at, article, name, out);
    }

    private static void find(String text, Position start, Article article, String name, List<Diagnostic> out) {
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            boolean demonstrative = word.equalsIgnoreCase("deze") || word.equalsIgnoreCase("dit");
            String right = demonstrative ? article.demonstrative() : article.code();
            if (word.equalsIgnoreCase(right)) continue;
            // The author's own word inside the braces: the smallest change, and it reads right for any name.
            String form = "{{" + word + " " + Variables.WITH_ARTICLE + "}}";
            out.add(Diagnostic.error(Problem.ARTICLE_MISMATCH, at(text, start, m.start()), word, name, right, form)
                    .withSeverity(Severity.WAARSCHUWING));
        }
    }

    /** Line and column (in characters as the editor counts them) of an offset of the text. */
    private static Position at(String text, Position start, int offset) {
        int line = start.line();
        int lineStart = -1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i;
        }
        int column = text.codePointCount(lineStart + 1, offset) + 1;
        return new Position(start.file(), line, lineStart < 0 ? start.column() + column - 1 : column);
    }
}
