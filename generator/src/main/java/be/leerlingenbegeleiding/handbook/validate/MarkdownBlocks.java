package be.leerlingenbegeleiding.handbook.validate;

/**
 * How busy one block of Markdown is. flexmark's inline parser spends, for each link, picture,
 * code span or entity in a paragraph, list or table, time in proportion to the whole block: a
 * megabyte-long paragraph of {@code [a](} takes minutes, where the same text in short paragraphs
 * takes milliseconds. Bounding how many of those openers one block may hold bounds the parse by
 * that number times the text's length. The scan is one pass over the characters and runs before
 * any parser sees the text.
 */
final class MarkdownBlocks {
    /**
     * Openers ({@code [}, {@code `}, {@code &}) one block may hold. The busiest block of the
     * example handbooks, a table of a template's guidance domains, holds 36.
     */
    static final int LIMIT = 300;

    /** The first block over the limit: where it starts, and how many openers it holds. */
    record TooBusy(int offset, int count) {
    }

    private MarkdownBlocks() {
    }

    /** The first block with more than {@link #LIMIT} openers, or null. */
    static TooBusy scan(String text) {
        int n = text.length();
        int blockStart = -1;
        int count = 0;
        int i = 0;
        while (i <= n) {
            int end = i < n ? text.indexOf('\n', i) : n;
            if (end < 0) end = n;
            if (blank(text, i, end)) {
                // A blank line ends the block; text after it is parsed on its own.
                if (count > LIMIT) return new TooBusy(blockStart, count);
                blockStart = -1;
                count = 0;
            } else {
                if (blockStart < 0) blockStart = i;
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    if (c == '[' || c == '`' || c == '&') count++;
                }
            }
            i = end + 1;
        }
        return count > LIMIT ? new TooBusy(blockStart, count) : null;
    }

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }
}
