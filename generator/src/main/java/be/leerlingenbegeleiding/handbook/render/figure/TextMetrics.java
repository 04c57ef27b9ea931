package be.leerlingenbegeleiding.handbook.render.figure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text widths and wrapping. The reader's font cannot be measured at build time, so widths are
 * estimated from the metrics of a wide common font; layouts leave room rather than risk overlap.
 */
final class TextMetrics {
    /**
     * Advance widths in hundredths of an em of the printable ASCII characters (space to tilde)
     * in DejaVu Sans and DejaVu Sans Bold. Those are about the widest sans-serif fonts a reader
     * is likely to see (the Linux default; Verdana-like), so a layout that fits them fits the
     * narrower Segoe UI, San Francisco, Roboto or Arial as well. The figures cannot measure the
     * reader's font, and must not depend on the fonts of the machine that builds the site.
     */
    private static final int[] REGULAR = widths("32,40,46,84,64,95,78,28,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,"
            + "64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,78,75,30,30,66,56,86,75,79,60,79,70,64,61,73,68,99,69,61,69,"
            + "39,34,39,84,50,50,61,64,55,64,62,35,64,63,28,28,58,28,97,63,61,64,64,41,52,39,63,59,82,59,59,53,64,34,64,84");
    private static final int[] BOLD = widths("35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,"
            + "70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,78,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,"
            + "46,37,46,84,50,50,68,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84");

    private TextMetrics() {
    }

    private static int[] widths(String list) {
        String[] parts = list.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Integer.parseInt(parts[i]);
        return out;
    }

    /** An estimate of a text's width in user units at this font size. */
    static double width(String text, double size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        double hundredths = 0;
        for (int i = 0; i < text.length(); i++) {
            hundredths += advance(text.charAt(i), table);
        }
        return hundredths / 100 * size;
    }

    private static int advance(char c, int[] table) {
        if (c >= 32 && c < 127) return table[c - 32];
        if (c == '\u00a0') return table[0];
        if (c == '…') return 100;
        if (c == '–' || c == '—') return c == '–' ? 50 : 100;
        // Accented letters are as wide as their base letter: é as e, Ö as O.
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char b = base.isEmpty() ? c : base.charAt(0);
        if (b >= 32 && b < 127) return table[b - 32];
        return table['W' - 32];
    }

    /**
     * The largest font size, from {@code preferred} down to 12, at which every one of the texts
     * wraps into at most {@code maxLines} lines without cutting a word: one size for a whole
     * set (the column heads, say) keeps them looking alike.
     */
    static double fitSize(List<String> texts, double max, double preferred, boolean bold, int maxLines) {
        for (double size = preferred; size > 12; size -= 0.5) {
            boolean fits = true;
            for (String text : texts) {
                fits &= fits(text, max, size, bold, maxLines);
            }
            if (fits) return size;
        }
        return 12;
    }

    private static boolean fits(String text, double max, double size, boolean bold, int maxLines) {
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (width(word, size, bold) > max) return false;
        }
        return wrap(text, max, size, bold, Integer.MAX_VALUE).size() <= maxLines;
    }

    /**
     * Words over lines of at most {@code max} wide; at most {@code maxLines} lines, the last
     * ending in an ellipsis when text was left out (the full text is always in the figure's
     * description). A word too long for a line is cut with a hyphen.
     */
    static List<String> wrap(String text, double max, double size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= max) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) lines.add(line);
            line = cut(word, max, size, bold, lines);
        }
        if (!line.isEmpty()) lines.add(line);
        return lines.size() <= maxLines ? lines : shortened(lines, max, size, bold, maxLines);
    }

    /** A word too long for a line, cut with hyphens into lines; the rest, which fits, is returned. */
    private static String cut(String word, double max, double size, boolean bold, List<String> lines) {
        String line = word;
        while (width(line, size, bold) > max && line.length() > 1) {
            int cut = line.length() - 1;
            while (cut > 1 && width(line.substring(0, cut) + "-", size, bold) > max) cut--;
            lines.add(line.substring(0, cut) + "-");
            line = line.substring(cut);
        }
        return line;
    }

    private static List<String> shortened(List<String> lines, double max, double size, boolean bold, int maxLines) {
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(last + "…", size, bold) > max) last = last.substring(0, last.length() - 1);
        kept.set(maxLines - 1, last.stripTrailing() + "…");
        return kept;
    }
}
