package be.leerlingenbegeleiding.handbook.render.figure;

import java.util.List;

/**
 * Writes a figure: SVG elements with {@code fig-…} classes, all coordinates through {@link #n},
 * all text through {@link #esc}, and the {@code <figure>} around them. For print the same
 * elements are written with their print look inline and the drawing sized in millimetres
 * ({@link Medium}); nothing else differs, so the PDF shows the site's drawing.
 */
final class Svg {
    /** The font size of ordinary figure text and of legends; {@link TextMetrics#fitSize} never goes below 12. */
    static final double FONT = 14;
    static final double SMALL = 13;
    static final double LINE = 17;

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final Medium medium;
    private final StringBuilder b = new StringBuilder(4096);

    Svg(Medium medium) {
        this.medium = medium;
    }

    void rect(double x, double y, double w, double h, double rx, String cls) {
        b.append("<rect class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append('"');
        if (rx > 0) b.append(" rx=\"").append(n(rx)).append('"');
        end("rect", cls);
    }

    void circle(double cx, double cy, double r, String cls) {
        b.append("<circle class=\"").append(cls).append("\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                .append("\" r=\"").append(n(r)).append('"');
        end("circle", cls);
    }

    void line(double x1, double y1, double x2, double y2, String cls) {
        b.append("<line class=\"").append(cls).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append('"');
        end("line", cls);
    }

    void polyline(String cls, double... xy) {
        b.append("<polyline class=\"").append(cls).append("\" points=\"").append(points(xy)).append('"');
        end("polyline", cls);
    }

    void polygon(String cls, double... xy) {
        b.append("<polygon class=\"").append(cls).append("\" points=\"").append(points(xy)).append('"');
        end("polygon", cls);
    }

    /** An empty element's print look, if any, and its end. */
    private void end(String element, String cls) {
        style(element, cls, FONT);
        b.append("/>\n");
    }

    private void style(String element, String cls, double size) {
        String style = medium.style(element, cls, size);
        if (style != null) b.append(" style=\"").append(esc(style)).append('"');
    }

    private static String points(double... xy) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i > 0) p.append(' ');
            p.append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return p.toString();
    }

    /** Lines of text, the first baseline at {@code y}, each next one {@code lineHeight} lower. */
    void text(double x, double y, String anchor, String cls, double size, List<String> lines, double lineHeight) {
        if (lines.isEmpty()) return;
        b.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!"start".equals(anchor)) b.append(" text-anchor=\"").append(anchor).append('"');
        if (size != FONT) b.append(" font-size=\"").append(n(size)).append('"');
        style("text", cls, size);
        b.append('>');
        if (lines.size() == 1) {
            b.append(esc(lines.get(0)));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                b.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(y + i * lineHeight)).append("\">")
                        .append(esc(lines.get(i))).append("</tspan>");
            }
        }
        b.append("</text>\n");
    }

    void rotatedText(double x, double y, double degrees, String cls, double size, String text) {
        b.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"middle\" transform=\"rotate(").append(n(degrees)).append(' ').append(n(x))
                .append(' ').append(n(y)).append(")\"");
        if (size != FONT) b.append(" font-size=\"").append(n(size)).append('"');
        style("text", cls, size);
        b.append('>').append(esc(text)).append("</text>\n");
    }

    /**
     * The drawing as a {@code figure.figuur}: an {@code svg role="img"} named by its
     * {@code title}, described in full by its {@code desc} (the data in words, since the
     * drawing itself is not read out) and followed by a {@code figcaption}. For print the
     * {@code svg} also gets the SVG namespace (the PDF renderer reads XHTML, where the drawing
     * must say it is SVG) and a width and height in millimetres.
     */
    String figure(String kind, String id, String title, String desc, String caption, double w, double h) {
        StringBuilder f = new StringBuilder(b.length() + 512);
        f.append("<figure class=\"figuur figuur-").append(kind).append("\">\n");
        f.append("<svg ");
        if (medium.isPrint()) f.append("xmlns=\"").append(NAMESPACE).append("\" ");
        f.append("class=\"fig-svg\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h)).append('"');
        if (medium.isPrint()) f.append(printSize(w, h));
        f.append(" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-titel\" aria-describedby=\"")
                .append(esc(id)).append("-beschrijving\" font-size=\"").append(n(FONT)).append("\">\n");
        f.append("<title id=\"").append(esc(id)).append("-titel\">").append(esc(title)).append("</title>\n");
        f.append("<desc id=\"").append(esc(id)).append("-beschrijving\">").append(esc(desc)).append("</desc>\n");
        // A shape for the background as well as the CSS one: SVG fills survive printing and
        // copying the drawing elsewhere, CSS backgrounds do not.
        f.append("<rect class=\"fig-achtergrond\" x=\"0\" y=\"0\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append('"');
        String style = medium.style("rect", "fig-achtergrond", FONT);
        if (style != null) f.append(" style=\"").append(esc(style)).append('"');
        f.append("/>\n");
        f.append(b);
        f.append("</svg>\n");
        f.append("<figcaption>").append(esc(caption)).append("</figcaption>\n");
        f.append("</figure>\n");
        return f.toString();
    }

    /**
     * One user unit prints as {@link Figures#PRINT_WIDTH_MM} / {@link Figures#MATRIX_WIDTH} mm
     * in every figure, so text is the same size in all of them (14 units: about 8.8 pt) and the
     * widest figure fills the text block. The size is that of the viewBox as written.
     */
    private static String printSize(double w, double h) {
        double width = Double.parseDouble(n(w));
        double height = Double.parseDouble(n(h));
        double mmPerUnit = Math.min(Figures.PRINT_WIDTH_MM / Figures.MATRIX_WIDTH, Figures.PRINT_WIDTH_MM / width);
        return " width=\"" + n(width * mmPerUnit) + "mm\" height=\"" + n(height * mmPerUnit) + "mm\"";
    }

    /** Text for XML content and attribute values alike. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder e = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> e.append("&amp;");
                case '<' -> e.append("&lt;");
                case '>' -> e.append("&gt;");
                case '"' -> e.append("&quot;");
                case '\'' -> e.append("&#39;");
                default -> {
                    // Control characters are not allowed in HTML or XML text; they carry no meaning here.
                    if (c >= 0x20 || c == '\n' || c == '\t') e.append(c);
                }
            }
        }
        return e.toString();
    }

    /** A coordinate: at most one decimal, no locale, no "-0", so output is byte-stable. */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        long abs = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }
}
