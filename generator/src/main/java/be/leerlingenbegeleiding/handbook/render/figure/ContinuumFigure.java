package be.leerlingenbegeleiding.handbook.render.figure;

import static be.leerlingenbegeleiding.handbook.render.figure.Svg.FONT;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.SMALL;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.wrap;

import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The care continuum as a stepped pyramid: brede basiszorg as the broad base, each further
 * phase a narrower layer on top, and the IAC as a separate step above with a gap, because it
 * leaves the common curriculum rather than adding to it. Each layer names the roles that act in
 * it (or, without a way to name roles, how many act: a continuum alone knows only role ids).
 */
final class ContinuumFigure {
    private static final double W = Figures.CONTINUUM_WIDTH;
    private static final double AXIS = 48;
    private static final double RIGHT = 12;
    private static final double WIDEST = W - AXIS - RIGHT;
    private static final double STEP = 90;
    private static final double MID = AXIS + WIDEST / 2;
    private static final double PAD = 14;
    private static final double TOP = 14;

    private final CareContinuum c;
    private final Function<String, String> roleName;
    private final Texts t;
    private final Svg s;

    private ContinuumFigure(CareContinuum c, Function<String, String> roleName, Texts t, Medium medium) {
        this.c = c;
        this.roleName = roleName;
        this.t = t;
        this.s = new Svg(medium);
    }

    /** The figure, or "" when there is no continuum or it has no phases. */
    static String draw(CareContinuum c, Function<String, String> roleName, Texts t, Medium medium) {
        if (c == null || c.phases() == null || c.phases().isEmpty()) return "";
        List<Phase> layers = new ArrayList<>();
        for (Phase p : Phase.values()) {
            if (p != Phase.IAC && c.phases().get(p) != null) layers.add(p);
        }
        boolean iac = c.phases().get(Phase.IAC) != null;
        if (layers.isEmpty() && !iac) return "";
        return new ContinuumFigure(c, roleName, t, medium).draw(layers, iac);
    }

    private String draw(List<Phase> layers, boolean iac) {
        double stackBottom = stack(layers(layers, iac));
        axis(stackBottom);
        double height = stackBottom + 12;

        StringBuilder desc = new StringBuilder(t.get("figuur.zorgcontinuum.beschrijving"));
        for (Phase p : layers) desc.append(' ').append(phaseSentence(p, "figuur.zorgcontinuum.beschrijving.fase"));
        if (iac) desc.append(' ').append(phaseSentence(Phase.IAC, "figuur.zorgcontinuum.beschrijving.iac"));
        return s.figure("zorgcontinuum", Figures.CONTINUUM_ID, t.get("figuur.zorgcontinuum.titel"), desc.toString(),
                t.get("figuur.zorgcontinuum.onderschrift") + (iac ? " " + t.get("figuur.zorgcontinuum.onderschrift.iac") : ""),
                W, height);
    }

    /** One layer of the continuum, its text already wrapped to its width. */
    private record Layer(Phase phase, double width, List<String> name, List<String> note, List<String> who) {
    }

    /** The layers top-down: the separate IAC step, then the narrowest phase, down to the base. */
    private List<Layer> layers(List<Phase> layers, boolean iac) {
        List<Layer> drawn = new ArrayList<>();
        double narrowest = WIDEST;
        for (int i = 0; i < layers.size(); i++) {
            double lw = WIDEST - i * STEP;
            narrowest = lw;
            drawn.add(0, layer(layers.get(i), lw, null));
        }
        if (iac) {
            double lw = Math.max(300, narrowest - STEP);
            drawn.add(0, layer(Phase.IAC, lw, t.get("figuur.zorgcontinuum.iac")));
        }
        return drawn;
    }

