package be.leerlingenbegeleiding.handbook.render.figure;

/**
 * Where a figure will be seen. On screen its shapes carry classes only and the theme's
 * stylesheet colours them; in a PDF, whose renderer draws SVG without that stylesheet, every
 * shape is written with its print look inline ({@link PrintLook}) and the drawing gets a size
 * in millimetres.
 */
public final class Medium {
    /** The site: classes only. */
    public static final Medium SCREEN = new Medium(null);

    private final Palette palette;

    private Medium(Palette palette) {
        this.palette = palette;
    }

    /** A PDF, with the paper colours of this palette. */
    public static Medium print(Palette palette) {
        if (palette == null) throw new IllegalArgumentException("a print figure needs its palette");
        return new Medium(palette);
    }

    boolean isPrint() {
        return palette != null;
    }

    /** The print look of an element; null on screen, where the stylesheet gives it. */
    String style(String element, String classes, double fontSize) {
        return palette == null ? null : PrintLook.style(palette, element, classes, fontSize);
    }
}
