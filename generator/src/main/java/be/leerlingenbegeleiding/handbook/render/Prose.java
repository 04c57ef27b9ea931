package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import be.leerlingenbegeleiding.handbook.model.HoursUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small rules of written Dutch the pages keep when they put content into a sentence: no
 * brackets inside brackets, hours of one unit added up, a card text cut at a sentence.
 */
final class Prose {
    private Prose() {
    }

    /** The longest card text: about two lines of a card. */
    static final int CARD = 160;

    /**
     * An aside to a phrase, in brackets — unless the aside holds brackets of its own ("BPT-uren
     * (bijzondere pedagogische taken)"): then a dash, so no reader meets "…))". "" for none.
     */
    static String aside(String text) {
        if (text == null || text.isBlank()) return "";
        String t = text.strip();
        return t.indexOf('(') >= 0 || t.indexOf(')') >= 0 ? " – " + t : " (" + t + ")";
    }

    /** Hours of a function: amounts of the same unit added up, units in their first order. */
    static List<Total> totals(List<StaffMember.Hours> hours) {
        Map<HoursUnit, Double> sums = new LinkedHashMap<>();
        List<Total> out = new ArrayList<>();
        boolean noUnit = false;
        double withoutUnit = 0;
        for (StaffMember.Hours h : hours == null ? List.<StaffMember.Hours>of() : hours) {
            if (h == null || h.amount() == null) continue;
            if (h.unit() == null) {
                noUnit = true;
                withoutUnit += h.amount();
            } else {
                sums.merge(h.unit(), h.amount(), Double::sum);
            }
        }
        sums.forEach((u, a) -> out.add(new Total(a, u)));
        if (noUnit) out.add(new Total(withoutUnit, null));
        return out;
    }

    /** An amount of hours in one unit (null: plain hours). */
    record Total(double amount, HoursUnit unit) {
    }

    /** The label key that counts hours of a unit: "1 lestijd", "4 lestijden", "2 uur". */
    static String hoursKey(HoursUnit unit) {
        return "uren." + (unit == null ? "zonder" : unit.code());
    }

    /**
     * The first sentence of a text, for a card; a long sentence is cut at a word and ends in
     * "…". Blank for none.
     */
    static String firstSentence(String text) {
        if (text == null) return "";
        String t = text.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && !abbreviation(t, i)) {
                end = i + 1;
                break;
            }
        }
        String s = end > 0 ? t.substring(0, end) : t;
        // A lead-in to a list ("…brachten we in kaart met:") says nothing on its own.
        if (s.endsWith(":")) return "";
        if (s.length() <= CARD) return s;
        int cut = s.lastIndexOf(' ', CARD - 1);
        return s.substring(0, cut > 0 ? cut : CARD - 1).replaceAll("[,;:]$", "") + "…";
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("bv.", "bijv.", "enz.", "nl.", "vb.", "ca.", "vzw.");

    /** "bv." and "o.a." end no sentence. */
    private static boolean abbreviation(String t, int dot) {
        int start = t.lastIndexOf(' ', dot) + 1;
        String word = t.substring(start, dot + 1);
        if (t.charAt(dot) != '.') return false;
        int inner = word.indexOf('.');
        return (inner >= 0 && inner < word.length() - 1) || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
