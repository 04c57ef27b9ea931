package be.leerlingenbegeleiding.handbook.render.figure;

import static be.leerlingenbegeleiding.handbook.render.figure.Svg.FONT;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.LINE;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.SMALL;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.wrap;

import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function's time split as a bar per domain, on a fixed 0–100 % scale. A split in hours or
 * days is drawn as each share's part of the whole, labelled with what was written and that part
 * ("1,5 dag · 30 %").
 */
final class TimeSplitFigure {
    private static final double W = Figures.TIME_SPLIT_WIDTH;
    private static final double LEFT = 12;
    private static final double BAR_X = 224;
    private static final double FULL = 320;
    private static final double TOP = 10;

    private TimeSplitFigure() {
    }

    /** The figure with this id and caption (null: the usual one), or "" when the split is empty. */
    static String draw(Map<Domain, Share> written, Texts t, String id, String caption, Medium medium) {
        Map<Domain, Double> split = Share.percentages(written);
        if (split.isEmpty()) return "";
        List<Domain> domains = new ArrayList<>();
        for (Domain d : Domain.values()) {
            if (split.get(d) != null) domains.add(d);
        }
        if (domains.isEmpty()) return "";
        Svg s = new Svg(medium);
        List<List<String>> names = new ArrayList<>();
        List<Double> mids = new ArrayList<>();
        double y = TOP;
        for (Domain d : domains) {
            List<String> name = wrap(t.of(d), BAR_X - LEFT - 16, FONT, false, 2);
            double rowH = Math.max(38, name.size() * LINE + 12);
            names.add(name);
            mids.add(y + rowH / 2);
            y += rowH;
        }
        double bottom = y;
        // Gridlines first, so bars are drawn over them.
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = BAR_X + FULL * pct / 100.0;
            s.line(x, TOP, x, bottom + 4, pct == 0 ? "fig-as" : "fig-raster");
        }
        for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            bar(s, t, d, split.get(d), label(t, written.get(d), split.get(d)), names.get(i), mids.get(i));
        }
        for (int pct = 0; pct <= 100; pct += 50) {
            double x = BAR_X + FULL * pct / 100.0;
            s.text(x, bottom + 20, "middle", "fig-tekst", SMALL, List.of(t.get("figuur.procent", pct)), LINE);
        }
        double height = bottom + 32;

        List<String> parts = new ArrayList<>();
        for (Domain d : domains) parts.add(t.get("figuur.tijd.domein", t.of(d), label(t, written.get(d), split.get(d))));
        String desc = t.get("figuur.tijd.beschrijving", String.join("; ", parts));
        return s.figure("tijd", id, t.get("figuur.tijd.titel"), desc,
                caption != null ? caption : t.get("figuur.tijd.onderschrift"), W, height);
    }

    /** A domain's name, its bar and its percentage, centred on {@code mid}. */
    /** "40 %" for a share in percent; "1,5 dag · 30 %" for one in hours or days. */
    static String label(Texts t, Share written, double percent) {
        String pct = t.get("figuur.procent", t.number(Math.round(percent * 10) / 10.0));
        if (written.unit() == Share.Unit.PROCENT) return pct;
        String amount = t.count(written.unit() == Share.Unit.UREN ? "figuur.eenheid.uren" : "figuur.eenheid.dagen", written.amount());
        return t.get("figuur.tijd.aandeel", amount, pct);
    }

    private static void bar(Svg s, Texts t, Domain d, double value, String label, List<String> name, double mid) {
        s.text(BAR_X - 10, mid - (name.size() - 1) * LINE / 2 + 5, "end", "fig-tekst", FONT, name, LINE);
        double barW = FULL * Math.max(0, Math.min(100, value)) / 100.0;
        if (barW > 0) s.rect(BAR_X, mid - 11, barW, 22, 2, "fig-staaf fig-domein-" + d.code());
        s.text(BAR_X + barW + 8, mid + 5, "start", "fig-tekst fig-vet fig-getal", FONT,
                List.of(label), LINE);
    }
}
