package be.leerlingenbegeleiding.handbook.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place inside a file as words for a message: {@code aanspreekpunten[1].kanalen[2].waarde}
 * (items counted from 1, as {@code ValuePath.forAuthor()} prints them) reads "de waarde van het
 * tweede kanaal van het eerste aanspreekpunt". The nouns come from one table in the message
 * bundles ({@code pad.item.<key>} for an item of a list, with its article and a place for the
 * ordinal; {@code pad.veld.<key>} for a single value); a key without a noun there is quoted.
 * A path without list items stays as written: one key is already a word an author knows.
 */
public final class PathWords {
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)?((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Messages TABLE = Messages.dutch();

    private PathWords() {
    }

    /** Whether a path printed for an author holds a list item, so that words read better. */
    public static boolean hasItem(String path) {
        return INDEX.matcher(path).find();
    }

    /** The words for a path as printed for authors; the path quoted when it has no list item. */
    public static Msg of(String path) {
        if (!hasItem(path)) return Msg.text("'{0}'", path);
        List<Msg> parts = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) return Msg.text("'{0}'", path);
            String key = m.group(1);
            List<Integer> items = new ArrayList<>();
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) items.add(Integer.parseInt(i.group(1)));
            if (items.isEmpty()) {
                parts.add(0, TABLE.has("pad.veld." + key) ? Msg.of("pad.veld." + key) : Msg.text("'{0}'", key));
                continue;
            }
            // A list in a list has no noun of its own: the inner items are counted in words too.
            for (int n : items) {
                Msg ordinal = ordinal(n);
                parts.add(0, key != null && TABLE.has("pad.item." + key) ? Msg.of("pad.item." + key, ordinal)
                        : Msg.of("pad.item", ordinal, key == null ? "" : key));
            }
        }
        Msg words = parts.get(parts.size() - 1);
        for (int k = parts.size() - 2; k >= 0; k--) words = Msg.of("pad.van", parts.get(k), words);
        return words;
    }

    /** "eerste" … "tiende", then "11de", "20ste" (in English "11th", "21st"). */
    static Msg ordinal(int n) {
        if (n >= 1 && n <= 10) return Msg.of("pad.rang." + n);
        int lastTwo = n % 100;
        int english = lastTwo >= 11 && lastTwo <= 13 ? 0 : n % 10;
        return Msg.of("pad.rang.n", n, lastTwo, english);
    }

    /** The key path itself, as a note under a message that names the place in words. */
    public static List<Msg> note(String path) {
        return hasItem(path) ? List.of(Msg.of("pad.noot", path)) : List.of();
    }
}
