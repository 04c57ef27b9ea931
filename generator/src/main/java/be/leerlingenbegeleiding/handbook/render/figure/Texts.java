package be.leerlingenbegeleiding.handbook.render.figure;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Phase;
import java.util.List;

/**
 * The texts a figure needs. The site passes its labels; tests can pass a stand-in, so the
 * figures do not wait for every label of the site to exist.
 */
public interface Texts {
    String get(String key, Object... args);

    /** The reader's name of a domain or phase. */
    String of(Coded value);

    /** A phase as a title, its number first: "Fase 1 · Verhoogde zorg". */
    default String title(Phase p) {
        return get("fase.titel", p.number(), of(p));
    }

    /** A phase inside a sentence: "fase 1 (verhoogde zorg)"; a name in capitals keeps them. */
    default String inText(Phase p) {
        String name = of(p);
        boolean lower = name != null && name.length() >= 2 && Character.isUpperCase(name.charAt(0))
                && !Character.isUpperCase(name.charAt(1));
        return get("fase.inTekst", p.number(), lower ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name);
    }

    /** A counting label ("1 taak", "3 taken"): the branch of its choice pattern that fits n. */
    default String count(String key, int n) {
        return Messages.choose(get(key), n).replace("{0}", String.valueOf(n));
    }

    /** A number as readers of the language write it; whole numbers without decimals. */
    default String number(double n) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(n);
    }

    /** A counting label for a number that may have decimals ("1 dag", "1,5 dag", "2 dagen"). */
    default String count(String key, double n) {
        return Messages.choose(get(key), n).replace("{0}", number(n));
    }

    /** "a, b en c": the language's own word before the last item. */
    default String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("figuur.lijst.en") + " "
                + items.get(items.size() - 1);
    }
}
