package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Principle;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleKind;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Task;
import be.leerlingenbegeleiding.handbook.model.TaskCluster;
import be.leerlingenbegeleiding.handbook.model.Vision;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * R6: the guidance policy has the decree's three parts (art. 123/22): guiding the pupils,
 * supporting what the teaching staff do, and coordinating all guidance at school level. The
 * counsellor's three task clusters are not these parts; a task counts for the part its cluster
 * serves, and only when a role of the school itself owns it, since the policy must say how the
 * school does it, not what the CLB does.
 *
 * <p>Each part needs both:
 * <ul>
 *   <li>who: a task in {@code rollen.yaml} with the part's cluster ({@code leerlingen},
 *   {@code schoolteam}, {@code beleid}) owned by a role with {@code soort: intern};</li>
 *   <li>how, in the part's own place: guiding pupils, a phase in {@code zorgcontinuum.yaml}
 *   whose {@code wie} names a role of the school; supporting the staff, {@code cel.yaml}
 *   {@code procedures.casusbespreking} or the realisation of the principle
 *   {@code participatief} in {@code visie.yaml}; coordinating, {@code cel.yaml}
 *   {@code omschrijving} or {@code mandaat}.</li>
 * </ul>
 */
final class PolicyParts implements CodeCheck {

    /** One part of the policy, the cluster whose tasks back it, and its Dutch name in the messages. */
    enum Part {
        LEERLINGEN(TaskCluster.LEERLINGEN, "policyPart.leerlingen"),
        SCHOOLTEAM(TaskCluster.SCHOOLTEAM, "policyPart.schoolteam"),
        COORDINATIE(TaskCluster.BELEID, "policyPart.coordinatie");

        final TaskCluster cluster;
        final String label;

        Part(TaskCluster cluster, String label) {
            this.cluster = cluster;
            this.label = label;
        }
    }

    @Override
    public String name() {
        return "beleidsonderdelen";
    }

    @Override
    public void check(Handbook h, Findings out) {
        for (Part p : Part.values()) {
            who(h, p, out);
            how(h, p, out);
        }
    }

    private static void who(Handbook h, Part p, Findings out) {
        Set<String> outside = new TreeSet<>();
        for (Role r : h.roles()) {
            for (Task t : r.tasks()) {
                if (t.cluster() != p.cluster) continue;
                Role owner = h.role(r.ownerOf(t)).orElse(null);
                if (owner != null && owner.kind() == RoleKind.INTERN) return;
                outside.add(owner == null ? r.ownerOf(t) : owner.id());
            }
        }
        Position at = h.roles().isEmpty() ? Position.ofFile(h.folder().resolve("rollen.yaml")) : h.roles().get(0).source().position();
        String code = p.cluster.code();
        if (outside.isEmpty()) {
            out.add(at, p.name().toLowerCase(Locale.ROOT), "check.policyPart.noTask", "check.policyPart.noTask.tip",
                    Msg.of(p.label), code);
        } else {
            out.add(at, p.name().toLowerCase(Locale.ROOT), "check.policyPart.onlyOutside", "check.policyPart.noTask.tip",
                    Msg.of(p.label), code, String.join(", ", outside));
        }
    }

    private static void how(Handbook h, Part p, Findings out) {
        switch (p) {
            case LEERLINGEN -> {
                CareContinuum c = h.careContinuum();
                if (c != null && c.phases().values().stream().anyMatch(s -> s != null && s.who().stream().anyMatch(r -> internal(h, r)))) return;
                Position at = c == null ? Position.ofFile(h.folder().resolve("zorgcontinuum.yaml")) : c.source().valueAt("fasen");
                missing(at, p, "zorgcontinuum.yaml", "fasen.<fase>.wie", out);
            }
            case SCHOOLTEAM -> {
                GuidanceTeam team = h.guidanceTeam();
                if (team != null && team.procedures() != null && written(team.procedures().caseDiscussion())) return;
                Vision v = h.vision();
                Vision.PrincipleSection s = v == null ? null : v.principles().get(Principle.PARTICIPATIEF);
                if (s != null && written(s.realisation())) return;
                Position at = team == null ? Position.ofFile(h.folder().resolve("cel.yaml")) : team.source().position();
                missing(at, p, "cel.yaml", "procedures.casusbespreking", out);
            }
            case COORDINATIE -> {
                GuidanceTeam team = h.guidanceTeam();
                if (team != null && (written(team.description()) || written(team.mandate()))) return;
                Position at = team == null ? Position.ofFile(h.folder().resolve("cel.yaml")) : team.source().position();
                missing(at, p, "cel.yaml", "omschrijving", out);
            }
            default -> throw new IllegalStateException(p.name());
        }
    }

    private static void missing(Position at, Part p, String file, String key, Findings out) {
        out.add(at, file + " " + key, "check.policyPart.noText", "check.policyPart.noText." + p.name().toLowerCase(Locale.ROOT),
                Msg.of(p.label), file, key);
    }

    private static boolean internal(Handbook h, RoleRef r) {
        return r != null && h.role(r.id()).map(x -> x.kind() == RoleKind.INTERN).orElse(false);
    }

    private static boolean written(Markdown m) {
        return m != null && m.text() != null && !m.text().isBlank();
    }
}
