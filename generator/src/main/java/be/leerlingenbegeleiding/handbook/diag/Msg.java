package be.leerlingenbegeleiding.handbook.diag;

import java.util.List;

/**
 * A piece of message text that is translated when printed: a key of the message bundle with
 * its arguments ({@link #of}), or text an author wrote in a content file ({@link #text}), which
 * is printed as written in every language.
 */
public record Msg(String key, String pattern, List<Object> args) {

    public Msg {
        if ((key == null) == (pattern == null)) throw new IllegalArgumentException("a key or a pattern, not both");
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, null, List.of(args));
    }

    /** Author's text with {@code {0}}, {@code {1}}… placeholders, not looked up in the bundle. */
    public static Msg text(String pattern, Object... args) {
        return new Msg(null, pattern, List.of(args));
    }
}
