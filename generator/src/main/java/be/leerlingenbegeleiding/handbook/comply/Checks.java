package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Domains;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Model;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.Review;
import be.leerlingenbegeleiding.handbook.model.Reviewed;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleKind;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in checks that need code; rules name them with {@code code:}. */
final class Checks {
    private Checks() {
    }

    static List<CodeCheck> all() {
        return List.of(new PhasesPerDomain(), new TasksPerRole(), new CoreFromText(), new Reviews(), new Privacy(),
                new Accessibility(), new YearlyAgreements(),
                new PolicyParts(),
                new CrisisCoverage(),
                new PrivacyRegisterCoverage());
    }

    /** The three phases every domain must work through, each with someone who acts. */
    private static final List<Phase> PHASES = List.of(Phase.BREDE_BASISZORG, Phase.VERHOOGDE_ZORG, Phase.UITBREIDING_VAN_ZORG);

    /**
     * R3: in every domain the handbook describes, each of the three phases has someone who acts:
     * an action of that domain and phase with {@code wie}, or a task of a role for that domain
     * and phase.
     */
    static final class PhasesPerDomain implements CodeCheck {
        @Override
        public String name() {
            return "fase-per-domein";
        }

        @Override
        public void check(Handbook h, Findings out) {
            if (h.domains() == null) return;
            for (Map.Entry<Domain, Domains.DomainSection> e : h.domains().domains().entrySet()) {
                Domain d = e.getKey();
                for (Phase p : PHASES) {
                    if (actedByAction(e.getValue(), p) || actedByTask(h, d, p)) continue;
                    Position at = h.domains().source().valueAt(ValuePath.of("domeinen").entry(d.code()));
                    out.add(at, d.code() + "/" + p.code(), "check.phasePerDomain", "check.phasePerDomain.tip", d.code(), p.code());
                }
            }
        }

        private static boolean actedByAction(Domains.DomainSection s, Phase p) {
            return s != null && s.actions().getOrDefault(p, List.of()).stream()
                    .anyMatch(a -> a.who().stream().anyMatch(r -> !r.id().isBlank()));
        }

        private static boolean actedByTask(Handbook h, Domain d, Phase p) {
            return h.roles().stream().flatMap(r -> r.tasks().stream())
                    .anyMatch(t -> t.domains().contains(d) && t.phases().contains(p));
        }
    }

    /** R4: every role of the school itself has at least one task, so it is clear who does what. */
    static final class TasksPerRole implements CodeCheck {
        @Override
        public String name() {
            return "taken-per-rol";
        }

        @Override
        public void check(Handbook h, Findings out) {
            for (Role r : h.roles()) {
                if (r.kind() == RoleKind.INTERN && r.tasks().isEmpty() && owns(h, r.id()) == 0) {
                    out.add(r.source().position(), r.id(), "check.roleWithoutTasks", "check.roleWithoutTasks.tip", r.id());
                }
            }
        }

        /** Tasks of other roles that name this role as their owner. */
        private static long owns(Handbook h, String id) {
            return h.roles().stream().flatMap(r -> r.tasks().stream())
                    .filter(t -> t.owner() != null && t.owner().id().equals(id)).count();
        }
    }

    /**
     * R10: where the team's own text says who makes up its fixed core ("de vaste kern bestaat
     * uit…"), every role named there is listed under {@code vaste_kern}.
     */
    static final class CoreFromText implements CodeCheck {
        @Override
        public String name() {
            return "kern-volgens-tekst";
        }

        @Override
        public void check(Handbook h, Findings out) {
            GuidanceTeam team = h.guidanceTeam();
            if (team == null) return;
            // The file's own texts speak of all cels; a cel's description of that cel only.
            Set<String> all = ids(team.core());
            for (GuidanceTeam.Effective c : team.effectiveCels()) {
                all.addAll(ids(c.team().core()));
                if (c.cel() != null) check(h, ids(c.team().core()), java.util.Collections.singletonList(c.cel().description()), out);
            }
            if (team.policyCel() != null) {
                all.addAll(ids(team.policyCel().core()));
                check(h, ids(team.policyCel().core()), java.util.Collections.singletonList(team.policyCel().description()), out);
            }
            check(h, all, java.util.Arrays.asList(team.description(), team.mandate()), out);
        }

        private static Set<String> ids(List<GuidanceTeam.Member> members) {
            Set<String> ids = new java.util.HashSet<>();
            if (members != null) for (GuidanceTeam.Member m : members) ids.add(m.role() == null ? "" : m.role().id());
            return ids;
        }

        private static void check(Handbook h, Set<String> core, List<Markdown> texts, Findings out) {
            for (Markdown text : texts) {
                if (text == null) continue;
                Texts.Text t = new Texts.Text(text);
                for (Scan.Hit m : Scan.coreSentences(text.text())) {
                    String named = m.group(text.text(), 1).toLowerCase(Locale.ROOT);
                    for (Role r : h.roles()) {
                        if (r.id() == null || r.name() == null || core.contains(r.id())) continue;
                        int i = named.indexOf(r.name().toLowerCase(Locale.ROOT));
                        if (i >= 0) {
                            out.add(t.at(m.start(1) + i), r.name(), "check.coreFromText", "check.coreFromText.tip",
                                    r.name(), r.id());
                        }
                    }
                }
            }
        }
    }

