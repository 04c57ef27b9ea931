package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;
import java.util.List;

/**
 * Markdown text as the author wrote it; renderers turn it into HTML.
 *
 * @param origins where each stretch of lines comes from, when the text is made of several files
 *     (a school's sections laid into its template's page); empty when it is all from {@code position}
 */
public record Markdown(String text, Position position, List<Origin> origins) {
    public Markdown {
        origins = origins == null ? List.of() : List.copyOf(origins);
    }

    public Markdown(String text, Position position) {
        this(text, position, List.of());
    }

    /** The text's lines from {@code line} (0-based) on stand from {@code at} on, until the next origin. */
    public record Origin(int line, Position at) {
    }

    /**
     * Where the character at {@code offset} of the text stands in its file. A page body starts in
     * column 1; a YAML block text at its indentation, which every line of it shares.
     */
    public Position at(int offset) {
        return lines().at(offset);
    }

    /**
     * The text's line breaks, found once: for a check that reports many places in one long text,
     * where counting from the start for each would take time quadratic in its length.
     */
    public Lines lines() {
        return new Lines(this);
    }

    /** Maps offsets of one text to positions in its file; see {@link Markdown#at}. */
    public static final class Lines {
        private final Markdown m;
        private final int[] breaks;

        private Lines(Markdown m) {
            this.m = m;
            String s = m.text();
            int n = 0;
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
            breaks = new int[n];
            n = 0;
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) breaks[n++] = i;
        }

        /** Where the character at {@code offset} of the text stands in its file. */
        public Position at(int offset) {
            Position start = m.position();
            if (start == null || start.line() == 0) return start;
            int end = Math.min(Math.max(offset, 0), m.text().length());
            // How many line breaks lie before end: a binary search over the sorted offsets.
            int lo = 0;
            int hi = breaks.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (breaks[mid] < end) lo = mid + 1;
                else hi = mid;
            }
            int lineStart = lo == 0 ? 0 : breaks[lo - 1] + 1;
            for (int i = m.origins().size() - 1; i >= 0; i--) {
                Origin o = m.origins().get(i);
                if (o.line() <= lo) return new Position(o.at().file(), o.at().line() + lo - o.line(), o.at().column() + offset - lineStart);
            }
            return new Position(start.file(), start.line() + lo, start.column() + offset - lineStart);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
