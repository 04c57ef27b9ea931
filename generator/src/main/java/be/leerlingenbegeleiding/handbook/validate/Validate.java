package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Renamed;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.model.CampusRef;
import be.leerlingenbegeleiding.handbook.model.ChannelKind;
import be.leerlingenbegeleiding.handbook.model.School;
import be.leerlingenbegeleiding.handbook.model.Share;
import be.leerlingenbegeleiding.handbook.model.ContactPoints;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Model;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Phone;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.Task;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.StaffMember;

/**
 * Stage 4, validate: the checks that need more than one value — unique ids, references between
 * files, owners of tasks, sums. The legal and quality rules (R1–R17) are a later stage of their
 * own; this one guarantees a model the renderers can trust.
 */
public final class Validate {

    private Validate() {
    }

    public static List<Diagnostic> handbook(Bind.Bound bound) {
        Handbook h = bound.handbook();
        List<Diagnostic> out = new ArrayList<>();
        uniqueIds(h, out);
        renamesOnlyInTemplate(h, out);
        FromRemoval removed = new FromRemoval(bound.removed(), bound.unread());
        if (bound.rolesReadable()) knownRoles(h, removed, out);
        knownCampuses(h, removed, out);
        owners(h, out);
        timeSplits(h, out);
        staffFunctions(h, out);
        if (h.guidanceTeam() != null) {
            for (GuidanceTeam.Effective c : h.guidanceTeam().effectiveCels()) teamMembers(c.team(), c.cel(), out);
            teamMembers(h.guidanceTeam().policyTeam(), null, out);
        }
        fileIds(h, out);
        for (Markdown m : all(h, Markdown.class)) MarkdownCheck.check(m, out);
        Images.check(h.layers(), out);
        phoneChannels(h, out);
        CrisisSteps.check(h, out);
        PrivacyRegisterCheck.check(h.privacy(), out);
        Documents.check(h, out);
        be.leerlingenbegeleiding.handbook.comply.Evidence.check(h, out);
        return List.copyOf(out);
    }

    /**
     * A phone channel may be text with numbers in it; each number must be one a phone can dial.
     * Text without any number (a template's placeholder) is left alone: it simply gets no link.
     */
    private static void phoneChannels(Handbook h, List<Diagnostic> out) {
        for (ContactPoints.Channel c : all(h, ContactPoints.Channel.class)) {
            if (c.kind() != ChannelKind.TELEFOON || c.value() == null) continue;
            String wrong = Phone.firstInvalid(c.value());
            if (wrong != null) out.add(Diagnostic.error(Problem.PHONE_INVALID, c.source().valueAt("waarde"), wrong, "waarde"));
        }
    }

    private static void uniqueIds(Handbook h, List<Diagnostic> out) {
        Map<String, Position> roles = new HashMap<>();
        Map<String, Position> tasks = new HashMap<>();
        for (Role r : h.roles()) {
            once(r.id(), r.source(), roles, out);
            for (Task t : r.tasks()) once(t.id(), t.source(), tasks, out);
        }
        if (h.school() != null && h.school().campuses() != null) {
            Map<String, Position> campuses = new HashMap<>();
            for (School.Campus c : h.school().campuses()) once(c.key(), c.source(), campuses, out);
        }
        if (h.guidanceTeam() != null && h.guidanceTeam().cels() != null) {
            Map<String, Position> cels = new HashMap<>();
            for (GuidanceTeam.Cel c : h.guidanceTeam().cels()) once(c.id(), c.source(), cels, out);
        }
    }

    private static void once(String id, Source source, Map<String, Position> seen, List<Diagnostic> out) {
        if (id == null) return;
        Position at = source.valueAt("id");
        Position first = seen.putIfAbsent(id, at);
        if (first != null) out.add(Diagnostic.error(Problem.DUPLICATE_ID, at, id, first.line()));
    }

    /**
     * Renamed roles are the template's own history; a school that writes them would only make
     * its own ids mean something else than the template's. The school's key is the one written
     * in its own folder (a school inherits its template's list, which is how {@code check} knows
     * the renames).
     */
    private static void renamesOnlyInTemplate(Handbook h, List<Diagnostic> out) {
        if (h.metadata() == null || h.metadata().isTemplate() || !h.metadata().source().has("hernoemde_rollen")) return;
        Position at = h.metadata().source().keyAt("hernoemde_rollen");
        if (!at.file().toAbsolutePath().normalize().startsWith(h.folder().toAbsolutePath().normalize())) return;
        out.add(new Diagnostic(be.leerlingenbegeleiding.handbook.diag.Severity.FOUT, Problem.UNKNOWN_KEY.code(), at,
                Msg.of("HB001.message", "hernoemde_rollen"), Msg.of("tip.renamesInSchool"), List.of()));
    }

