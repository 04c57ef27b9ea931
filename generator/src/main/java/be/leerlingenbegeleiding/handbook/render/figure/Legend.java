package be.leerlingenbegeleiding.handbook.render.figure;

import static be.leerlingenbegeleiding.handbook.render.figure.Svg.LINE;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.SMALL;

import java.util.List;

/**
 * Lays legend entries out left to right, starting a new line when an entry would not fit,
 * so a longer translation never runs off the figure.
 */
final class Legend {
    interface Mark {
        void draw(double x, double y);
    }

    private final Svg s;
    private final double left;
    private final double right;
    private final double lineHeight;
    private double x;
    private double y;

    Legend(Svg s, double left, double right, double y, double lineHeight) {
        this.s = s;
        this.left = left;
        this.right = right;
        this.lineHeight = lineHeight;
        this.x = left;
        this.y = y;
    }

    /** A word without a mark, such as the legend's heading. */
    void word(String text, boolean bold) {
        double tw = TextMetrics.width(text, SMALL, bold);
        fit(tw);
        s.text(x, y + 5, "start", bold ? "fig-tekst fig-vet" : "fig-tekst", SMALL, List.of(text), LINE);
        x += tw + 12;
    }

    /** A mark {@code markWidth} wide (drawn with its vertical centre at y), then its text. */
    void item(String text, double markWidth, Mark mark) {
        double tw = TextMetrics.width(text, SMALL, false);
        fit(markWidth + 6 + tw);
        mark.draw(x, y);
        s.text(x + markWidth + 6, y + 5, "start", "fig-tekst", SMALL, List.of(text), LINE);
        x += markWidth + 6 + tw + 18;
    }

    void newLine() {
        if (x > left) {
            x = left;
            y += lineHeight;
        }
    }

    private void fit(double needed) {
        if (x > left && x + needed > right) newLine();
    }

    double bottom() {
        return y + 10;
    }
}
