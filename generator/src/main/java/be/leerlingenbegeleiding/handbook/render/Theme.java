package be.leerlingenbegeleiding.handbook.render;

import java.nio.file.Path;

/**
 * The theme the renderers use, for the live preview: it can stand a folder of theme sources in
 * for the theme inside the jar, and forget what it has read when files change.
 */
public final class Theme {
    private Theme() {
    }

    /**
     * Reads layouts, styles, scripts and labels from {@code folder} before the jar's own, until
     * called again; null returns to the jar alone. Meant for a process that previews the theme.
     */
    public static void useFolder(Path folder) {
        Templates.useFolder(folder);
    }

    /** The folder set by {@link #useFolder}, or null when the jar's theme is used alone. */
    public static Path folder() {
        return Templates.override();
    }

    /** Forgets every parsed layout and file read, so the next render sees edited theme files. */
    public static void forget() {
        Templates.forget();
    }
}
