package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Task;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The four generated figures of the website, as inline SVG: the responsibility matrix in
 * summary, the guidance team, the care continuum and a function's time split.
 *
 * <p>Built in Java rather than in a template because the layout needs arithmetic (text wrapping,
 * label placement without overlap) that FreeMarker would make unreadable. Every figure is a
 * {@code figure.figuur} with an {@code svg role="img"} named by its {@code title}, described in
 * full by its {@code desc} (the data in words, since the drawing itself is not read out) and
 * followed by a {@code figcaption}. Colours are never written into the site's figures: shapes
 * carry {@code fig-…} classes and {@code assets/figuren.css} colours them for light, dark and
 * print. Only {@link #forPrint}, for the PDF, whose renderer cannot use that stylesheet, writes
 * the print colours into the figure itself.
 *
 * <p>The reader's font cannot be measured at build time, so text widths are estimated from the
 * metrics of a wide common font ({@link #width}); layouts leave room rather than risk overlap.
 * Output depends only on the input: no random ids, no hash order, coordinates rounded to one
 * decimal without locale.
 */
final class Figures {
    /** Ids of the figures; one figure of each kind per page, so fixed ids are unique. */
    static final String MATRIX_ID = "fig-matrix";
    static final String TEAM_ID = "fig-cel";
    static final String CONTINUUM_ID = "fig-zorgcontinuum";
    static final String TIME_SPLIT_ID = "fig-tijd";

    /** The font size of ordinary figure text and of legends; {@link #fitSize} never goes below 12. */
    private static final double FONT = 14;
    private static final double SMALL = 13;
    private static final double LINE = 17;

    /**
     * The widths of the viewBoxes. figuren.css caps each figure at this many CSS pixels, and
     * none is wider than the 48rem (768px) the theme gives a figure: at full size one user unit
     * is one CSS pixel, so the font sizes below are the sizes readers get.
     */
    static final double MATRIX_WIDTH = 768;
    static final double TEAM_WIDTH = 768;
    static final double CONTINUUM_WIDTH = 720;
    static final double TIME_SPLIT_WIDTH = 640;

    private Figures() {
    }

    /**
     * The texts a figure needs. The site passes its {@link Labels}; tests can pass a stand-in,
     * so the figures do not wait for every label of the site to exist.
     */
    interface Texts {
        String get(String key, Object... args);

        /** The reader's name of a domain or phase. */
        String of(Coded value);

        /** A phase as a title, its number first: "Fase 1 · Verhoogde zorg" ({@link Labels#title}). */
        default String title(Phase p) {
            return get("fase.titel", p.number(), of(p));
        }

        /** A phase inside a sentence: "fase 1 (verhoogde zorg)" ({@link Labels#inText(Phase)}). */
        default String inText(Phase p) {
            return get("fase.inTekst", p.number(), Labels.lowerFirst(of(p)));
        }

        /** A counting label ("1 taak", "3 taken"), see {@link Labels#count}. */
        default String count(String key, int n) {
            return Labels.choose(get(key), n).replace("{0}", String.valueOf(n));
        }

        static Texts of(Labels labels) {
            Objects.requireNonNull(labels, "labels");
            return new Texts() {
                @Override
                public String get(String key, Object... args) {
                    return labels.get(key, args);
                }

                @Override
                public String of(Coded value) {
                    return labels.of(value);
                }

                @Override
                public String count(String key, int n) {
                    return labels.count(key, n);
                }
            };
        }
    }

    // ---------------------------------------------------------------- responsibility matrix

    /**
     * What one role does in one domain: how many of its tasks touch the domain, and the phases
     * those tasks fall in (in the continuum's order). Public so templates can read it.
     */
    public record Cell(Domain domain, int tasks, Set<Phase> phases) {
        public Cell {
            Objects.requireNonNull(domain, "domain");
            EnumSet<Phase> sorted = EnumSet.noneOf(Phase.class);
            sorted.addAll(phases);
            phases = Collections.unmodifiableSet(sorted);
        }
    }

    /** One role with tasks and its four cells, in the order of {@link Domain}. */
    public record MatrixRow(Role role, List<Cell> cells) {
        public MatrixRow {
            Objects.requireNonNull(role, "role");
            cells = List.copyOf(cells);
        }

        public Cell cell(Domain domain) {
            return cells.get(domain.ordinal());
        }

        /** All tasks of the role, including those that name no domain. */
        public int tasks() {
            return nonNull(role.tasks()).size();
        }
    }

    /**
     * The data of the responsibility matrix: every role that has tasks, in handbook order, with
     * a cell per domain. The page's table and the summary figure both read this, so they cannot
     * disagree.
     */
    static List<MatrixRow> matrix(Handbook h) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Role role : nonNull(h.roles())) {
            List<Task> tasks = nonNull(role.tasks());
            if (tasks.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            for (Domain d : Domain.values()) {
                int count = 0;
                EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
                for (Task task : tasks) {
                    if (!nonNull(task.domains()).contains(d)) continue;
                    count++;
                    phases.addAll(nonNull(task.phases()));
                }
                cells.add(new Cell(d, count, phases));
            }
            rows.add(new MatrixRow(role, cells));
        }
        return rows;
    }

    /** The summary figure of the responsibility matrix, or "" when no role has tasks. */
    static String responsibilityMatrix(Handbook h, Labels l) {
        return responsibilityMatrix(h, Texts.of(l));
    }

    static String responsibilityMatrix(Handbook h, Texts t) {
        List<MatrixRow> rows = h == null ? List.of() : matrix(h);
        if (rows.isEmpty()) return "";
        final double w = MATRIX_WIDTH;
        final double left = 12;
        final double gridX = 200;
        final double colW = (w - left - gridX) / Domain.values().length;
        Svg s = new Svg();

        // Column heads: the domain names, wrapped, above a stripe in the domain's colour so the
        // colour reads as the domain's throughout the site. One size for all four heads,
        // smaller only if a single long word would otherwise have to be cut.
        List<String> domainNames = new ArrayList<>();
        for (Domain d : Domain.values()) domainNames.add(t.of(d));
        double headSize = fitSize(domainNames, colW - 6, SMALL, true, 3);
        double headLine = headSize + 3;
        List<List<String>> heads = new ArrayList<>();
        int headLines = 1;
        for (String domainName : domainNames) {
            List<String> lines = wrap(domainName, colW - 6, headSize, true, 3);
            heads.add(lines);
            headLines = Math.max(headLines, lines.size());
        }
        double top = 12;
        double stripeY = top + headLines * headLine + 4;
        for (Domain d : Domain.values()) {
            double x = gridX + d.ordinal() * colW;
            List<String> lines = heads.get(d.ordinal());
            // Bottom-align the heads so short names sit right above their stripe.
            double firstBaseline = top + (headLines - lines.size()) * headLine + headSize - 1;
            s.text(x + colW / 2, firstBaseline, "middle", "fig-tekst fig-vet", headSize, lines, headLine);
            s.rect(x + 6, stripeY, colW - 12, 5, 0, "fig-streep fig-domein-" + d.code());
        }

        double y = stripeY + 12;
        for (int i = 0; i < rows.size(); i++) {
            MatrixRow row = rows.get(i);
            List<String> name = wrap(row.role().name(), gridX - left - 14, FONT, false, 4);
            double rowH = Math.max(42, name.size() * LINE + 14);
            double mid = y + rowH / 2;
            // Banding lets the eye follow a long row from the name to the right-most column.
            if (i % 2 == 0) s.rect(left, y, w - 2 * left, rowH, 4, "fig-band");
            s.text(left + 8, mid - (name.size() - 1) * LINE / 2 + 5, "start", "fig-tekst", FONT, name, LINE);
            for (Cell c : row.cells()) {
                double x = gridX + c.domain().ordinal() * colW;
                if (c.tasks() == 0) {
                    s.rect(x + 10, mid - 13, 26, 26, 3, "fig-vak-leeg");
                    continue;
                }
                s.rect(x + 10, mid - 13, 26, 26, 3,
                        "fig-vak fig-domein-" + c.domain().code() + " fig-niveau-" + Math.min(4, c.tasks()));
                s.text(x + 44, mid + 5, "start", "fig-tekst fig-vet fig-getal", FONT, List.of(Integer.toString(c.tasks())), LINE);
                for (Phase p : Phase.values()) {
                    s.circle(x + 74 + p.ordinal() * 14, mid, 5,
                            "fig-stip fig-fase-" + p.code() + (c.phases().contains(p) ? " fig-aan" : " fig-uit"));
                }
            }
            y += rowH;
        }

        // The legend: what the shades and the dots mean.
        y += 18;
        Flow legend = new Flow(s, left, w - left, y, 26);
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
        double height = legend.bottom() + 12;

        StringBuilder desc = new StringBuilder(t.get("figuur.matrix.beschrijving"));
        for (MatrixRow row : rows) {
            List<String> parts = new ArrayList<>();
            for (Cell c : row.cells()) {
                if (c.tasks() == 0) continue;
                String count = tasks(c.tasks(), t);
                parts.add(c.phases().isEmpty()
                        ? t.get("figuur.matrix.cel.zonderfasen", t.of(c.domain()), count)
                        : t.get("figuur.matrix.cel", t.of(c.domain()), count,
                                list(c.phases().stream().map(t::inText).toList(), t)));
            }
            desc.append(' ').append(parts.isEmpty()
                    ? t.get("figuur.matrix.rij.leeg", row.role().name())
                    : t.get("figuur.matrix.rij", row.role().name(), String.join("; ", parts)));
        }
        return figure("matrix", MATRIX_ID, t.get("figuur.matrix.titel"), desc.toString(),
                t.get("figuur.matrix.onderschrift"), w, height, s);
    }

    private static String tasks(int n, Texts t) {
        return t.count("figuur.taken", n);
    }

    // ---------------------------------------------------------------------- guidance team

    /**
     * The guidance team as two rings round its name: the fixed core on the inner ring, the
     * members who join when needed on the dashed outer ring. Names stand in two columns beside
     * the rings, each joined to its dot by a line, so that no number of members or length of
     * name makes labels collide. "" when the handbook has no team or the team no members.
     */
    static String guidanceTeam(Handbook h, Labels l) {
        return guidanceTeam(h, Texts.of(l));
    }

    static String guidanceTeam(Handbook h, Texts t) {
        GuidanceTeam team = h == null ? null : h.guidanceTeam();
        if (team == null) return "";
        List<String> core = roleNames(h, team.core());
        List<String> joining = roleNames(h, team.joining());
        if (core.isEmpty() && joining.isEmpty()) return "";

        final double w = TEAM_WIDTH;
        final double cx = w / 2;
        final double coreRing = 94;
        final double coreZone = 114;
        final double joinRing = 144;
        final double outer = joining.isEmpty() ? coreZone : 172;
        final double elbow = outer + 8;
        final double labelGap = 18;
        final double labelW = cx - outer - labelGap - 8;
        final double gap = 8;

        // Every member gets an angle of its own, evenly spread and off the vertical, so no dot
        // sits straight above or below the centre, where it would belong to neither column:
        // half a step for an even number of members, a quarter step for an odd one. Core and
        // joining members take turns in proportion, so a core member's line outwards never runs
        // past a joining member's dot.
        List<Member> members = new ArrayList<>();
        int total = core.size() + joining.size();
        double shift = total % 2 == 0 ? 0.5 : 0.25;
        int coreTaken = 0;
        int joiningTaken = 0;
        for (int k = 0; k < total; k++) {
            boolean isCore = (long) (k + 1) * core.size() / total > (long) k * core.size() / total;
            double angle = -90 + (k + shift) * 360.0 / total;
            members.add(isCore
                    ? new Member(core.get(coreTaken++), true, angle)
                    : new Member(joining.get(joiningTaken++), false, angle));
        }
        List<Member> leftColumn = new ArrayList<>();
        List<Member> rightColumn = new ArrayList<>();
        for (Member m : members) {
            m.lines = wrap(m.name, labelW, FONT, m.core, 4);
            m.height = m.lines.size() * LINE + 2;
            double cos = Math.cos(Math.toRadians(m.angle));
            boolean right = cos > 1e-9 || (cos >= -1e-9 && rightColumn.size() <= leftColumn.size());
            (right ? rightColumn : leftColumn).add(m);
        }

        double top = 14;
        double area = Math.max(2 * elbow + 2 * gap, Math.max(stacked(leftColumn, gap), stacked(rightColumn, gap)));
        double cy = top + area / 2;
        for (Member m : members) {
            double a = Math.toRadians(m.angle);
            double r = m.core ? coreRing : joinRing;
            m.dotX = cx + r * Math.cos(a);
            m.dotY = cy + r * Math.sin(a);
            m.elbowX = cx + elbow * Math.cos(a);
            m.elbowY = cy + elbow * Math.sin(a);
        }
        place(leftColumn, top, top + area, gap);
        place(rightColumn, top, top + area, gap);

        Svg s = new Svg();
        if (!joining.isEmpty()) s.circle(cx, cy, outer, "fig-zone-aansluitend");
        s.circle(cx, cy, coreZone, "fig-zone-kern");
        double nameW = 2 * (coreRing - 14);
        double nameSize = fitSize(List.of(team.name()), nameW, FONT + 1, true, 3);
        List<String> name = wrap(team.name(), nameW, nameSize, true, 3);
        double nameLine = nameSize + 3;
        s.text(cx, cy - (name.size() - 1) * nameLine / 2 + nameSize * 0.35, "middle", "fig-tekst fig-vet fig-naam",
                nameSize, name, nameLine);
        for (Member m : members) {
            boolean right = rightColumn.contains(m);
            double edge = right ? cx + outer + labelGap - 5 : cx - outer - labelGap + 5;
            s.polyline("fig-verbinding", m.dotX, m.dotY, m.elbowX, m.elbowY, edge, m.labelY);
        }
        for (Member m : members) {
            s.circle(m.dotX, m.dotY, 7, "fig-punt " + (m.core ? "fig-kern" : "fig-aansluitend"));
        }
        for (Member m : members) {
            boolean right = rightColumn.contains(m);
            double x = right ? cx + outer + labelGap : cx - outer - labelGap;
            double first = m.labelY - (m.lines.size() - 1) * LINE / 2 + 5;
            s.text(x, first, right ? "start" : "end",
                    "fig-tekst fig-label" + (m.core ? " fig-vet" : ""), FONT, m.lines, LINE);
        }

        double legendY = top + area + 26;
        Flow legend = new Flow(s, 12, w - 12, legendY, 26);
        if (!core.isEmpty()) {
            legend.item(t.get("figuur.cel.kern"), 20, (x, y) -> s.circle(x + 7, y, 7, "fig-punt fig-kern"));
        }
        if (!joining.isEmpty()) {
            legend.item(t.get("figuur.cel.aansluitend"), 20, (x, y) -> s.circle(x + 7, y, 7, "fig-punt fig-aansluitend"));
        }
        double height = legend.bottom() + 12;

        StringBuilder desc = new StringBuilder(SitePlan.capitalised(t.get("figuur.cel.beschrijving", team.name())));
        if (!core.isEmpty()) desc.append(' ').append(t.get("figuur.cel.beschrijving.kern", list(core, t)));
        if (!joining.isEmpty()) desc.append(' ').append(t.get("figuur.cel.beschrijving.aansluitend", list(joining, t)));
        return figure("cel", TEAM_ID, t.get("figuur.cel.titel", team.name()), desc.toString(),
                t.get("figuur.cel.onderschrift"), w, height, s);
    }

    /** A member of the team as the diagram lays it out. */
    private static final class Member {
        final String name;
        final boolean core;
        final double angle;
        List<String> lines;
        double height;
        double dotX;
        double dotY;
        double elbowX;
        double elbowY;
        double labelY;

        Member(String name, boolean core, double angle) {
            this.name = name;
            this.core = core;
            this.angle = angle;
        }
    }

    private static double stacked(List<Member> column, double gap) {
        double sum = 0;
        for (Member m : column) sum += m.height + gap;
        return sum + gap;
    }

    /**
     * Places a column's labels as near their dots' heights as they can go without touching:
     * sorted by height, pushed down where they would overlap, then back up from the bottom.
     */
    private static void place(List<Member> column, double top, double bottom, double gap) {
        column.sort((a, b) -> Double.compare(a.elbowY, b.elbowY));
        double previousBottom = top;
        for (Member m : column) {
            m.labelY = Math.max(m.elbowY, previousBottom + gap + m.height / 2);
            previousBottom = m.labelY + m.height / 2;
        }
        double nextTop = bottom;
        for (int i = column.size() - 1; i >= 0; i--) {
            Member m = column.get(i);
            m.labelY = Math.min(m.labelY, nextTop - gap - m.height / 2);
            nextTop = m.labelY - m.height / 2;
        }
    }

    private static List<String> roleNames(Handbook h, List<GuidanceTeam.Member> members) {
        List<String> names = new ArrayList<>();
        for (GuidanceTeam.Member m : nonNull(members)) {
            if (m != null && m.role() != null && m.role().id() != null) names.add(h.roleName(m.role().id()));
        }
        return names;
    }

    // --------------------------------------------------------------------- care continuum

    /**
     * The care continuum as a stepped pyramid: brede basiszorg as the broad base, each further
     * phase a narrower layer on top, and the IAC as a separate step above with a gap, because
     * it leaves the common curriculum rather than adding to it. Each layer
     * names the roles that act in it (or, without {@code roleName}, how many act: a continuum
     * alone knows only role ids). "" when there is no continuum or it has no phases.
     */
    static String careContinuum(Handbook h, Labels l) {
        return careContinuum(h == null ? null : h.careContinuum(), h == null ? null : h::roleName, Texts.of(l));
    }

    static String careContinuum(CareContinuum c, Function<String, String> roleName, Texts t) {
        if (c == null || c.phases() == null || c.phases().isEmpty()) return "";
        List<Phase> layers = new ArrayList<>();
        for (Phase p : Phase.values()) {
            if (p != Phase.IAC && c.phases().get(p) != null) layers.add(p);
        }
        boolean iac = c.phases().get(Phase.IAC) != null;
        if (layers.isEmpty() && !iac) return "";

        final double w = CONTINUUM_WIDTH;
        final double axis = 48;
        final double right = 12;
        final double widest = w - axis - right;
        final double step = 90;
        final double mid = axis + widest / 2;
        final double pad = 14;
        Svg s = new Svg();

        // Layers are laid out top-down: the separate IAC step, then the narrowest phase.
        List<Layer> drawn = new ArrayList<>();
        double narrowest = widest;
        for (int i = 0; i < layers.size(); i++) {
            double lw = widest - i * step;
            narrowest = lw;
            drawn.add(0, layer(layers.get(i), lw, pad, c, roleName, t, null));
        }
        if (iac) {
            double lw = Math.max(300, narrowest - step);
            drawn.add(0, layer(Phase.IAC, lw, pad, c, roleName, t, t.get("figuur.zorgcontinuum.iac")));
        }

        double top = 14;
        double y = top;
        double stackBottom = y;
        for (int i = 0; i < drawn.size(); i++) {
            Layer layer = drawn.get(i);
            boolean separate = layer.phase() == Phase.IAC;
            int lines = layer.name().size() + layer.note().size() + layer.who().size();
            double lh = 2 * pad + 2 + lines * 18;
            double x = mid - layer.width() / 2;
            String cls = "fig-laag fig-fase-" + layer.phase().code() + (separate ? " fig-apart" : "");
            s.rect(x, y, layer.width(), lh, 6, cls);
            double baseline = y + pad + 14;
            s.text(x + pad, baseline, "start", "fig-tekst fig-vet", FONT + 1, layer.name(), 18);
            baseline += layer.name().size() * 18;
            if (!layer.note().isEmpty()) {
                s.text(x + pad, baseline, "start", "fig-tekst", FONT, layer.note(), 18);
                baseline += layer.note().size() * 18;
            }
            if (!layer.who().isEmpty()) s.text(x + pad, baseline, "start", "fig-tekst", FONT, layer.who(), 18);
            y += lh + (separate ? 18 : 0);
            stackBottom = y;
        }

        // The axis says what going up means; it is left out when the stack is too short to
        // hold its words upright.
        String axisText = t.get("figuur.zorgcontinuum.as");
        double axisTop = top;
        double axisLength = stackBottom - axisTop;
        if (axisLength >= width(axisText, SMALL, false) + 30) {
            double ax = 30;
            s.line(ax, stackBottom - 2, ax, axisTop + 10, "fig-as");
            s.polygon("fig-as-punt", ax - 6, axisTop + 12, ax, axisTop + 2, ax + 6, axisTop + 12);
            double ty = (axisTop + stackBottom) / 2;
            s.rotatedText(ax - 8, ty, -90, "fig-tekst", SMALL, axisText);
        }
        double height = stackBottom + 12;

        StringBuilder desc = new StringBuilder(t.get("figuur.zorgcontinuum.beschrijving"));
        for (Phase p : layers) desc.append(' ').append(phaseSentence(p, c, roleName, t, "figuur.zorgcontinuum.beschrijving.fase"));
        if (iac) desc.append(' ').append(phaseSentence(Phase.IAC, c, roleName, t, "figuur.zorgcontinuum.beschrijving.iac"));
        return figure("zorgcontinuum", CONTINUUM_ID, t.get("figuur.zorgcontinuum.titel"), desc.toString(),
                t.get("figuur.zorgcontinuum.onderschrift") + (iac ? " " + t.get("figuur.zorgcontinuum.onderschrift.iac") : ""),
                w, height, s);
    }

    /** One layer of the continuum, its text already wrapped to its width. */
    private record Layer(Phase phase, double width, List<String> name, List<String> note, List<String> who) {
    }

    private static Layer layer(Phase p, double width, double pad, CareContinuum c, Function<String, String> roleName,
            Texts t, String note) {
        double textW = width - 2 * pad;
        List<String> name = wrap(t.title(p), textW, FONT + 1, true, 2);
        List<String> noteLines = note == null ? List.of() : wrap(note, textW, FONT, false, 2);
        return new Layer(p, width, name, noteLines, whoLine(p, c, roleName, textW, t));
    }

    private static List<String> ids(Phase p, CareContinuum c) {
        CareContinuum.PhaseSection section = c.phases().get(p);
        List<String> ids = new ArrayList<>();
        for (RoleRef r : nonNull(section.who())) {
            if (r != null && r.id() != null && !ids.contains(r.id())) ids.add(r.id());
        }
        return ids;
    }

    /**
     * Who acts, in at most two lines: as many names as fit, then "and n more"; or only the
     * count when the names are not at hand.
     */
    private static List<String> whoLine(Phase p, CareContinuum c, Function<String, String> roleName, double textW, Texts t) {
        List<String> ids = ids(p, c);
        if (ids.isEmpty()) return List.of();
        String count = t.get("figuur.zorgcontinuum.wie", roles(ids.size(), t));
        if (roleName == null) return wrap(count, textW, FONT, false, 2);
        List<String> names = ids.stream().map(roleName).toList();
        for (int shown = names.size(); shown >= 1; shown--) {
            String text = shown == names.size()
                    ? t.get("figuur.zorgcontinuum.wie", list(names, t))
                    : t.get("figuur.zorgcontinuum.wie", t.get("figuur.zorgcontinuum.ennog",
                            String.join(", ", names.subList(0, shown)), names.size() - shown));
            List<String> lines = wrap(text, textW, FONT, false, Integer.MAX_VALUE);
            if (lines.size() <= 2) return lines;
        }
        return wrap(count, textW, FONT, false, 2);
    }

    private static String phaseSentence(Phase p, CareContinuum c, Function<String, String> roleName, Texts t, String key) {
        List<String> ids = ids(p, c);
        String who;
        if (ids.isEmpty()) who = t.get("figuur.zorgcontinuum.beschrijving.niemand");
        else if (roleName == null) who = roles(ids.size(), t);
        else who = list(ids.stream().map(roleName).toList(), t);
        return t.get(key, t.title(p), who);
    }

    private static String roles(int n, Texts t) {
        return t.count("figuur.rollen", n);
    }

    // ------------------------------------------------------------------------- time split

    /** A function's time split as a bar per domain, on a fixed 0–100 % scale; "" when empty. */
    static String timeSplit(Map<Domain, Integer> split, Labels l) {
        return timeSplit(split, Texts.of(l), TIME_SPLIT_ID, null);
    }

    static String timeSplit(Map<Domain, Integer> split, Texts t) {
        return timeSplit(split, t, TIME_SPLIT_ID, null);
    }

    /**
     * A second time split on the same page (the yearly agreement's planned split) needs its own
     * ids, and a caption that says which split it is.
     */
    static String timeSplit(Map<Domain, Integer> split, Texts t, String id, String caption) {
        if (split == null || split.isEmpty()) return "";
        List<Domain> domains = new ArrayList<>();
        for (Domain d : Domain.values()) {
            if (split.get(d) != null) domains.add(d);
        }
        if (domains.isEmpty()) return "";
        final double w = TIME_SPLIT_WIDTH;
        final double left = 12;
        final double barX = 224;
        final double full = 320;
        Svg s = new Svg();

        double top = 10;
        double y = top;
        List<double[]> rows = new ArrayList<>();
        for (Domain d : domains) {
            List<String> name = wrap(t.of(d), barX - left - 16, FONT, false, 2);
            double rowH = Math.max(38, name.size() * LINE + 12);
            rows.add(new double[] {y, rowH});
            y += rowH;
        }
        double bottom = y;
        // Gridlines first, so bars are drawn over them.
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = barX + full * pct / 100.0;
            s.line(x, top, x, bottom + 4, pct == 0 ? "fig-as" : "fig-raster");
        }
        for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            int value = split.get(d);
            double rowY = rows.get(i)[0];
            double mid = rowY + rows.get(i)[1] / 2;
            List<String> name = wrap(t.of(d), barX - left - 16, FONT, false, 2);
            s.text(barX - 10, mid - (name.size() - 1) * LINE / 2 + 5, "end", "fig-tekst", FONT, name, LINE);
            double barW = full * Math.max(0, Math.min(100, value)) / 100.0;
            if (barW > 0) s.rect(barX, mid - 11, barW, 22, 2, "fig-staaf fig-domein-" + d.code());
            s.text(barX + barW + 8, mid + 5, "start", "fig-tekst fig-vet fig-getal", FONT,
                    List.of(t.get("figuur.procent", value)), LINE);
        }
        for (int pct = 0; pct <= 100; pct += 50) {
            double x = barX + full * pct / 100.0;
            s.text(x, bottom + 20, "middle", "fig-tekst", SMALL, List.of(t.get("figuur.procent", pct)), LINE);
        }
        double height = bottom + 32;

        List<String> parts = new ArrayList<>();
        for (Domain d : domains) parts.add(t.get("figuur.tijd.domein", t.of(d), t.get("figuur.procent", split.get(d))));
        String desc = t.get("figuur.tijd.beschrijving", String.join("; ", parts));
        return figure("tijd", id, t.get("figuur.tijd.titel"), desc,
                caption != null ? caption : t.get("figuur.tijd.onderschrift"), w, height, s);
    }

    // ------------------------------------------------------------------------------- print

    /**
     * The width of the PDF's text block in millimetres. One user unit prints as
     * {@code PRINT_WIDTH_MM / MATRIX_WIDTH} mm for every figure, so text is the same size in all
     * of them (14 units: about 8.8 pt) and the widest figure fills the text block.
     */
    static final double PRINT_WIDTH_MM = 170;

    /** The family the PDF embeds, regular (400) and bold (700); the figures use no other face. */
    static final String PRINT_FONT = "Liberation Sans";

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /**
     * The colours of figuren.css under {@code @media print}, by custom property name without
     * {@code --fig-}. Paper may come out of a black-and-white printer: black text, pale grey
     * layers, marks dark enough to print as a clear grey. FiguresTest holds them to the
     * stylesheet.
     */
    static final Map<String, String> PRINT_COLOURS = Map.ofEntries(
            Map.entry("achtergrond", "#ffffff"),
            Map.entry("tekst", "#000000"),
            Map.entry("band", "#f1f3f6"),
            Map.entry("raster", "#9aa3ad"),
            Map.entry("lijn", "#404850"),
            Map.entry("uit", "#5f6b78"),
            Map.entry("neutraal", "#263238"),
            Map.entry("domein-onderwijsloopbaan", "#1f5fa6"),
            Map.entry("domein-leren_en_studeren", "#8a6100"),
            Map.entry("domein-psychisch_en_sociaal_functioneren", "#8e3b8e"),
            Map.entry("domein-preventieve_gezondheidszorg", "#b4461b"),
            Map.entry("fase-brede_basiszorg", "#4a948d"),
            Map.entry("fase-verhoogde_zorg", "#2f7a73"),
            Map.entry("fase-uitbreiding_van_zorg", "#1d5e58"),
            Map.entry("fase-iac", "#0f403c"),
            Map.entry("fase-brede_basiszorg-vlak", "#ffffff"),
            Map.entry("fase-verhoogde_zorg-vlak", "#f2f2f2"),
            Map.entry("fase-uitbreiding_van_zorg-vlak", "#e6e6e6"),
            Map.entry("fase-iac-vlak", "#d9d9d9"),
            Map.entry("kern", "#263238"),
            Map.entry("kern-vlak", "#eeeeee"),
            Map.entry("aansluitend", "#404850"),
            Map.entry("aansluitend-vlak", "#ffffff"));

    /** Classes that say how a shape or text uses its colour; colour classes are looked up apart. */
    private static final Set<String> PRINT_CLASSES = Set.of("fig-achtergrond", "fig-tekst", "fig-vet", "fig-getal",
            "fig-label", "fig-naam", "fig-band", "fig-raster", "fig-as", "fig-as-punt", "fig-streep", "fig-staaf",
            "fig-vak", "fig-vak-leeg", "fig-niveau-1", "fig-niveau-2", "fig-niveau-3", "fig-niveau-4", "fig-stip",
            "fig-aan", "fig-uit", "fig-laag", "fig-apart", "fig-zone-kern", "fig-zone-aansluitend", "fig-punt",
            "fig-kern", "fig-aansluitend", "fig-verbinding");

    /**
     * A figure made self-contained for a PDF: the same {@code <figure>}, with every element of
     * the drawing carrying its print look (figuren.css under {@code @media print}) in a
     * {@code style} attribute of its own, text set in {@link #PRINT_FONT}, and the {@code svg}
     * given the SVG namespace and a width and height in millimetres. A PDF renderer draws inline
     * SVG with Batik, which neither sees the page's stylesheet as a browser does nor knows CSS
     * custom properties; an inline style also wins over any page rule the renderer copies in.
     * Classes, ids, {@code role}, the ARIA attributes, {@code title}, {@code desc} and the
     * caption are kept as they are. "" for "" (a figure that was left out).
     *
     * <p>The look is set from each element's classes here, in one table, rather than by the
     * drawing code: the figure methods stay as they are for the site, and a class this method
     * does not know fails loudly instead of printing unstyled.
     *
     * <p>The renderer must give its SVG drawer the font as well ({@code useFont(…,
     * EnumSet.of(FSFontUseCase.SVG))}): fonts registered for the document only do not reach
     * Batik, which then sets the figures in whatever font the machine has.
     *
     * @throws IllegalArgumentException when the markup is not a figure of this class
     */
    static String forPrint(String figureHtml) {
        if (figureHtml == null || figureHtml.isBlank()) return "";
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder b = new StringBuilder(figureHtml.length() * 2);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(figureHtml));
            int svgDepth = 0;
            boolean svgSeen = false;
            // A start tag stays open until the next event shows whether the element is empty,
            // so that empty elements keep their "/>".
            boolean open = false;
            while (r.hasNext()) {
                int event = r.next();
                if (open && event != XMLStreamConstants.END_ELEMENT) b.append('>');
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (svgDepth > 0) {
                            svgDepth++;
                            startInSvg(r, name, b);
                        } else if (name.equals("svg")) {
                            if (svgSeen) throw new IllegalArgumentException("more than one svg in the figure");
                            svgSeen = true;
                            svgDepth = 1;
                            startSvg(r, b);
                        } else {
                            b.append('<').append(name);
                            copyNamespaces(r, b);
                            for (int i = 0; i < r.getAttributeCount(); i++) attribute(b, r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        open = true;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (open) b.append("/>");
                        else b.append("</").append(r.getLocalName()).append('>');
                        open = false;
                        if (svgDepth > 0) svgDepth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        b.append(esc(r.getText()));
                        open = false;
                    }
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> open = false;
                    default -> {
                    }
                }
            }
            r.close();
            if (!svgSeen) throw new IllegalArgumentException("no svg in the figure");
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a well-formed figure: " + e.getMessage(), e);
        }
        // The source ends in a newline after </figure>, which the reader leaves out.
        if (figureHtml.endsWith("\n") && b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
        return b.toString();
    }

    /** The root: its namespace, and a size in millimetres with the viewBox's proportions. */
    private static void startSvg(XMLStreamReader r, StringBuilder b) {
        String viewBox = r.getAttributeValue(null, "viewBox");
        String[] box = viewBox == null ? new String[0] : viewBox.trim().split("[\\s,]+");
        if (box.length != 4) throw new IllegalArgumentException("the svg has no viewBox");
        double w = Double.parseDouble(box[2]);
        double h = Double.parseDouble(box[3]);
        double mmPerUnit = Math.min(PRINT_WIDTH_MM / MATRIX_WIDTH, PRINT_WIDTH_MM / w);
        b.append("<svg xmlns=\"").append(SVG_NAMESPACE).append('"');
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            if (name.equals("width") || name.equals("height")) continue;
            attribute(b, name, r.getAttributeValue(i));
            if (name.equals("viewBox")) {
                b.append(" width=\"").append(n(w * mmPerUnit)).append("mm\" height=\"").append(n(h * mmPerUnit))
                        .append("mm\"");
            }
        }
    }

    /** An element of the drawing: as it was, with its print look instead of any earlier style. */
    private static void startInSvg(XMLStreamReader r, String name, StringBuilder b) {
        b.append('<').append(name);
        copyNamespaces(r, b);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attr = r.getAttributeLocalName(i);
            if (!attr.equals("style")) attribute(b, attr, r.getAttributeValue(i));
        }
        if (name.equals("title") || name.equals("desc") || name.equals("tspan")) return;
        String size = r.getAttributeValue(null, "font-size");
        Map<String, String> look = printLook(name, r.getAttributeValue(null, "class"),
                size == null ? FONT : Double.parseDouble(size));
        StringBuilder style = new StringBuilder();
        for (Map.Entry<String, String> e : look.entrySet()) {
            if (style.length() > 0) style.append(';');
            style.append(e.getKey()).append(':').append(e.getValue());
        }
        attribute(b, "style", style.toString());
    }

    /** Namespace declarations other than the default one, which only the root carries. */
    private static void copyNamespaces(XMLStreamReader r, StringBuilder b) {
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String prefix = r.getNamespacePrefix(i);
            if (prefix != null && !prefix.isEmpty()) attribute(b, "xmlns:" + prefix, r.getNamespaceURI(i));
        }
    }

    private static void attribute(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    }

    /**
     * What figuren.css gives an element with these classes when printed, as CSS properties in
     * a fixed order. Mirrors the stylesheet rule for rule; FiguresTest checks the two agree.
     */
    private static Map<String, String> printLook(String element, String classAttr, double fontSize) {
        Set<String> cls = new LinkedHashSet<>();
        for (String c : (classAttr == null ? "" : classAttr.strip()).split("\\s+")) {
            if (!c.isEmpty()) cls.add(c);
        }
        // A domain or phase class names the colour; the shape's own class says how to use it.
        String colour = null;
        String pale = null;
        for (String c : cls) {
            if (c.startsWith("fig-domein-") || c.equals("fig-neutraal")) {
                colour = printColour(c.substring("fig-".length()));
            } else if (c.startsWith("fig-fase-")) {
                colour = printColour(c.substring("fig-".length()));
                pale = printColour(c.substring("fig-".length()) + "-vlak");
            } else if (!PRINT_CLASSES.contains(c)) {
                throw new IllegalArgumentException("no print look for class \"" + c + "\" on <" + element + ">");
            }
        }
        String where = "<" + element + " class=\"" + classAttr + "\">";
        Map<String, String> p = new LinkedHashMap<>();
        if (element.equals("text")) {
            p.put("fill", printColour("tekst"));
            p.put("font-family", "'" + PRINT_FONT + "'");
            p.put("font-size", n(fontSize) + "px");
            p.put("font-weight", cls.contains("fig-vet") ? "700" : "400");
            p.put("font-style", "normal");
            return p;
        }
        if (cls.contains("fig-achtergrond")) p.put("fill", printColour("achtergrond"));
        if (cls.contains("fig-band")) p.put("fill", printColour("band"));
        if (cls.contains("fig-raster")) stroke(p, printColour("raster"), "1", null);
        if (cls.contains("fig-as")) stroke(p, printColour("lijn"), "1.5", null);
        if (cls.contains("fig-as-punt")) p.put("fill", printColour("lijn"));
        if (cls.contains("fig-streep") || cls.contains("fig-staaf")) p.put("fill", need(colour, where));
        if (cls.contains("fig-vak")) {
            p.put("fill", need(colour, where));
            for (int level = 1; level <= 4; level++) {
                if (cls.contains("fig-niveau-" + level)) p.put("fill-opacity", new String[] {"0.2", "0.45", "0.7", "1"}[level - 1]);
            }
            stroke(p, colour, "1.5", null);
        }
        if (cls.contains("fig-vak-leeg")) {
            p.put("fill", "none");
            stroke(p, printColour("raster"), null, "3 3");
        }
        if (cls.contains("fig-stip") && cls.contains("fig-aan")) {
            p.put("fill", need(colour, where));
            stroke(p, colour, "1.5", null);
        }
        if (cls.contains("fig-stip") && cls.contains("fig-uit")) {
            p.put("fill", "none");
            stroke(p, printColour("uit"), "1.5", null);
        }
        if (cls.contains("fig-laag")) {
            p.put("fill", need(pale, where));
            stroke(p, colour, "2", cls.contains("fig-apart") ? "7 4" : null);
        }
        if (cls.contains("fig-zone-kern")) {
            p.put("fill", printColour("kern-vlak"));
            stroke(p, printColour("kern"), "1.5", null);
        }
        if (cls.contains("fig-zone-aansluitend")) {
            p.put("fill", printColour("aansluitend-vlak"));
            stroke(p, printColour("aansluitend"), "1.5", "6 5");
        }
        if (cls.contains("fig-punt") && cls.contains("fig-kern")) {
            p.put("fill", printColour("kern"));
            stroke(p, printColour("kern"), "2", null);
        }
        if (cls.contains("fig-punt") && cls.contains("fig-aansluitend")) {
            p.put("fill", printColour("achtergrond"));
            stroke(p, printColour("kern"), "2.5", null);
        }
        if (cls.contains("fig-verbinding")) {
            p.put("fill", "none");
            stroke(p, printColour("lijn"), "1", null);
        }
        if (p.isEmpty()) throw new IllegalArgumentException("no print look for " + where);
        return p;
    }

    private static void stroke(Map<String, String> p, String colour, String width, String dashes) {
        p.put("stroke", colour);
        if (width != null) p.put("stroke-width", width);
        if (dashes != null) p.put("stroke-dasharray", dashes);
    }

    private static String need(String colour, String where) {
        if (colour == null) throw new IllegalArgumentException("no domain or phase colour on " + where);
        return colour;
    }

    private static String printColour(String name) {
        String colour = PRINT_COLOURS.get(name);
        if (colour == null) throw new IllegalArgumentException("no print colour --fig-" + name);
        return colour;
    }

    // ------------------------------------------------------------------------ shared parts

    private static String figure(String kind, String id, String title, String desc, String caption, double w, double h,
            Svg body) {
        StringBuilder b = new StringBuilder(body.b.length() + 512);
        b.append("<figure class=\"figuur figuur-").append(kind).append("\">\n");
        b.append("<svg class=\"fig-svg\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h))
                .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-titel\" aria-describedby=\"")
                .append(esc(id)).append("-beschrijving\" font-size=\"").append(n(FONT)).append("\">\n");
        b.append("<title id=\"").append(esc(id)).append("-titel\">").append(esc(title)).append("</title>\n");
        b.append("<desc id=\"").append(esc(id)).append("-beschrijving\">").append(esc(desc)).append("</desc>\n");
        // A shape for the background as well as the CSS one: SVG fills survive printing and
        // copying the drawing elsewhere, CSS backgrounds do not.
        b.append("<rect class=\"fig-achtergrond\" x=\"0\" y=\"0\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\"/>\n");
        b.append(body.b);
        b.append("</svg>\n");
        b.append("<figcaption>").append(esc(caption)).append("</figcaption>\n");
        b.append("</figure>\n");
        return b.toString();
    }

    /** "a, b en c": the language's own word before the last item. */
    static String list(List<String> items, Texts t) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t.get("figuur.lijst.en") + " "
                + items.get(items.size() - 1);
    }

    private static <T> List<T> nonNull(List<T> list) {
        if (list == null) return List.of();
        List<T> out = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) out.add(item);
        }
        return out;
    }

    /** Text for XML content and attribute values alike. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters are not allowed in HTML or XML text; they carry no meaning here.
                    if (c >= 0x20 || c == '\n' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A coordinate: at most one decimal, no locale, no "-0", so output is byte-stable. */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        long abs = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }

    // ----------------------------------------------------------------------- text measure

    /**
     * Advance widths in hundredths of an em of the printable ASCII characters (space to tilde)
     * in DejaVu Sans and DejaVu Sans Bold. Those are about the widest sans-serif fonts a reader
     * is likely to see (the Linux default; Verdana-like), so a layout that fits them fits the
     * narrower Segoe UI, San Francisco, Roboto or Arial as well. The figures cannot measure the
     * reader's font, and must not depend on the fonts of the machine that builds the site.
     */
    private static final int[] REGULAR = widths("32,40,46,84,64,95,78,28,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,"
            + "64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,78,75,30,30,66,56,86,75,79,60,79,70,64,61,73,68,99,69,61,69,"
            + "39,34,39,84,50,50,61,64,55,64,62,35,64,63,28,28,58,28,97,63,61,64,64,41,52,39,63,59,82,59,59,53,64,34,64,84");
    private static final int[] BOLD = widths("35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,"
            + "70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,78,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,"
            + "46,37,46,84,50,50,68,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84");

    private static int[] widths(String list) {
        String[] parts = list.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Integer.parseInt(parts[i]);
        return out;
    }

    /** An estimate of a text's width in user units at this font size. */
    static double width(String text, double size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        double hundredths = 0;
        for (int i = 0; i < text.length(); i++) {
            hundredths += advance(text.charAt(i), table);
        }
        return hundredths / 100 * size;
    }

    private static int advance(char c, int[] table) {
        if (c >= 32 && c < 127) return table[c - 32];
        if (c == '\u00a0') return table[0];
        if (c == '…') return 100;
        if (c == '–' || c == '—') return c == '–' ? 50 : 100;
        // Accented letters are as wide as their base letter: é as e, Ö as O.
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char b = base.isEmpty() ? c : base.charAt(0);
        if (b >= 32 && b < 127) return table[b - 32];
        return table['W' - 32];
    }

    /**
     * The largest font size, from {@code preferred} down to 12, at which every one of the texts
     * wraps into at most {@code maxLines} lines without cutting a word: one size for a whole
     * set (the column heads, say) keeps them looking alike.
     */
    static double fitSize(List<String> texts, double max, double preferred, boolean bold, int maxLines) {
        for (double size = preferred; size > 12; size -= 0.5) {
            boolean fits = true;
            for (String text : texts) {
                fits &= fits(text, max, size, bold, maxLines);
            }
            if (fits) return size;
        }
        return 12;
    }

    private static boolean fits(String text, double max, double size, boolean bold, int maxLines) {
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (width(word, size, bold) > max) return false;
        }
        return wrap(text, max, size, bold, Integer.MAX_VALUE).size() <= maxLines;
    }

    /**
     * Words over lines of at most {@code max} wide; at most {@code maxLines} lines, the last
     * ending in an ellipsis when text was left out (the full text is always in the figure's
     * description). A word too long for a line is cut with a hyphen.
     */
    static List<String> wrap(String text, double max, double size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= max) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) lines.add(line);
            line = word;
            while (width(line, size, bold) > max && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut) + "-", size, bold) > max) cut--;
                lines.add(line.substring(0, cut) + "-");
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) lines.add(line);
        if (lines.size() <= maxLines) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(last + "…", size, bold) > max) last = last.substring(0, last.length() - 1);
        kept.set(maxLines - 1, last.stripTrailing() + "…");
        return kept;
    }

    // ------------------------------------------------------------------------- svg writer

    /** Appends SVG elements; all coordinates through {@link #n}, all text through {@link #esc}. */
    private static final class Svg {
        final StringBuilder b = new StringBuilder(4096);

        void rect(double x, double y, double w, double h, double rx, String cls) {
            b.append("<rect class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append('"');
            if (rx > 0) b.append(" rx=\"").append(n(rx)).append('"');
            b.append("/>\n");
        }

        void circle(double cx, double cy, double r, String cls) {
            b.append("<circle class=\"").append(cls).append("\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                    .append("\" r=\"").append(n(r)).append("\"/>\n");
        }

        void line(double x1, double y1, double x2, double y2, String cls) {
            b.append("<line class=\"").append(cls).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                    .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>\n");
        }

        void polyline(String cls, double... xy) {
            b.append("<polyline class=\"").append(cls).append("\" points=\"").append(points(xy)).append("\"/>\n");
        }

        void polygon(String cls, double... xy) {
            b.append("<polygon class=\"").append(cls).append("\" points=\"").append(points(xy)).append("\"/>\n");
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
            b.append('>').append(esc(text)).append("</text>\n");
        }
    }

    /**
     * Lays legend entries out left to right, starting a new line when an entry would not fit,
     * so a longer translation never runs off the figure.
     */
    private static final class Flow {
        interface Mark {
            void draw(double x, double y);
        }

        private final Svg s;
        private final double left;
        private final double right;
        private final double lineHeight;
        private double x;
        private double y;

        Flow(Svg s, double left, double right, double y, double lineHeight) {
            this.s = s;
            this.left = left;
            this.right = right;
            this.lineHeight = lineHeight;
            this.x = left;
            this.y = y;
        }

        /** A word without a mark, such as the legend's heading. */
        void word(String text, boolean bold) {
            double tw = width(text, SMALL, bold);
            fit(tw);
            s.text(x, y + 5, "start", bold ? "fig-tekst fig-vet" : "fig-tekst", SMALL, List.of(text), LINE);
            x += tw + 12;
        }

        /** A mark {@code markWidth} wide (drawn with its vertical centre at y), then its text. */
        void item(String text, double markWidth, Mark mark) {
            double tw = width(text, SMALL, false);
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
}
