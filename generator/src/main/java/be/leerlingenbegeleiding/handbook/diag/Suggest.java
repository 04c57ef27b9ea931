package be.leerlingenbegeleiding.handbook.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the known word closest to a typo, if it is close enough to be a typo. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a distance that grows with the word's length. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = t.length() <= 3 ? 1 : t.length() <= 6 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        // Distance 0 means the typo is only in upper/lower case: still worth suggesting.
        if (best != null && bestDistance <= limit) return Optional.of(best);
        return byParts(t, candidates);
    }

    /**
     * A shortened form: every part of what was typed ("belang_leerling") begins a part of exactly
     * one candidate ("belang_van_de_leerling"), in order.
     */
    private static Optional<String> byParts(String typed, Collection<String> candidates) {
        String[] parts = typed.split("[_\\-\\s.]+");
        if (typed.length() < 3) return Optional.empty();
        String match = null;
        for (String c : candidates) {
            String[] cParts = c.toLowerCase(Locale.ROOT).split("[_\\-\\s.]+");
            int j = 0;
            for (String cp : cParts) {
                if (j < parts.length && cp.startsWith(parts[j])) j++;
            }
            if (j == parts.length) {
                if (match != null) return Optional.empty();
                match = c;
            }
        }
        return Optional.ofNullable(match);
    }

    /** A hint fragment for messages: "bedoelde je 'x'? " or nothing. */
    public static Msg hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> Msg.of("hint.didYouMean", s)).orElse(Msg.of("hint.none"));
    }

    /**
     * Optimal string alignment distance: edits, where swapping two neighbouring letters counts
     * as one, since that is the commonest typo ("visei" for "visie").
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
