package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Article;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Rule 8 of {@link Layers}: {@code {{school}}}, {@code {{cel}}} and {@code {{clb}}} in text
 * become the school's values. A long name used very often multiplies a text (a 20 kB name 90,000
 * times is 1.8 GB), and an alias repeats a text wherever it is used; so the length of each
 * result is computed before it is built, and all results of one handbook share one budget.
 * Past a limit the text stays as written, with one error.
 */
final class Variables {
    /**
     * {@code {{cel}}}, or with an article before it: {@code {{de cel}}}, {@code {{Het school}}},
     * {@code {{deze cel}}}. The article written is only where it goes; the name's own article
     * ({@code lidwoord} beside the name) decides which one is printed, so "{{de cel}}" and
     * "{{het cel}}" read the same. The space between them is kept as written, line break included.
     */
    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(?:(de|het|deze|dit|De|Het|Deze|Dit)(\\s+))?([a-z_]+)\\s*}}");
    /** The names text may use; each has a value once the school gives it. */
    static final List<String> NAMES = List.of("school", "cel", "clb");
    /** One text once filled in: as large as a whole content file may be. */
    static final long MAX_TEXT_CHARS = Load.MAX_FILE_BYTES;
    /** All filled-in texts of one handbook together: as much as its files may hold together. */
    static final long MAX_TOTAL_CHARS = Limits.MAX_TEXT_BYTES;

    private final Map<String, String> values;
    private final Names articles;
    private long total;
    private boolean reported;

    Variables(Map<String, String> values) {
        this(values, Names.DEFAULT);
    }

    Variables(Map<String, String> values, Names articles) {
        this.values = values;
        this.articles = articles;
    }

    /**
     * The article of each name, and which were written by the handbook. The cel takes "de"
     * unless it says otherwise; the school's and the CLB's names are proper names and take none
     * unless they say so.
     */
    record Names(Map<String, Article> written) {
        static final Names DEFAULT = new Names(Map.of());

        Article of(String name) {
            Article a = written.get(name);
            if (a != null) return a;
            return name.equals("cel") ? Article.DE : Article.GEEN;
        }

        /** Whether a wrong article before this name is worth a warning: its own is known. */
        boolean known(String name) {
            return name.equals("cel") || written.containsKey(name);
        }
    }

    /**
     * What a match becomes: the value, with its article when one is written; null when the name
     * has no value (yet) or takes no article.
     */
    private String valueOf(Matcher m) {
        String value = values.get(m.group(3));
        String written = m.group(1);
        if (value == null || written == null) return value;
        Article article = articles.of(m.group(3));
        if (article == Article.GEEN) return value;
        String word = written.equalsIgnoreCase("deze") || written.equalsIgnoreCase("dit") ? article.demonstrative() : article.code();
        if (Character.isUpperCase(written.charAt(0))) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        // The space as written: a text wrapped between the article and the name keeps its line break.
        return word + m.group(2) + value;
    }

    /** The name as written between the braces, for a message: "cel", "de school". */
    private static String written(Matcher m) {
        return m.group(1) == null ? m.group(3) : m.group(1) + " " + m.group(3);
    }

    /** Whether a match is a name text may use, with or without a value yet. */
    private static boolean known(Matcher m) {
        return NAMES.contains(m.group(3));
    }

    /**
     * The text with its names filled in. A name whose value is still a placeholder stays as
     * written (the template itself, or a school that gets HB029 for it); a name that does not
     * exist is an error.
     */
    String fill(String text, Position at, boolean block, List<Diagnostic> out) {
        return fill(text, at, block ? 1 : -1, out);
    }

    /** {@link #fill} for a page's text, whose first line is the line of {@code at}. */
    String fillPage(String text, Position at, List<Diagnostic> out) {
        return fill(text, at, 0, out);
    }

    /** {@code firstLine}: how many lines below {@code at} the text starts; -1 for a text on one line. */
    private String fill(String text, Position at, int firstLine, List<Diagnostic> out) {
        if (!text.contains("{{")) return text;
        Matcher m = VARIABLE.matcher(text);
        long length = text.length();
        boolean changes = false;
        while (m.find()) {
            String value = known(m) ? valueOf(m) : null;
            if (value != null) {
                length += value.length() - (m.end() - m.start());
                changes = true;
            }
        }
        if (changes && length > MAX_TEXT_CHARS) {
            out.add(Diagnostic.error(Problem.FILLED_TOO_LARGE, at, kB(length), kB(MAX_TEXT_CHARS), Msg.of("filled.text")));
            return text;
        }
        if (changes && total + length > MAX_TOTAL_CHARS) {
            // Once: every later text would say the same.
            if (!reported) {
                out.add(Diagnostic.error(Problem.FILLED_TOO_LARGE, at, kB(total + length), kB(MAX_TOTAL_CHARS),
                        Msg.of("filled.handbook")));
            }
            reported = true;
            return text;
        }
        if (changes) total += length;
        StringBuilder sb = new StringBuilder((int) Math.max(length, 16));
        m.reset();
        int lines = 0;
        int counted = 0;
        while (m.find()) {
            String value = known(m) ? valueOf(m) : null;
            if (value == null && known(m)) {
                value = m.group();
            } else if (value == null) {
                // In a block of text the name's own line is known: the block starts on the next one.
                // Counted on from the last one: a text full of unknown names is read once.
                for (; counted < m.start(); counted++) if (text.charAt(counted) == '\n') lines++;
                Position here = firstLine >= 0 ? new Position(at.file(), at.line() + firstLine + lines, 1) : at;
                out.add(Diagnostic.error(Problem.UNKNOWN_VARIABLE, here, written(m), String.join(", ", NAMES)));
                value = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** HB073 for the articles written before a name in a YAML text, once the name is given. */
    void articles(ScalarNode s, List<Diagnostic> out) {
        for (String name : NAMES) {
            if (values.get(name) != null && articles.known(name)) Articles.check(s, name, articles.of(name), values.get(name), out);
        }
    }

    /** HB073 for a Markdown page's body. */
    void articles(String body, Position at, List<Diagnostic> out) {
        for (String name : NAMES) {
            if (values.get(name) != null && articles.known(name)) Articles.check(body, at, name, articles.of(name), values.get(name), out);
        }
    }

    /** The articles written beside the names ({@code lidwoord} of the merged school.yaml, cel.yaml, clb.yaml). */
    static Names articles(Load.Loaded loaded) {
        Map<String, Article> written = new java.util.HashMap<>();
        for (Load.Document d : loaded.documents()) {
            String name = switch (d.part()) {
                case SCHOOL -> "school";
                case CEL -> "cel";
                case CLB -> "clb";
                default -> null;
            };
            if (name == null || !(d.node() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("lidwoord")
                        && t.getValueNode() instanceof ScalarNode v && Article.of(v.getValue()) != null) {
                    written.put(name, Article.of(v.getValue()));
                }
            }
        }
        return new Names(Map.copyOf(written));
    }

    private static long kB(long chars) {
        return (chars + 1023) / 1024;
    }
}
