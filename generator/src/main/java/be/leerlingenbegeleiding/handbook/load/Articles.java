package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
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
 * A text that writes the article of a name itself ("de {{cel}}", "de {{school}}") reads wrong once
 * the name takes another one ("de zorgoverleg", "de Sint-Jozefsinstituut") or none: a warning
 * (HB073) at the article, with the tip to write {@code {{de cel}}}. The text is searched as written in its file, so the position is
 * exact in every kind of YAML scalar, also where the article ends a line and the name begins
 * the next.
 */
final class Articles {
    private static final java.util.Map<String, Pattern> WRITTEN = new java.util.HashMap<>();

    static {
        for (String name : Variables.NAMES) {
            WRITTEN.put(name, Pattern.compile("(?<![\\p{L}\\p{N}_-])(de|het|deze|dit)\\s+\\{\\{\\s*" + name + "\\s*}}",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** Where each name's article is written, for the tip. */
    private static final java.util.Map<String, String> FILES = java.util.Map.of("school", "school.yaml", "cel", "cel.yaml", "clb", "clb.yaml");

    private Articles() {
    }

    /** The article before {@code {{variable}}} in one YAML scalar, checked against {@code article}. */
    static void check(ScalarNode s, String variable, Article article, String name, List<Diagnostic> out) {
        if (!s.getValue().contains("{{")) return;
        Mark start = s.getStartMark().orElse(null);
        Mark end = s.getEndMark().orElse(null);
        if (start == null || end == null || end.getPointer() > start.getBuffer().length || end.getPointer() < start.getPointer()) {
            return;
        }
        String raw = new String(start.getBuffer(), start.getPointer(), end.getPointer() - start.getPointer());
        Path file = start.getName() == null || start.getName().isEmpty() ? null : Path.of(start.getName());
        if (file == null) return;
        find(raw, new Position(file, start.getLine() + 1, start.getColumn() + 1), variable, article, name, out);
    }

    /** The same for a Markdown page's body, which begins in column 1 of {@code at}'s line. */
    static void check(String body, Position at, String variable, Article article, String name, List<Diagnostic> out) {
        if (body.contains("{{")) find(body, at, variable, article, name, out);
    }

    private static void find(String text, Position start, String variable, Article article, String name, List<Diagnostic> out) {
        Matcher m = WRITTEN.get(variable).matcher(text);
        while (m.find()) {
            String word = m.group(1);
            boolean demonstrative = word.equalsIgnoreCase("deze") || word.equalsIgnoreCase("dit");
            String right = demonstrative ? article.demonstrative() : article.code();
            if (word.equalsIgnoreCase(right)) continue;
            // The author's own word inside the braces: the smallest change, and it reads right for any name.
            String form = "{{" + word + " " + variable + "}}";
            Msg takes = article == Article.GEEN ? Msg.of("article.none") : Msg.of("article.one", right);
            out.add(Diagnostic.error(Problem.ARTICLE_MISMATCH, at(text, start, m.start()), word, name, takes, form, variable,
                    FILES.get(variable)).withSeverity(Severity.WAARSCHUWING));
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
