package be.leerlingenbegeleiding.handbook.render.figure;

import static be.leerlingenbegeleiding.handbook.render.figure.Svg.FONT;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.LINE;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.SMALL;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.fitSize;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.wrap;

import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * The responsibility matrix in summary: a row per role with tasks, a column per domain; in each
 * cell a square whose shade grows with the count of tasks, the count, and a dot per phase.
 */
final class MatrixFigure {
    private static final double W = Figures.MATRIX_WIDTH;
    private static final double LEFT = 12;
    private static final double GRID_X = 200;
    private static final double COL_W = (W - LEFT - GRID_X) / Domain.values().length;

    private final Texts t;
    private final Svg s;

    private MatrixFigure(Texts t, Medium medium) {
        this.t = t;
        this.s = new Svg(medium);
    }

    /** The figure, or "" when no role has tasks. */
    static String draw(List<MatrixRow> rows, Texts t, Medium medium) {
        if (rows.isEmpty()) return "";
        return new MatrixFigure(t, medium).draw(rows);
    }

    private String draw(List<MatrixRow> rows) {
        double y = heads() + 12;
        for (int i = 0; i < rows.size(); i++) y = row(rows.get(i), i, y);
        double height = legend(y + 18) + 12;
        return s.figure("matrix", Figures.MATRIX_ID, t.get("figuur.matrix.titel"), description(rows),
                t.get("figuur.matrix.onderschrift"), W, height);
    }

    /**
     * Column heads: the domain names, wrapped, above a stripe in the domain's colour so the
     * colour reads as the domain's throughout the site. One size for all four heads, smaller
     * only if a single long word would otherwise have to be cut. Returns the stripes' top.
     */
    private double heads() {
        List<String> domainNames = new ArrayList<>();
        for (Domain d : Domain.values()) domainNames.add(t.of(d));
        double headSize = fitSize(domainNames, COL_W - 6, SMALL, true, 3);
        double headLine = headSize + 3;
        List<List<String>> heads = new ArrayList<>();
        int headLines = 1;
        for (String domainName : domainNames) {
            List<String> lines = wrap(domainName, COL_W - 6, headSize, true, 3);
            heads.add(lines);
            headLines = Math.max(headLines, lines.size());
        }
        double top = 12;
        double stripeY = top + headLines * headLine + 4;
        for (Domain d : Domain.values()) {
            double x = GRID_X + d.ordinal() * COL_W;
            List<String> lines = heads.get(d.ordinal());
            // Bottom-align the heads so short names sit right above their stripe.
            double firstBaseline = top + (headLines - lines.size()) * headLine + headSize - 1;
            s.text(x + COL_W / 2, firstBaseline, "middle", "fig-tekst fig-vet", headSize, lines, headLine);
            s.rect(x + 6, stripeY, COL_W - 12, 5, 0, "fig-streep fig-domein-" + d.code());
        }
        return stripeY;
    }

    /** One role's row from {@code y}; returns where the next row starts. */
    private double row(MatrixRow row, int index, double y) {
        List<String> name = wrap(row.role().name(), GRID_X - LEFT - 14, FONT, false, 4);
        double rowH = Math.max(42, name.size() * LINE + 14);
        double mid = y + rowH / 2;
        // Banding lets the eye follow a long row from the name to the right-most column.
        if (index % 2 == 0) s.rect(LEFT, y, W - 2 * LEFT, rowH, 4, "fig-band");
        s.text(LEFT + 8, mid - (name.size() - 1) * LINE / 2 + 5, "start", "fig-tekst", FONT, name, LINE);
        for (Cell c : row.cells()) cell(c, mid);
        return y + rowH;
    }

    private void cell(Cell c, double mid) {
        double x = GRID_X + c.domain().ordinal() * COL_W;
        if (c.tasks() == 0) {
            s.rect(x + 10, mid - 13, 26, 26, 3, "fig-vak-leeg");
            return;
        }
        s.rect(x + 10, mid - 13, 26, 26, 3,
                "fig-vak fig-domein-" + c.domain().code() + " fig-niveau-" + Math.min(4, c.tasks()));
        s.text(x + 44, mid + 5, "start", "fig-tekst fig-vet fig-getal", FONT, List.of(Integer.toString(c.tasks())), LINE);
        for (Phase p : Phase.values()) {
            s.circle(x + 74 + p.ordinal() * 14, mid, 5,
                    "fig-stip fig-fase-" + p.code() + (c.phases().contains(p) ? " fig-aan" : " fig-uit"));
        }
    }

    /** What the shades and the dots mean; returns the legend's bottom. */
    private double legend(double y) {
        Legend legend = new Legend(s, LEFT, W - LEFT, y, 26);
        legend.word(t.get("figuur.matrix.legende.aantal"), true);
        for (int level = 1; level <= 4; level++) {
            String text = level < 4 ? Integer.toString(level) : t.get("figuur.matrix.legende.ofmeer", level);
            String cls = "fig-vak fig-neutraal fig-niveau-" + level;
            legend.item(text, 16, (sx, sy) -> s.rect(sx, sy - 8, 16, 16, 2, cls));
        }
        legend.newLine();
        legend.word(t.get("figuur.matrix.legende.fasen"), true);
        for (Phase p : Phase.values()) {
            legend.item(t.title(p), 16, (sx, sy) -> s.circle(sx + 5, sy, 5, "fig-stip fig-fase-" + p.code() + " fig-aan"));
        }
        return legend.bottom();
    }

    /** The matrix in words, row by row, for readers who do not see the drawing. */
    private String description(List<MatrixRow> rows) {
        StringBuilder desc = new StringBuilder(t.get("figuur.matrix.beschrijving"));
        for (MatrixRow row : rows) {
            List<String> parts = new ArrayList<>();
            for (Cell c : row.cells()) {
                if (c.tasks() == 0) continue;
                String count = t.count("figuur.taken", c.tasks());
                parts.add(c.phases().isEmpty()
                        ? t.get("figuur.matrix.cel.zonderfasen", t.of(c.domain()), count)
                        : t.get("figuur.matrix.cel", t.of(c.domain()), count,
                                t.list(c.phases().stream().map(t::inText).toList())));
            }
            desc.append(' ').append(parts.isEmpty()
                    ? t.get("figuur.matrix.rij.leeg", row.role().name())
                    : t.get("figuur.matrix.rij", row.role().name(), String.join("; ", parts)));
        }
        return desc.toString();
    }
}