    /** Draws the layers from the top; returns the bottom of the stack. */
    private double stack(List<Layer> drawn) {
        double y = TOP;
        for (Layer layer : drawn) {
            boolean separate = layer.phase() == Phase.IAC;
            int lines = layer.name().size() + layer.note().size() + layer.who().size();
            double lh = 2 * PAD + 2 + lines * 18;
            double x = MID - layer.width() / 2;
            String cls = "fig-laag fig-fase-" + layer.phase().code() + (separate ? " fig-apart" : "");
            s.rect(x, y, layer.width(), lh, 6, cls);
            double baseline = y + PAD + 14;
            s.text(x + PAD, baseline, "start", "fig-tekst fig-vet", FONT + 1, layer.name(), 18);
            baseline += layer.name().size() * 18;
            if (!layer.note().isEmpty()) {
                s.text(x + PAD, baseline, "start", "fig-tekst", FONT, layer.note(), 18);
                baseline += layer.note().size() * 18;
            }
            if (!layer.who().isEmpty()) s.text(x + PAD, baseline, "start", "fig-tekst", FONT, layer.who(), 18);
            y += lh + (separate ? 18 : 0);
        }
        return y;
    }

    /**
     * The axis says what going up means; it is left out when the stack is too short to hold its
     * words upright.
     */
    private void axis(double stackBottom) {
        String axisText = t.get("figuur.zorgcontinuum.as");
        double axisTop = TOP;
        double axisLength = stackBottom - axisTop;
        if (axisLength < TextMetrics.width(axisText, SMALL, false) + 30) return;
        double ax = 30;
        s.line(ax, stackBottom - 2, ax, axisTop + 10, "fig-as");
        s.polygon("fig-as-punt", ax - 6, axisTop + 12, ax, axisTop + 2, ax + 6, axisTop + 12);
        double ty = (axisTop + stackBottom) / 2;
        s.rotatedText(ax - 8, ty, -90, "fig-tekst", SMALL, axisText);
    }

    private Layer layer(Phase p, double width, String note) {
        double textW = width - 2 * PAD;
        List<String> name = wrap(t.title(p), textW, FONT + 1, true, 2);
        List<String> noteLines = note == null ? List.of() : wrap(note, textW, FONT, false, 2);
        return new Layer(p, width, name, noteLines, whoLine(p, textW));
    }

    private List<String> ids(Phase p) {
        CareContinuum.PhaseSection section = c.phases().get(p);
        List<String> ids = new ArrayList<>();
        for (RoleRef r : Figures.nonNull(section.who())) {
            if (r != null && r.id() != null && !ids.contains(r.id())) ids.add(r.id());
        }
        return ids;
    }

    /**
     * Who acts, in at most two lines: as many names as fit, then "and n more"; or only the
     * count when the names are not at hand.
     */
    private List<String> whoLine(Phase p, double textW) {
        List<String> ids = ids(p);
        if (ids.isEmpty()) return List.of();
        String count = t.get("figuur.zorgcontinuum.wie", t.count("figuur.rollen", ids.size()));
        if (roleName == null) return wrap(count, textW, FONT, false, 2);
        List<String> names = ids.stream().map(roleName).toList();
        for (int shown = names.size(); shown >= 1; shown--) {
            String text = shown == names.size()
                    ? t.get("figuur.zorgcontinuum.wie", t.list(names))
                    : t.get("figuur.zorgcontinuum.wie", t.get("figuur.zorgcontinuum.ennog",
                            String.join(", ", names.subList(0, shown)), names.size() - shown));
            List<String> lines = wrap(text, textW, FONT, false, Integer.MAX_VALUE);
            if (lines.size() <= 2) return lines;
        }
        return wrap(count, textW, FONT, false, 2);
    }

    private String phaseSentence(Phase p, String key) {
        List<String> ids = ids(p);
        String who;
        if (ids.isEmpty()) who = t.get("figuur.zorgcontinuum.beschrijving.niemand");
        else if (roleName == null) who = t.count("figuur.rollen", ids.size());
        else who = t.list(ids.stream().map(roleName).toList());
        return t.get(key, t.title(p), who);
    }
}