    /**
     * R11: review and evaluation dates that have passed, with the number of days: the handbook's
     * own, the quality cycle's, the CLB agreements' and those of every file and page.
     */
    static final class Reviews implements CodeCheck {
        @Override
        public String name() {
            return "herziening";
        }

        @Override
        public void check(Handbook h, Findings out) {
            LocalDate today = out.today();
            if (h.metadata() != null) due(h.metadata().reviewDate(), h.metadata().source(), "herzieningsdatum", today, out);
            if (h.quality() != null) due(h.quality().nextEvaluation(), h.quality().source(), "volgende_evaluatie", today, out);
            if (h.clb() != null && h.clb().evaluation() != null) {
                due(h.clb().evaluation().next(), h.clb().evaluation().source(), "volgende", today, out);
            }
            if (h.learningSupport() != null && h.learningSupport().evaluation() != null) {
                due(h.learningSupport().evaluation().next(), h.learningSupport().evaluation().source(), "volgende", today, out);
            }
            // Every part that can carry a herziening, found by the model's walk: a part added to
            // the model later (as opdrachten.yaml was) cannot be forgotten here.
            List<Review> reviews = new ArrayList<>();
            for (Reviewed r : Model.all(h, Reviewed.class)) reviews.add(r.review());
            reviews.add(h.rolesReview());
            for (Review r : reviews) {
                if (r != null) due(r.next(), r.source(), "volgende", today, out);
            }
        }

        private static void due(LocalDate date, Source src, String key, LocalDate today, Findings out) {
            if (date == null || !date.isBefore(today)) return;
            long days = ChronoUnit.DAYS.between(date, today);
            out.add(src.valueAt(key), key + " " + date, "check.overdue", "check.overdue.tip", key, date, days);
        }
    }

    /**
     * R14: what the generator cannot make accessible by itself. Pictures need a text alternative,
     * link texts must say where they lead, and the accessibility statement needs a way to
     * reach the school.
     */
    static final class Accessibility implements CodeCheck {
        private static final Set<String> VAGUE = Set.of("hier", "klik hier", "klik", "link", "deze link", "lees meer",
                "meer", "meer info", "meer informatie", "click here", "here", "read more");

        @Override
        public String name() {
            return "toegankelijkheid";
        }

        @Override
        public void check(Handbook h, Findings out) {
            for (Texts.Text t : Texts.of(h)) {
                if (!t.markdown()) continue;
                // Scanners rather than patterns: see Scan for the patterns they stand for.
                String s = t.text();
                for (Scan.Hit m : Scan.images(s)) {
                    String src = m.group(s, 2);
                    if (m.group(s, 1).isBlank()) out.add(t.at(m.start()), src, "check.imageAlt", "check.imageAlt.tip", src);
                }
                for (Scan.Hit m : Scan.htmlImagesWithoutAlt(s)) {
                    String tag = s.substring(m.start(), m.end());
                    out.add(t.at(m.start()), tag, "check.imageAlt", "check.imageAlt.tip", tag);
                }
                for (Scan.Hit m : Scan.links(s)) {
                    String label = m.group(s, 1);
                    if (VAGUE.contains(label.strip().toLowerCase(Locale.ROOT))) {
                        out.add(t.at(m.start()), label, "check.vagueLink", "check.vagueLink.tip", label);
                    }
                }
            }
            if (h.school() != null && isBlank(h.school().email()) && isBlank(h.school().phone())) {
                out.add(h.school().source().position(), "school", "check.feedbackContact", "check.feedbackContact.tip");
            }
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    /**
     * Not used by the built-in rules, offered to templates: every staff member in personeel/
     * has a yearly agreement with the first evaluator for the handbook's school year (the
     * annual agreement of the ASCA model). Names only the file, never what is in it.
     */
    static final class YearlyAgreements implements CodeCheck {
        @Override
        public String name() {
            return "jaarafspraak";
        }

        @Override
        public void check(Handbook h, Findings out) {
            String year = h.metadata() == null ? null : h.metadata().schoolYear();
            for (StaffMember m : h.staff()) {
                if (m.yearlyAgreement() == null) {
                    out.add(m.source().position(), m.id(), "check.yearlyAgreement", "check.yearlyAgreement.tip", m.id());
                } else if (year != null && !year.equals(m.yearlyAgreement().schoolYear())) {
                    out.add(m.yearlyAgreement().source().valueAt("schooljaar"), m.yearlyAgreement().schoolYear(),
                            "check.yearlyAgreementYear", "check.yearlyAgreementYear.tip", m.yearlyAgreement().schoolYear(), year);
                }
            }
        }
    }
}
