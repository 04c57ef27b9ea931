package be.leerlingenbegeleiding.handbook.comply;

import java.util.regex.Pattern;

/**
 * Runs an author's {@code patroon} with a bounded amount of work. Java's regular expressions
 * backtrack: a pattern such as {@code (a+)+$} takes hours on a long text, and {@code (?:a|b)*}
 * overflows the stack. Every step of the matcher reads a character, so the text it sees counts
 * its reads and stops the match past the budget: a fixed allowance plus a multiple of the
 * length of every text the condition reads, so work stays linear in the handbook.
 */
final class Budget {
    /** Reads allowed for any condition, on top of {@link #PER_CHAR} per character read. */
    static final long BASE = 1_000_000;
    static final long PER_CHAR = 50;

    /** What a match came to. */
    enum Outcome { MATCH, NO_MATCH, TOO_COSTLY }

    private long left = BASE;

    /** Whether the whole of {@code text} matches {@code pattern}, within what is left of the budget. */
    Outcome matches(Pattern pattern, String text) {
        left += PER_CHAR * text.length();
        try {
            return pattern.matcher(new Counted(text)).matches() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (Spent | StackOverflowError e) {
            left = 0;
            return Outcome.TOO_COSTLY;
        }
    }

    /** Thrown from inside the matcher; no stack trace, it is never shown. */
    private static final class Spent extends RuntimeException {
        Spent() {
            super(null, null, false, false);
        }
    }

    private final class Counted implements CharSequence {
        private final String s;

        Counted(String s) {
            this.s = s;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) throw new Spent();
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
