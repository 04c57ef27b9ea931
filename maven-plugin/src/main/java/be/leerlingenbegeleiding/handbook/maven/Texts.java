package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's own wording, in the language of the generator's messages ({@code taal}). What the
 * generator already says (diagnostics, counts) comes from {@link Messages}, so that the plugin
 * and the command line print the same lines.
 */
final class Texts {
    private final ResourceBundle bundle;
    final Messages generator;

    private Texts(ResourceBundle bundle, Messages generator) {
        this.bundle = bundle;
        this.generator = generator;
    }

    /** "nl" or "en"; anything else is Dutch, as on the command line. */
    static Texts forLanguage(String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl-BE");
        // As in the generator: an English JVM must not turn Dutch messages into English ones.
        ResourceBundle b = ResourceBundle.getBundle("be.leerlingenbegeleiding.handbook.maven.plugin", locale,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(b, Messages.forLanguage(lang));
    }

    String get(String key, Object... args) {
        return Messages.substitute(bundle.getString(key), args.length, i -> String.valueOf(args[i]));
    }
}
