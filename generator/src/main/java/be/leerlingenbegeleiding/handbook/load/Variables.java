package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 8 of {@link Layers}: {@code {{school}}}, {@code {{cel}}} and {@code {{clb}}} in text
 * become the school's values. A long name used very often multiplies a text (a 20 kB name 90,000
 * times is 1.8 GB), and an alias repeats a text wherever it is used; so the length of each
 * result is computed before it is built, and all results of one handbook share one budget.
 * Past a limit the text stays as written, with one error.
 */
final class Variables {
    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    /** The names text may use; each has a value once the school gives it. */
    static final List<String> NAMES = List.of("school", "cel", "clb");
    /** One text once filled in: as large as a whole content file may be. */
    static final long MAX_TEXT_CHARS = Load.MAX_FILE_BYTES;
    /** All filled-in texts of one handbook together: as much as its files may hold together. */
    static final long MAX_TOTAL_CHARS = Limits.MAX_TEXT_BYTES;

    private final Map<String, String> values;
    private long total;
    private boolean reported;

    Variables(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The text with its names filled in. A name whose value is still a placeholder stays as
     * written (the template itself, or a school that gets HB029 for it); a name that does not
     * exist is an error.
     */
    String fill(String text, Position at, boolean block, List<Diagnostic> out) {
        if (!text.contains("{{")) return text;
        Matcher m = VARIABLE.matcher(text);
        long length = text.length();
        boolean changes = false;
        while (m.find()) {
            String value = values.get(m.group(1));
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
            String value = values.get(m.group(1));
            if (value == null && NAMES.contains(m.group(1))) {
                value = m.group();
            } else if (value == null) {
                // In a block of text the name's own line is known: the block starts on the next one.
                // Counted on from the last one: a text full of unknown names is read once.
                for (; counted < m.start(); counted++) if (text.charAt(counted) == '\n') lines++;
                Position here = block ? new Position(at.file(), at.line() + 1 + lines, 1) : at;
                out.add(Diagnostic.error(Problem.UNKNOWN_VARIABLE, here, m.group(1), String.join(", ", NAMES)));
                value = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static long kB(long chars) {
        return (chars + 1023) / 1024;
    }
}
