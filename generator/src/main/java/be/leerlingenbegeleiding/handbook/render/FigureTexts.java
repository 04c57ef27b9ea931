package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.render.figure.Medium;
import be.leerlingenbegeleiding.handbook.render.figure.Palette;
import be.leerlingenbegeleiding.handbook.render.figure.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** What the figures need from the site: its labels as their texts, and the theme's print colours. */
final class FigureTexts implements Texts {
    private static final String STYLESHEET = "/templates/assets/figuren.css";

    /** The palette last read and the stylesheet bytes it was read from (the theme caches those). */
    private static volatile Object[] lastPalette;

    private final Labels labels;

    private FigureTexts(Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    static Texts of(Labels labels) {
        return new FigureTexts(labels);
    }

    @Override
    public String get(String key, Object... args) {
        return labels.get(key, args);
    }

    @Override
    public String of(Coded value) {
        return labels.of(value);
    }

    @Override
    public String title(Phase p) {
        return labels.title(p);
    }

    @Override
    public String inText(Phase p) {
        return labels.inText(p);
    }

    @Override
    public String count(String key, int n) {
        return labels.count(key, n);
    }

    @Override
    public String count(String key, double n) {
        return labels.count(key, n);
    }

    @Override
    public String number(double n) {
        return labels.number(n);
    }

    /**
     * Screen, or print in the paper colours of the generator's own figuren.css (as the live
     * preview of the theme's sources sees it). A school's {@code vormgeving/assets/figuren.css}
     * restyles its site, not its PDF, as before.
     */
    static Medium medium(boolean print, Theme theme) {
        if (!print) return Medium.SCREEN;
        byte[] css = theme.file(STYLESHEET);
        Object[] last = lastPalette;
        if (last != null && last[0] == css) return Medium.print((Palette) last[1]);
        Palette palette = Palette.ofStylesheet(new String(css, StandardCharsets.UTF_8));
        lastPalette = new Object[] {css, palette};
        return Medium.print(palette);
    }
}
