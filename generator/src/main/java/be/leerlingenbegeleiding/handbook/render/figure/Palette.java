package be.leerlingenbegeleiding.handbook.render.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print colours of the figures, read from the theme's {@code assets/figuren.css}: the
 * custom properties ({@code --fig-…}) of its {@code @media print} block. The stylesheet is the
 * one home of every figure colour, for screen, dark mode, forced colours and paper; the PDF,
 * whose renderer cannot use that stylesheet, takes the paper colours from here, so the two
 * cannot drift apart.
 */
public final class Palette {
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern PRINT_ROOT = Pattern.compile("@media\\s+print\\s*\\{\\s*:root\\s*\\{([^}]*)\\}");
    private static final Pattern PROPERTY = Pattern.compile("--fig-([A-Za-z0-9_-]+)\\s*:\\s*([^;]+);");

    private final Map<String, String> colours;

    private Palette(Map<String, String> colours) {
        this.colours = Collections.unmodifiableMap(colours);
    }

    /**
     * The print colours of a figure stylesheet.
     *
     * @throws IllegalArgumentException when it has no {@code @media print} block that sets them
     */
    public static Palette ofStylesheet(String css) {
        Matcher block = PRINT_ROOT.matcher(COMMENT.matcher(css).replaceAll(""));
        if (!block.find()) throw new IllegalArgumentException("the figure stylesheet has no print colours (@media print { :root { … } })");
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = PROPERTY.matcher(block.group(1));
        while (m.find()) colours.put(m.group(1), m.group(2).strip());
        return new Palette(colours);
    }

    /** The colour of {@code --fig-<name>} on paper. */
    String colour(String name) {
        String colour = colours.get(name);
        if (colour == null) throw new IllegalArgumentException("no print colour --fig-" + name);
        return colour;
    }

    /** Every print colour by name, without {@code --fig-}. */
    public Map<String, String> colours() {
        return colours;
    }
}
