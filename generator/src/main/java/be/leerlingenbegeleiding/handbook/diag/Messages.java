package be.leerlingenbegeleiding.handbook.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The user's language for everything the command line prints. Dutch (nl-BE) is the default;
 * English is complete. Placeholders are {@code {0}}, {@code {1}}…; unlike
 * {@link java.text.MessageFormat}, apostrophes are plain text, so messages may quote keys as
 * {@code 'visie'} without escaping.
 */
public final class Messages {

    private static final String BUNDLE = "be.leerlingenbegeleiding.handbook.messages";

    /** The language tags accepted by {@code --lang}. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Dutch, the default. */
    public static Messages dutch() {
        return forLanguage("nl");
    }

    /** Messages for "nl" or "en"; anything else falls back to Dutch. */
    public static Messages forLanguage(String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl-BE");
        // No fallback to the JVM's default locale: an English machine must still print Dutch.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b);
    }

    /** The text for a key with its arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for key " + key, e);
        }
        return fill(pattern, List.of(args));
    }

    /** Whether the bundle has a text for this key (tips are optional for a few codes). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String fill(String pattern, List<Object> args) {
        return substitute(pattern, args.size(), n -> text(args.get(n)));
    }

    /**
     * Replaces {@code {0}}, {@code {1}}… in a pattern by {@code arg.apply(n)}. Unlike
     * MessageFormat, apostrophes are plain text, which Dutch needs ("pagina's"). A number
     * without an argument stays as written, so a missing argument shows instead of vanishing.
     */
    public static String substitute(String pattern, int count, IntFunction<String> arg) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < count ? arg.apply(n) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String text(Object arg) {
        if (arg instanceof Msg m) return text(m);
        if (arg instanceof List<?> list) {
            return list.stream().map(this::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    /** A translated fragment or an author's text, with its arguments filled in. */
    public String text(Msg m) {
        return fill(m.key() == null ? m.pattern() : bundle.getString(m.key()), m.args());
    }

    /** The message line of a diagnostic, without position or code. */
    public String message(Diagnostic d) {
        return text(d.message());
    }

    /** The tip of a diagnostic, or null when it has none. */
    public String tip(Diagnostic d) {
        Msg t = d.tip();
        if (t == null || t.key() != null && !bundle.containsKey(t.key())) return null;
        return text(t);
    }

    /**
     * The full printed form:
     * <pre>content/x/rollen.yaml:12:5: fout[HB006]: …
     *   tip: …</pre>
     */
    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.position()).append(": ")
                .append(get(d.severity().bundleKey())).append('[').append(d.code()).append("]: ")
                .append(message(d).strip());
        String tip = tip(d);
        if (tip != null) sb.append('\n').append("  ").append(get("tip")).append(": ").append(tip.strip());
        for (Msg note : d.notes()) sb.append('\n').append("  ").append(text(note).strip());
        return sb.toString();
    }

    /** All diagnostics in print order, each formatted, one after another. */
    public List<String> formatAll(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> out.add(format(d)));
        return out;
    }
}
