package be.leerlingenbegeleiding.handbook.diag;

import java.util.List;

/**
 * A piece of message text that is itself translated, for use as an argument of a
 * {@link Diagnostic}: a type name ("tekst" / "text"), or a sentence fragment.
 */
public record Msg(String key, List<Object> args) {

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }
}