    /** Every role reference anywhere in the model must name a role of rollen.yaml. */
    private static void knownRoles(Handbook h, FromRemoval removed, List<Diagnostic> out) {
        Set<String> known = new LinkedHashSet<>();
        for (Role r : h.roles()) if (r.id() != null) known.add(r.id());
        List<String> sorted = known.stream().sorted().toList();
        Msg knownList = sorted.isEmpty() ? Msg.of("roles.none") : Msg.of("roles.known", sorted);
        for (RoleRef ref : references(h)) {
            // A blank reference is an empty value, reported as missing where it is required.
            if (ref.id().isBlank() || known.contains(ref.id())) continue;
            String now = h.metadata() == null ? null : h.metadata().renamedRole(ref.id());
            if (now != null && known.contains(now)) {
                out.add(Renamed.role(Problem.UNKNOWN_ROLE, ref.position(), ref.id(), now, ref.id()));
            } else if (inTemplate(h, ref.position()) && removed.take("rollen.yaml", "rollen", ref.id(), ref.position())) {
                continue;
            } else if (inTemplate(h, ref.position())) {
                // The template itself checks clean: the school took the role away (!verwijderd).
                String file = ref.position().file().getFileName().toString();
                out.add(new Diagnostic(be.leerlingenbegeleiding.handbook.diag.Severity.FOUT, Problem.UNKNOWN_ROLE.code(),
                        ref.position(), Msg.of("HB006.message", ref.id()), Msg.of("HB006.template.tip", ref.id(), file), List.of()));
            } else {
                Diagnostic d = Diagnostic.error(Problem.UNKNOWN_ROLE, ref.position(), ref.id(),
                        Suggest.hint(ref.id(), known), knownList);
                out.add(new Diagnostic(d.severity(), d.code(), d.position(), d.message(), d.tip(),
                        removed.notes("rollen.yaml", "rollen", ref.id())));
            }
        }
        removed.report(Problem.UNKNOWN_ROLE, Msg.of("removed.role"), out);
    }

    /** Every {@code campus:} must name a campus of school.yaml, by its id or its name's slug. */
    private static void knownCampuses(Handbook h, FromRemoval removed, List<Diagnostic> out) {
        List<String> known = h.school() == null ? List.of() : h.school().campusIds();
        Msg knownList = known.isEmpty() ? Msg.of("campuses.none") : Msg.of("campuses.known", known);
        for (CampusRef ref : all(h, CampusRef.class)) {
            if (ref.id().isBlank() || known.contains(ref.id())) continue;
            if (inTemplate(h, ref.position()) && removed.take("school.yaml", "vestigingen", ref.id(), ref.position())) continue;
            Diagnostic d = Diagnostic.error(Problem.UNKNOWN_CAMPUS, ref.position(), ref.id(), Suggest.hint(ref.id(), known), knownList);
            out.add(new Diagnostic(d.severity(), d.code(), d.position(), d.message(), d.tip(),
                    removed.notes("school.yaml", "vestigingen", ref.id())));
        }
        removed.report(Problem.UNKNOWN_CAMPUS, Msg.of("removed.campus"), out);
    }

    /** Whether a position lies in a template's file rather than in the handbook's own folder. */
    private static boolean inTemplate(Handbook h, Position at) {
        if (at == null || at.file() == null || h.layers().size() < 2) return false;
        Path own = h.folder().toAbsolutePath().normalize();
        return !at.file().toAbsolutePath().normalize().startsWith(own);
    }

    private static void owners(Handbook h, List<Diagnostic> out) {
        for (Role r : h.roles()) {
            for (Task t : r.tasks()) {
                boolean written = t.source().has("eigenaar");
                if (written && (t.owner() == null || t.owner().id().isBlank())) {
                    out.add(Diagnostic.error(Problem.TASK_WITHOUT_OWNER, t.source().keyAt("eigenaar"),
                            String.valueOf(t.id()), String.valueOf(r.id())));
                }
            }
        }
    }

    private static void timeSplits(Handbook h, List<Diagnostic> out) {
        for (FunctionDescription f : h.functions()) timeSplit(f.timeSplit(), f.source(), out);
        for (StaffMember m : h.staff()) {
            if (m.yearlyAgreement() != null) timeSplit(m.yearlyAgreement().plannedTimeSplit(), m.yearlyAgreement().source(), out);
        }
    }

    /** A staff member's file names the function description that holds for them. */
    private static void staffFunctions(Handbook h, List<Diagnostic> out) {
        List<String> known = h.functions().stream().map(FunctionDescription::id).sorted().toList();
        for (StaffMember m : h.staff()) {
            if (m.function() == null || m.function().isBlank() || known.contains(m.function())) continue;
            out.add(Diagnostic.error(Problem.UNKNOWN_FUNCTION, m.source().valueAt("functie"), m.function(),
                    Suggest.hint(m.function(), known), known.isEmpty() ? Msg.of("functions.none") : Msg.of("functions.known", known)));
        }
    }

