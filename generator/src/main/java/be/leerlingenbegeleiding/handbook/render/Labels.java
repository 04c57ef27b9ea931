package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.model.Level;
import be.leerlingenbegeleiding.handbook.model.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The fixed texts of the website in one language, from {@code templates/i18n/*.properties}.
 * A handbook's {@code taal} picks the language; a missing key is a bug in the theme and fails
 * the build rather than showing a key to readers.
 */
public final class Labels {
    /** The bundles, in the order they are read; a later one may not repeat a key. */
    static final List<String> BUNDLES = List.of("labels", "figuren");

    private final Language language;
    private final Properties texts;
    private final Locale locale;

    private final Theme theme;

    /** Suffix of the keys tried first, e.g. {@code basis} for a primary school; null for none. */
    private final String variant;

    private Labels(Language language, Properties texts, Theme theme) {
        this(language, texts, theme, null);
    }

    private Labels(Language language, Properties texts, Theme theme, String variant) {
        this.language = language;
        this.texts = texts;
        this.theme = theme;
        this.variant = variant;
        this.locale = Locale.forLanguageTag(language.code());
    }

    /**
     * These labels for a school of {@code level}: a primary school reads {@code key.basis}
     * where the theme has one (its own words, such as zorgbeleid), else the common text. Schools
     * of other levels read the common texts, so their pages do not change.
     */
    public Labels forLevel(Level level) {
        return level == Level.BASIS ? new Labels(language, texts, theme, Level.BASIS.code()) : this;
    }

    private String pattern(String key) {
        if (variant != null) {
            String own = texts.getProperty(key + "." + variant);
            if (own != null) return own;
        }
        return texts.getProperty(key);
    }

    /** The labels of a language in the theme inside the jar. */
    public static Labels of(Language language) {
        return Theme.BUILT_IN.labels(language);
    }

    /** The theme these labels were read from: the pages rendered with them use it too. */
    Theme theme() {
        return theme;
    }

    static Labels read(Language language, Theme theme) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            String path = "/templates/i18n/" + bundle + (language == Language.EN ? "_en" : "") + ".properties";
            try (InputStream own = theme.overridden(path);
                 InputStream in = own != null ? own : Labels.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("theme file missing: " + path);
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Labels(language, all, theme);
    }

    /** The text for a key, with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) throw new IllegalStateException("no label for key '" + key + "' (" + language.code() + ")");
        return Messages.substitute(pattern, args.length, n -> String.valueOf(args[n]));
    }


    /** Whether the theme has a text for the key (a school's theme may add kinds of page). */
    boolean has(String key) {
        return texts.getProperty(key) != null;
    }

    /**
     * A text that counts something, in the grammatical number the count asks for: "1 taak",
     * "3 taken". The label is a {@link ChoiceFormat} pattern such as
     * {@code 0#{0} taken|1#{0} taak|1<{0} taken}; its chosen branch then gets the count as
     * {0} (written as {@link #number} writes it) and {@code more} as {1}, {2}…. As in every
     * other label, an apostrophe is plain text ("pagina's"). A label without choices (a theme
     * that kept an older label) is used as it is.
     */
    public String count(String key, Number n, Object... more) {
        String pattern = pattern(key);
        if (pattern == null) throw new IllegalStateException("no label for key '" + key + "' (" + language.code() + ")");
        String chosen = choose(pattern, n.doubleValue());
        Object[] args = new Object[more.length + 1];
        args[0] = number(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return Messages.substitute(chosen, args.length, i -> String.valueOf(args[i]));
    }

    /**
     * The branch of a counting label that fits {@code n}; a label without choices as it is.
     * ChoiceFormat reads an apostrophe as a quote, so it is doubled first to stay text.
     */
    public static String choose(String pattern, double n) {
        return Messages.choose(pattern, n);
    }

    /** The reader's name of a coded value: key {@code <EnumName>.<code>}, e.g. {@code Domain.onderwijsloopbaan}. */
    public String of(Coded value) {
        return get(value.getClass().getSimpleName() + "." + value.code());
    }

    /**
     * The name of a coded value inside a sentence: "in de fase verhoogde zorg", "het domein
     * leren en studeren". Only the theme's own names are lowered this way, never a school's; a
     * name that starts with an abbreviation ("IAC", "CLB-…") keeps its capitals.
     */
    public String inText(Coded value) {
        return lowerFirst(of(value));
    }

    /** A phase as a title, its number first: "Fase 1 · Verhoogde zorg". */
    public String title(Phase phase) {
        return get("fase.titel", phase.number(), of(phase));
    }

    /** A phase's number in short, for chips beside its name: "F1". */
    public String abbreviation(Phase phase) {
        return get("fase.kort", phase.number());
    }

    /** What {@link #abbreviation} stands for: "fase 1". */
    public String numbered(Phase phase) {
        return get("fase.nummer", phase.number());
    }

    /** A phase inside a sentence, number and lowered name: "fase 1 (verhoogde zorg)". */
    public String inText(Phase phase) {
        return get("fase.inTekst", phase.number(), inText((Coded) phase));
    }

    static String lowerFirst(String s) {
        if (s == null || s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The value of the {@code lang} attribute. */
    public String lang() {
        return language.code();
    }

    /**
     * A name as it stands in a Dutch sentence, after its article ("het Sint-Jozefsinstituut");
     * other languages have no use for the Dutch article and get the name alone.
     */
    public String named(String name, be.leerlingenbegeleiding.handbook.model.Article article) {
        if (article == null || article == be.leerlingenbegeleiding.handbook.model.Article.GEEN || !lang().startsWith("nl")) return name;
        return article.code() + " " + name;
    }

    /** A date as readers write it: "1 september 2025". */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** A number without needless decimals: 4, 4,5 (Dutch) or 4.5 (English). */
    public String number(Number n) {
        if (n == null) return "";
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale)).format(n.doubleValue());
    }
}
