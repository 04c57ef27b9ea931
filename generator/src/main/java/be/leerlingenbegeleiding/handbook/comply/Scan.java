package be.leerlingenbegeleiding.handbook.comply;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand scanners for the patterns the built-in checks look for in authors' texts. Each one finds
 * exactly what the regular expression in its comment finds with {@code Matcher.find}, but in one
 * pass: as regular expressions they were tried again from every start position, which took
 * minutes on a page of {@code '!['} or {@code '<img '}, and the sentence pattern of R10
 * overflowed the stack on a text of many lines. {@code ScanTest} compares both on random texts.
 */
final class Scan {
    private Scan() {
    }

    /** One match: where it starts and ends, and the start and end of each group in turn. */
    record Hit(int start, int end, int... groups) {
        String group(String s, int n) {
            return s.substring(groups[2 * n - 2], groups[2 * n - 1]);
        }

        int start(int n) {
            return groups[2 * n - 2];
        }
    }

    /** Markdown images: {@code !\[([^\]]*)\]\(([^)\s]*)[^)]*\)}. */
    static List<Hit> images(String s) {
        List<Hit> out = new ArrayList<>();
        int close = -1;
        int paren = -1;
        for (int i = s.indexOf("![", 0); i >= 0; i = s.indexOf("![", i)) {
            // The first ']' and the first ')' after it are the only ones a match can end on;
            // starts only move forward, so each is looked for once per stretch of text.
            if (close < i + 2 && (close = s.indexOf(']', i + 2)) < 0) break;
            if (close + 1 >= s.length() || s.charAt(close + 1) != '(') {
                i++;
                continue;
            }
            if (paren < close + 2 && (paren = s.indexOf(')', close + 2)) < 0) break;
            int src = close + 2;
            while (src < paren && !isSpace(s.charAt(src))) src++;
            out.add(new Hit(i, paren + 1, i + 2, close, close + 2, src));
            i = paren + 1;
        }
        return out;
    }

    /** Markdown links, not images: {@code (?<!!)\[([^\]]+)\]\([^)]*\)}. */
    static List<Hit> links(String s) {
        List<Hit> out = new ArrayList<>();
        int close = -1;
        int paren = -1;
        for (int i = s.indexOf('[', 0); i >= 0; i = s.indexOf('[', i)) {
            if (i > 0 && s.charAt(i - 1) == '!') {
                i++;
                continue;
            }
            if (close <= i && (close = s.indexOf(']', i + 1)) < 0) break;
            if (close == i + 1 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
                i++;
                continue;
            }
            if (paren < close + 2 && (paren = s.indexOf(')', close + 2)) < 0) break;
            out.add(new Hit(i, paren + 1, i + 1, close));
            i = paren + 1;
        }
        return out;
    }

    /**
     * HTML images without a text alternative:
     * {@code <img\b(?![^>]*\balt="[^"]+")[^>]*>}, ignoring ASCII case.
     */
    static List<Hit> htmlImagesWithoutAlt(String s) {
        List<Hit> out = new ArrayList<>();
        int n = s.length();
        int lastQuote = s.lastIndexOf('"');
        int gt = -1;
        int alt = -1;
        for (int i = indexOfIgnoreCase(s, "<img", 0); i >= 0; i = indexOfIgnoreCase(s, "<img", i)) {
            int body = i + 4;
            if (body < n && wordAt(s, body)) {
                i++;
                continue;
            }
            if (gt < body && (gt = s.indexOf('>', body)) < 0) break;
            if (alt < body) alt = nextAlt(s, body, lastQuote);
            if (alt < gt) {
                i++;
                continue;
            }
            out.add(new Hit(i, gt + 1));
            i = gt + 1;
        }
        return out;
    }

    /** The first {@code \balt="[^"]+"} at or after {@code from}, or the text's length. */
    private static int nextAlt(String s, int from, int lastQuote) {
        for (int p = indexOfIgnoreCase(s, "alt=\"", from); p >= 0; p = indexOfIgnoreCase(s, "alt=\"", p + 1)) {
            int value = p + 5;
            boolean bounded = p == 0 || !wordBefore(s, p);
            if (bounded && value < s.length() && s.charAt(value) != '"' && lastQuote > value) return p;
        }
        return s.length();
    }

