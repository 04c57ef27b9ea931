package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a Markdown page into its header and body. The header is YAML front matter between
 * {@code ---} lines; a JBake-style header ({@code key=value} lines closed by {@code ~~~~~~}) is
 * read too, so pages from a JBake site can be brought over as they are.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * @param yaml the header as YAML, padded with empty lines so its line numbers are the file's
     * @param bodyLine the 1-based line where the Markdown body starts
     */
    record Split(String yaml, String body, int bodyLine) {
    }

    private static final Pattern JBAKE_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)=(.*)");
    private static final Pattern JBAKE_END = Pattern.compile("~{6,}\\s*");
    /** JBake's own keys that have no meaning here; they are accepted and dropped. */
    private static final List<String> JBAKE_IGNORED = List.of("type", "status", "date", "tags");
    /** JBake's keys that have a Dutch counterpart. */
    private static final Map<String, String> JBAKE_KEYS = Map.of("title", "titel", "summary", "samenvatting");

    static Split split(Path file, String text, List<Diagnostic> out) {
        String[] lines = text.split("\r?\n", -1);
        if (lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---") || l.equals("...")) {
                    StringBuilder yaml = new StringBuilder("\n");
                    for (int j = 1; j < i; j++) yaml.append(lines[j]).append('\n');
                    return new Split(yaml.toString(), join(lines, i + 1), i + 2);
                }
            }
            out.add(Diagnostic.error(Problem.FRONT_MATTER, new Position(file, 1, 1), Msg.of("frontMatter.unclosed")));
            return null;
        }
        if (JBAKE_LINE.matcher(lines[0]).matches()) {
            for (int i = 1; i < lines.length; i++) {
                if (JBAKE_END.matcher(lines[i]).matches()) return jbake(lines, i);
            }
        }
        out.add(Diagnostic.error(Problem.FRONT_MATTER, new Position(file, 1, 1), Msg.of("frontMatter.missing")));
        return null;
    }

    /** Turns a JBake header into equivalent YAML, line for line, so positions still match. */
    private static Split jbake(String[] lines, int end) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < end; i++) {
            var m = JBAKE_LINE.matcher(lines[i]);
            if (m.matches() && !JBAKE_IGNORED.contains(m.group(1))) {
                String key = JBAKE_KEYS.getOrDefault(m.group(1), m.group(1));
                yaml.append(key).append(": ").append(quote(m.group(2).strip()));
            }
            yaml.append('\n');
        }
        return new Split(yaml.toString(), join(lines, end + 1), end + 2);
    }

    private static String quote(String value) {
        if (value.matches("-?\\d+")) return value;
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String join(String[] lines, int from) {
        if (from >= lines.length) return "";
        return String.join("\n", List.of(lines).subList(from, lines.length));
    }
}