    /**
     * A split is in one unit. In percent it adds up to 100; in hours or days it may add up to
     * any week (a part-time function has fewer days), and the figure shows each share's part.
     */
    private static void timeSplit(Map<Domain, Share> split, Source source, List<Diagnostic> out) {
        if (split.isEmpty()) return;
        Map<Share.Unit, List<String>> units = new java.util.EnumMap<>(Share.Unit.class);
        split.forEach((d, s) -> units.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(d.code()));
        if (units.size() > 1) {
            List<String> parts = new ArrayList<>();
            units.forEach((u, ds) -> parts.add(u.code() + " (" + String.join(", ", ds) + ")"));
            out.add(Diagnostic.error(Problem.SHARE_MIXED_UNITS, source.keyAt("tijdsbesteding"), String.join(", ", parts)));
            return;
        }
        if (!units.containsKey(Share.Unit.PROCENT)) return;
        boolean inRange = true;
        for (Map.Entry<Domain, Share> e : split.entrySet()) {
            double v = e.getValue().amount();
            if (v > 100) {
                inRange = false;
                out.add(Diagnostic.error(Problem.OUT_OF_RANGE, source.valueAt(ValuePath.of("tijdsbesteding").entry(e.getKey().code())),
                        plain(v), e.getKey().code(), 0, 100));
            }
        }
        double sum = split.values().stream().mapToDouble(Share::amount).sum();
        if (inRange && Math.abs(sum - 100) > 1e-6) {
            out.add(Diagnostic.error(Problem.TIME_SPLIT_SUM, source.keyAt("tijdsbesteding"), plain(sum)));
        }
    }

    /** A number as an author writes it: 40, or 12,5 with the decimal comma. */
    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }

    /**
     * A role is in a cel once. For a cel of {@code cellen} that takes one list from the top of
     * cel.yaml and writes the other itself, the error stands at the cel's own line and says
     * which list the cel takes over, since the repetition is nowhere on one screen.
     */
    private static void teamMembers(GuidanceTeam team, GuidanceTeam.Cel cel, List<Diagnostic> out) {
        if (team == null) return;
        Map<String, GuidanceTeam.Member> seen = new HashMap<>();
        List<GuidanceTeam.Member> all = new ArrayList<>(list(team.core()));
        all.addAll(list(team.joining()));
        for (GuidanceTeam.Member m : all) {
            if (m.role() == null) continue;
            GuidanceTeam.Member first = seen.putIfAbsent(m.role().id(), m);
            if (first == null) continue;
            boolean firstOwn = cel != null && own(cel, team, first);
            boolean secondOwn = cel != null && own(cel, team, m);
            if (cel != null && firstOwn != secondOwn) {
                GuidanceTeam.Member ownMember = firstOwn ? first : m;
                GuidanceTeam.Member inherited = firstOwn ? m : first;
                String inheritedKey = list(team.core()).contains(inherited) ? "vaste_kern" : "aansluitend";
                out.add(new Diagnostic(Severity.FOUT, Problem.DUPLICATE_ENTRY.code(), ownMember.role().position(),
                        Msg.of("HB024.cel.message", m.role().id(), cel.name(), inheritedKey, inherited.role().position().line()),
                        Msg.of("HB024.cel.tip", inheritedKey), List.of()));
            } else {
                out.add(Diagnostic.error(Problem.DUPLICATE_ENTRY, m.role().position(), m.role().id(), first.role().position().line()));
            }
        }
    }

    /** Whether a member of a cel's team comes from the cel's own list, not the top of the file. */
    private static boolean own(GuidanceTeam.Cel cel, GuidanceTeam team, GuidanceTeam.Member m) {
        boolean inCore = list(team.core()).contains(m);
        return cel.source().has(inCore ? "vaste_kern" : "aansluitend");
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Function descriptions and pages take their id, and so their web address, from the file name. */
    private static void fileIds(Handbook h, List<Diagnostic> out) {
        List<Object> withIds = new ArrayList<>(h.functions());
        withIds.addAll(h.staff());
        withIds.addAll(h.pages());
        withIds.addAll(h.practiceExamples());
        for (Object o : withIds) {
            String id = o instanceof FunctionDescription f ? f.id() : o instanceof StaffMember m ? m.id() : ((Page) o).id();
            Path file = (o instanceof FunctionDescription f ? f.source() : o instanceof StaffMember m ? m.source() : ((Page) o).source()).position().file();
            if (!Key.Format.isId(id)) {
                out.add(Diagnostic.error(Problem.INVALID_ID, Position.ofFile(file), id, Msg.of("id.fileName")));
            }
        }
    }

    /** All role references in the model, found by walking its records. */
    static List<RoleRef> references(Object root) {
        return all(root, RoleRef.class);
    }

    /** Every value of a type in the model, found by walking its records. */
    static <T> List<T> all(Object root, Class<T> type) {
        return Model.all(root, type);
    }
}
