package be.leerlingenbegeleiding.handbook.diag;

import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The text for a key with its arguments filled in, for the terminal: control characters in
     * an argument (a file name, a value from content) show escaped, line breaks included, so an
     * argument cannot start a line of its own.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for key " + key, e);
        }
        return fill(pattern, List.of(args), true);
    }

    /** Whether the bundle has a text for this key (tips are optional for a few codes). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String fill(String pattern, List<Object> args, boolean terminal) {
        return substitute(pattern, args.size(), n -> text(args.get(n), terminal));
    }

    /**
     * Replaces {@code {0}}, {@code {1}}… in a pattern by {@code arg.apply(n)}. Unlike
     * MessageFormat, apostrophes are plain text, which Dutch needs ("pagina's"). A number
     * without an argument stays as written, so a missing argument shows instead of vanishing.
     */
    public static String substitute(String pattern, int count, IntFunction<String> arg) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        Matcher choice = CHOICE.matcher(pattern);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && choice.region(i, pattern.length()).lookingAt() && Integer.parseInt(choice.group(1)) < count) {
                out.append(choose(choice.group(2), arg.apply(Integer.parseInt(choice.group(1)))));
                i = choice.end() - 1;
                continue;
            }
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

    /**
     * A word that follows a count, as in {@link java.text.MessageFormat}:
     * {@code {2} {2,choice,1#dag|1<dagen}} gives "1 dag", "14 dagen". The branches hold no braces.
     */
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,([^{}]*)\\}");

    /** The branch of a ChoiceFormat pattern for a number written as text; apostrophes stay text. */
    private static String choose(String branches, String number) {
        double n;
        try {
            n = Double.parseDouble(number.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            n = Double.NaN;
        }
        return Double.isNaN(n) ? branches : choose(branches, n);
    }

    /**
     * The branch of a {@link ChoiceFormat} pattern ({@code 0#… |1#…|1<…}) that fits {@code n};
     * a text without branches as it is. ChoiceFormat reads an apostrophe as a quote, so it is
     * doubled first: in these bundles an apostrophe is text ("pagina's").
     */
    public static String choose(String pattern, double n) {
        if (!pattern.contains("#") && !pattern.contains("<")) return pattern;
        return new ChoiceFormat(pattern.replace("'", "''")).format(n);
    }

    private String text(Object arg, boolean terminal) {
        if (arg instanceof Msg m) return text(m, terminal);
        if (arg instanceof List<?> list) {
            return list.stream().map(x -> text(x, terminal)).collect(Collectors.joining(", "));
        }
        return terminal ? escape(String.valueOf(arg), false) : String.valueOf(arg);
    }

    /**
     * A translated fragment or an author's text, with its arguments filled in, exactly as written:
     * for JSON and web pages, which escape in their own way. {@link #format} is for the terminal.
     */
    public String text(Msg m) {
        return text(m, false);
    }

    private String text(Msg m, boolean terminal) {
        // An author's text may span lines; its other control characters show escaped.
        if (m.key() == null) return fill(terminal ? escape(m.pattern(), true) : m.pattern(), m.args(), terminal);
        return fill(bundle.getString(m.key()), m.args(), terminal);
    }

    /**
     * Text as it may reach a terminal: C0 control characters (line break and tab only where {@code
     * lines} allows it), DEL, C1 and the bidi overrides and isolates show as escapes ({@code \e},
     * {@code \r}, <code>\\u202e</code>), so content can neither move the cursor, wipe a line nor turn
     * a name around. Idempotent: the escapes are printable.
     */
    public static String escape(String s, boolean lines) {
        int i = 0;
        while (i < s.length() && !control(s.charAt(i), lines)) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c, lines)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\u001b' -> sb.append("\\e");
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** {@link #escape(String, boolean)} for output of several lines: line breaks stay. */
    public static String terminal(String s) {
        return escape(s, true);
    }

    private static boolean control(char c, boolean lines) {
        if (c == '\n' || c == '\t') return !lines;
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** The message line of a diagnostic, without position or code. */
    public String message(Diagnostic d) {
        return text(d.message());
    }

    private String message(Diagnostic d, boolean terminal) {
        return text(d.message(), terminal);
    }

    /** The tip of a diagnostic, or null when it has none. */
    public String tip(Diagnostic d) {
        return tip(d, false);
    }

    private String tip(Diagnostic d, boolean terminal) {
        Msg t = d.tip();
        if (t == null || t.key() != null && !bundle.containsKey(t.key())) return null;
        return text(t, terminal);
    }

    /**
     * The full printed form, for a terminal or a log (text from content shows its control
     * characters escaped, see {@link #escape}):
     * <pre>content/x/rollen.yaml:12:5: fout[HB006]: …
     *   tip: …</pre>
     */
    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(escape(d.position().toString(), false)).append(": ")
                .append(get(d.severity().bundleKey())).append('[').append(escape(d.code(), false)).append("]: ")
                .append(message(d, true).strip());
        String tip = tip(d, true);
        if (tip != null) sb.append('\n').append("  ").append(get("tip")).append(": ").append(tip.strip());
        for (Msg note : d.notes()) sb.append('\n').append("  ").append(text(note, true).strip());
        return sb.toString();
    }

    /** All diagnostics in print order, each formatted, one after another. */
    public List<String> formatAll(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> out.add(format(d)));
        return out;
    }
}
