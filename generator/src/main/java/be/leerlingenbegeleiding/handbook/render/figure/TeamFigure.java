package be.leerlingenbegeleiding.handbook.render.figure;

import static be.leerlingenbegeleiding.handbook.render.figure.Svg.FONT;
import static be.leerlingenbegeleiding.handbook.render.figure.Svg.LINE;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.fitSize;
import static be.leerlingenbegeleiding.handbook.render.figure.TextMetrics.wrap;

import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guidance team as two rings round its name: the fixed core on the inner ring, the members
 * who join when needed on the dashed outer ring. Names stand in two columns beside the rings,
 * each joined to its dot by a line, so that no number of members or length of name makes labels
 * collide.
 */
final class TeamFigure {
    private static final double W = Figures.TEAM_WIDTH;
    private static final double CX = W / 2;
    private static final double CORE_RING = 94;
    private static final double CORE_ZONE = 114;
    private static final double JOIN_RING = 144;
    private static final double LABEL_GAP = 18;
    private static final double GAP = 8;
    private static final double TOP = 14;

    private final Texts t;
    private final Svg s;
    private final List<String> core;
    private final List<String> joining;
    private final double outer;
    private final double elbow;
    private final List<Member> members = new ArrayList<>();
    private final List<Member> leftColumn = new ArrayList<>();
    private final List<Member> rightColumn = new ArrayList<>();

    private TeamFigure(Texts t, Medium medium, List<String> core, List<String> joining) {
        this.t = t;
        this.s = new Svg(medium);
        this.core = core;
        this.joining = joining;
        this.outer = joining.isEmpty() ? CORE_ZONE : 172;
        this.elbow = outer + 8;
    }

    /** The figure, or "" when the handbook has no team or the team no members. */
    static String draw(Handbook h, GuidanceTeam team, String id, Texts t, Medium medium) {
        if (team == null) return "";
        List<String> core = roleNames(h, team.core());
        List<String> joining = roleNames(h, team.joining());
        if (core.isEmpty() && joining.isEmpty()) return "";
        return new TeamFigure(t, medium, core, joining).draw(team.name(), id);
    }

    private String draw(String teamName, String id) {
        spread();
        double area = Math.max(2 * elbow + 2 * GAP, Math.max(stacked(leftColumn), stacked(rightColumn)));
        double cy = TOP + area / 2;
        for (Member m : members) m.placeDot(cy, m.core ? CORE_RING : JOIN_RING, elbow);
        place(leftColumn, TOP, TOP + area);
        place(rightColumn, TOP, TOP + area);
        rings(teamName, cy);
        members();
        double height = legend(TOP + area + 26) + 12;

        StringBuilder desc = new StringBuilder(capitalised(t.get("figuur.cel.beschrijving", teamName)));
        if (!core.isEmpty()) desc.append(' ').append(t.get("figuur.cel.beschrijving.kern", t.list(core)));
        if (!joining.isEmpty()) desc.append(' ').append(t.get("figuur.cel.beschrijving.aansluitend", t.list(joining)));
        return s.figure("cel", id, t.get("figuur.cel.titel", teamName), desc.toString(),
                t.get("figuur.cel.onderschrift"), W, height);
    }

    /**
     * Every member gets an angle of its own, evenly spread and off the vertical, so no dot sits
     * straight above or below the centre, where it would belong to neither column: half a step
     * for an even number of members, a quarter step for an odd one. Core and joining members
     * take turns in proportion, so a core member's line outwards never runs past a joining
     * member's dot. Each then goes to the column on its side.
     */
    private void spread() {
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
        double labelW = CX - outer - LABEL_GAP - 8;
        for (Member m : members) {
            m.lines = wrap(m.name, labelW, FONT, m.core, 4);
            m.height = m.lines.size() * LINE + 2;
            double cos = Math.cos(Math.toRadians(m.angle));
            boolean right = cos > 1e-9 || (cos >= -1e-9 && rightColumn.size() <= leftColumn.size());
            (right ? rightColumn : leftColumn).add(m);
        }
    }

