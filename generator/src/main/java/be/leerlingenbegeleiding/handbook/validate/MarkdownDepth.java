package be.leerlingenbegeleiding.handbook.validate;

/**
 * How deep Markdown nests, read from the raw text before any parser sees it. flexmark and the
 * PDF renderer walk the document recursively: a line of a few hundred {@code >} or {@code - }
 * runs them out of stack, and flexmark's own parser fails on a line that starts with a couple
 * of thousand {@code *}, {@code -} or {@code _}. This scan is one pass over the characters, so
 * it cannot fail that way; what it passes, the parser can take, and the nesting the scan cannot
 * see (lists by indentation, emphasis) is measured on the parsed tree against the same limit.
 */
final class MarkdownDepth {
    /** Quotes, lists, emphasis and links inside each other; a real handbook stays far below. */
    static final int LIMIT = 20;
    /**
     * The longest run of {@code *}, {@code -} or {@code _} a line may start with: a divider
     * line of any sensible width, far below the length that stops the parser.
     */
    static final int RUN_LIMIT = 200;

    /**
     * The first place where the text goes too deep: offset, and the depth reached there.
     *
     * @param depth the nesting, or the length of the run for a run that is too long
     * @param limit the limit that was passed
     */
    record TooDeep(int offset, int depth, int limit) {
    }

    /** What the scan learnt: the first place that goes too deep, or whether the tree must be measured. */
    record Scan(TooDeep tooDeep, boolean mayNestDeeper) {
    }

    private MarkdownDepth() {
    }

    static Scan scan(String text) {
        int n = text.length();
        int widestPrefix = 0;
        int inline = 0;
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            int depth = 0;
            int columns = 0;
            int at = i;
            while (true) {
                while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                    columns += text.charAt(at) == '\t' ? 4 : 1;
                    at++;
                }
                if (at >= end) break;
                char c = text.charAt(at);
                int next;
                if (c == '>') {
                    next = at + 1;
                } else if ((c == '-' || c == '*' || c == '+') && blankOrEnd(text, at + 1, end) && !divider(text, at, end, c)) {
                    next = at + 1;
                } else if (c >= '0' && c <= '9') {
                    next = orderedMarkerEnd(text, at, end);
                    if (next < 0) break;
                } else {
                    break;
                }
                depth++;
                if (depth > LIMIT) return new Scan(new TooDeep(at, depth, LIMIT), true);
                at = next;
            }
            TooDeep run = run(text, at, end);
            if (run != null) return new Scan(run, true);
            widestPrefix = Math.max(widestPrefix, depth + columns);
            for (int k = at; k < end; k++) {
                char c = text.charAt(k);
                if (c == '*' || c == '_' || c == '[') inline++;
            }
            i = end + 1;
        }
        // Every level of a list needs at least a column of indentation, and every level of
        // emphasis or link a character of its own: below the limit together, nothing nests deeper.
        return new Scan(null, widestPrefix + inline > LIMIT);
    }

    private static boolean blankOrEnd(String text, int at, int end) {
        return at >= end || text.charAt(at) == ' ' || text.charAt(at) == '\t';
    }

    /** "* * *" or "- - -" to the end of the line: a divider, not lists in each other. */
    private static boolean divider(String text, int at, int end, char c) {
        if (c == '+') return false;
        for (int k = at; k < end; k++) {
            char x = text.charAt(k);
            if (x != c && x != ' ' && x != '\t') return false;
        }
        return true;
    }

    /** After "12." or "3)" and a blank: where the item's text starts, or -1. */
    private static int orderedMarkerEnd(String text, int at, int end) {
        int k = at;
        while (k < end && k - at < 9 && text.charAt(k) >= '0' && text.charAt(k) <= '9') k++;
        if (k >= end || (text.charAt(k) != '.' && text.charAt(k) != ')')) return -1;
        return blankOrEnd(text, k + 1, end) ? k + 1 : -1;
    }

    /** A line that starts with too many of one of {@code * - _}, blanks between them allowed. */
    private static TooDeep run(String text, int at, int end) {
        if (at >= end) return null;
        char c = text.charAt(at);
        if (c != '*' && c != '-' && c != '_') return null;
        int count = 0;
        for (int k = at; k < end; k++) {
            char x = text.charAt(k);
            if (x == c) {
                count++;
                if (count > RUN_LIMIT) {
                    int length = count;
                    for (int m = k + 1; m < end && (text.charAt(m) == c || text.charAt(m) == ' ' || text.charAt(m) == '\t'); m++) {
                        if (text.charAt(m) == c) length++;
                    }
                    return new TooDeep(k, length, RUN_LIMIT);
                }
            } else if (x != ' ' && x != '\t') {
                return null;
            }
        }
        return null;
    }
}
