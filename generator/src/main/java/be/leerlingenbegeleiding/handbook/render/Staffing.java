package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.HoursUnit;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.School;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of people in a role and their hours, in words: one line per line of
 * {@code bezetting} ("Campus Noord: 2 personen, elk 12 lestijden (BPT)"), a role's total, and
 * a cel's total over its fixed core. Hours of different units are never added together.
 */
final class Staffing {
    private final Handbook h;
    private final Labels l;

    Staffing(Handbook h, Labels l) {
        this.h = h;
        this.l = l;
    }

    /** One line of a role's staffing, ready to show: campus (or null), what, where from. */
    public record Line(String campus, String text, String origin, String note) {
    }

    List<Line> lines(Role r) {
        List<Line> out = new ArrayList<>();
        if (r == null || r.staffing() == null) return out;
        for (Role.Staffing s : r.staffing()) {
            out.add(new Line(campusName(s.campus() == null ? null : s.campus().id()), line(s), s.origin(), s.note()));
        }
        return out;
    }

    /** "4 personen, samen 40 lestijden": only for a role with more than one line. */
    String total(Role r) {
        if (r == null || r.staffing() == null || r.staffing().size() < 2) return "";
        return sum(r.staffing());
    }

    /**
     * What the fixed core of a cel adds up to: the lines of each core role that count for the
     * cel's campus. "" unless every core role has numbers for that campus: a total that leaves
     * out the director would tell a reader the core is smaller than it is.
     */
    String core(GuidanceTeam.Effective cel) {
        List<Role.Staffing> lines = new ArrayList<>();
        for (GuidanceTeam.Member m : cel.team().core()) {
            if (m.role() == null) continue;
            Role r = h.role(m.role().id()).orElse(null);
            List<Role.Staffing> own = r == null || r.staffing() == null ? List.of()
                    : r.staffing().stream().filter(s -> s.countsFor(cel.campusId())).toList();
            if (own.isEmpty()) return "";
            lines.addAll(own);
        }
        return lines.isEmpty() ? "" : sum(lines);
    }

    /** The staffing lines of a role that count for a cel on {@code campusId}, in words. */
    String forCel(Object roleRef, String campusId) {
        Role r = roleRef == null ? null : h.role(roleRef.toString()).orElse(null);
        if (r == null || r.staffing() == null) return "";
        List<Role.Staffing> lines = r.staffing().stream().filter(s -> s.countsFor(campusId)).toList();
        if (lines.isEmpty()) return "";
        return lines.size() == 1 ? line(lines.get(0)) : sum(lines);
    }

    String campusName(String id) {
        if (id == null || h.school() == null) return null;
        School.Campus c = h.school().campus(id);
        return c == null ? id : c.name();
    }

    private String line(Role.Staffing s) {
        String people = l.count("bezetting.personen", s.headcount());
        if (s.hoursEach() == null) return people;
        String hours = l.count(Prose.hoursKey(s.unitOrDefault()), s.hoursEach());
        return l.get(s.headcount() == 1 ? "bezetting.een" : "bezetting.elk", people, hours);
    }

    private String sum(List<Role.Staffing> lines) {
        int people = 0;
        Map<HoursUnit, Double> hours = new LinkedHashMap<>();
        for (Role.Staffing s : lines) {
            people += s.headcount();
            if (s.hoursEach() != null) hours.merge(s.unitOrDefault(), s.hours(), Double::sum);
        }
        String p = l.count("bezetting.personen", people);
        if (hours.isEmpty()) return p;
        List<String> parts = new ArrayList<>();
        hours.forEach((u, a) -> parts.add(l.count(Prose.hoursKey(u), a)));
        return l.get("bezetting.samen", p, String.join(" " + l.get("wegwijs.en") + " ", parts));
    }
}