    /**
     * R10's sentence that names the fixed core, its list in group 1: {@code vaste kern\s*(?:bestaat
     * uit|bestaan uit|omvat|telt|:|is|zijn)([^.;\n]*(?:\n(?!\s*\n)[^.;\n]*)*)}, ignoring ASCII
     * case. The list runs to a full stop, a semicolon or a blank line.
     */
    static List<Hit> coreSentences(String s) {
        List<Hit> out = new ArrayList<>();
        int n = s.length();
        for (int i = indexOfIgnoreCase(s, "vaste kern", 0); i >= 0; i = indexOfIgnoreCase(s, "vaste kern", i)) {
            int p = i + "vaste kern".length();
            while (p < n && isSpace(s.charAt(p))) p++;
            int verb = verb(s, p);
            if (verb < 0) {
                i++;
                continue;
            }
            int list = p + verb;
            int end = list;
            while (true) {
                while (end < n && s.charAt(end) != '.' && s.charAt(end) != ';' && s.charAt(end) != '\n') end++;
                if (end < n && s.charAt(end) == '\n' && !blankLineAt(s, end + 1)) {
                    end++;
                    continue;
                }
                break;
            }
            out.add(new Hit(i, end, list, end));
            i = end;
        }
        return out;
    }

    private static final String[] VERBS = {"bestaat uit", "bestaan uit", "omvat", "telt", ":", "is", "zijn"};

    /** The length of the first verb that stands at {@code p}, or -1. */
    private static int verb(String s, int p) {
        for (String v : VERBS) {
            if (startsWithIgnoreCase(s, p, v)) return v.length();
        }
        return -1;
    }

    /** {@code (?=\s*\n)}: only white space up to the next line break. */
    private static boolean blankLineAt(String s, int p) {
        for (int k = p; k < s.length() && isSpace(s.charAt(k)); k++) {
            if (s.charAt(k) == '\n') return true;
        }
        return false;
    }

    /**
     * E-mail addresses, the domain in group 1:
     * {@code [A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)}. Every match holds one '@',
     * so the scanner finds each '@' and reads outwards from it.
     */
    static List<Hit> emails(String s) {
        List<Hit> out = new ArrayList<>();
        int n = s.length();
        int resume = 0;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > resume && localPart(s.charAt(start - 1))) start--;
            if (start == at) continue;
            int p = at + 1;
            while (p < n && label(s.charAt(p))) p++;
            if (p == at + 1) continue;
            int end = -1;
            while (p + 1 < n && s.charAt(p) == '.' && label(s.charAt(p + 1))) {
                p++;
                while (p < n && label(s.charAt(p))) p++;
                end = p;
            }
            if (end < 0) continue;
            out.add(new Hit(start, end, at + 1, end));
            resume = end;
        }
        return out;
    }

    private static boolean localPart(char c) {
        return label(c) || c == '.' || c == '_' || c == '%' || c == '+';
    }

    private static boolean label(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    /** {@code \s} of a Java pattern without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether {@code \b} sees a word character at {@code i}, as Java's pattern does. */
    private static boolean wordAt(String s, int i) {
        int ch = s.codePointAt(i);
        return isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i);
    }

    /** Whether {@code \b} sees a word character before {@code i}. */
    private static boolean wordBefore(String s, int i) {
        int ch = s.codePointBefore(i);
        return isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i - 1);
    }

    private static boolean isWord(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    /** A run of combining marks counts as part of the word it is attached to. */
    private static boolean hasBase(String s, int i) {
        for (int x = i; x >= 0; x--) {
            int ch = s.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) return true;
            if (Character.getType(ch) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }

    /** Like {@code indexOf}, ignoring the case of ASCII letters only (as {@code CASE_INSENSITIVE} does). */
    static int indexOfIgnoreCase(String s, String lower, int from) {
        for (int i = Math.max(from, 0); i <= s.length() - lower.length(); i++) {
            if (startsWithIgnoreCase(s, i, lower)) return i;
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String lower) {
        if (at + lower.length() > s.length()) return false;
        for (int j = 0; j < lower.length(); j++) {
            char c = s.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(j)) return false;
        }
        return true;
    }
}