    /** The zones and the team's name in the middle. */
    private void rings(String teamName, double cy) {
        if (!joining.isEmpty()) s.circle(CX, cy, outer, "fig-zone-aansluitend");
        s.circle(CX, cy, CORE_ZONE, "fig-zone-kern");
        double nameW = 2 * (CORE_RING - 14);
        double nameSize = fitSize(List.of(teamName), nameW, FONT + 1, true, 3);
        List<String> name = wrap(teamName, nameW, nameSize, true, 3);
        double nameLine = nameSize + 3;
        s.text(CX, cy - (name.size() - 1) * nameLine / 2 + nameSize * 0.35, "middle", "fig-tekst fig-vet fig-naam",
                nameSize, name, nameLine);
    }

    /** Lines first, then dots over them, then the labels. */
    private void members() {
        for (Member m : members) {
            boolean right = rightColumn.contains(m);
            double edge = right ? CX + outer + LABEL_GAP - 5 : CX - outer - LABEL_GAP + 5;
            s.polyline("fig-verbinding", m.dotX, m.dotY, m.elbowX, m.elbowY, edge, m.labelY);
        }
        for (Member m : members) {
            s.circle(m.dotX, m.dotY, 7, "fig-punt " + (m.core ? "fig-kern" : "fig-aansluitend"));
        }
        for (Member m : members) {
            boolean right = rightColumn.contains(m);
            double x = right ? CX + outer + LABEL_GAP : CX - outer - LABEL_GAP;
            double first = m.labelY - (m.lines.size() - 1) * LINE / 2 + 5;
            s.text(x, first, right ? "start" : "end",
                    "fig-tekst fig-label" + (m.core ? " fig-vet" : ""), FONT, m.lines, LINE);
        }
    }

    private double legend(double y) {
        Legend legend = new Legend(s, 12, W - 12, y, 26);
        if (!core.isEmpty()) {
            legend.item(t.get("figuur.cel.kern"), 20, (x, my) -> s.circle(x + 7, my, 7, "fig-punt fig-kern"));
        }
        if (!joining.isEmpty()) {
            legend.item(t.get("figuur.cel.aansluitend"), 20, (x, my) -> s.circle(x + 7, my, 7, "fig-punt fig-aansluitend"));
        }
        return legend.bottom();
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

        void placeDot(double cy, double ring, double elbow) {
            double a = Math.toRadians(angle);
            dotX = CX + ring * Math.cos(a);
            dotY = cy + ring * Math.sin(a);
            elbowX = CX + elbow * Math.cos(a);
            elbowY = cy + elbow * Math.sin(a);
        }
    }

    private static double stacked(List<Member> column) {
        double sum = 0;
        for (Member m : column) sum += m.height + GAP;
        return sum + GAP;
    }

    /**
     * Places a column's labels as near their dots' heights as they can go without touching:
     * sorted by height, pushed down where they would overlap, then back up from the bottom.
     */
    private static void place(List<Member> column, double top, double bottom) {
        column.sort((a, b) -> Double.compare(a.elbowY, b.elbowY));
        double previousBottom = top;
        for (Member m : column) {
            m.labelY = Math.max(m.elbowY, previousBottom + GAP + m.height / 2);
            previousBottom = m.labelY + m.height / 2;
        }
        double nextTop = bottom;
        for (int i = column.size() - 1; i >= 0; i--) {
            Member m = column.get(i);
            m.labelY = Math.min(m.labelY, nextTop - GAP - m.height / 2);
            nextTop = m.labelY - m.height / 2;
        }
    }

    private static List<String> roleNames(Handbook h, List<GuidanceTeam.Member> members) {
        List<String> names = new ArrayList<>();
        for (GuidanceTeam.Member m : Figures.nonNull(members)) {
            if (m != null && m.role() != null && m.role().id() != null) names.add(h.roleName(m.role().id()));
        }
        return names;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
