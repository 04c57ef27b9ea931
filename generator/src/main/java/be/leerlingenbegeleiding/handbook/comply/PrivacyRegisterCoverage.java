package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Contact;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.PrivacyRegister;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R17: the register of the pupil file covers the cel's restricted folder. Whoever may read the
 * cel's recorded agreements ({@code cel.yaml}, {@code procedures.inzage.wie}) is, in the
 * register, exactly whoever may read its category marked {@code cel: true}: two lists that
 * drift apart leave a director unable to say who sees the sensitive part of the file.
 *
 * <p>It also warns when the data protection officer's mailbox carries the name of the person
 * in {@code functionaris.naam}: it stops working when someone else takes the task over. A
 * private provider's address is R12's (it reads every published text, this one too).
 */
final class PrivacyRegisterCoverage implements CodeCheck {

    /**
     * Who may read the recorded agreements of one cel, and where that is written.
     *
     * @param cel the cel's name as the school writes it
     * @param readers the role ids of {@code procedures.inzage.wie}
     * @param at where the list is written, for a finding about it
     */
    record CelAccess(String cel, List<String> readers, Position at) {
    }

    @Override
    public String name() {
        return "privacyregister-cel";
    }

    /**
     * The inzage role lists of the handbook's cels, one per cel that has one. The one place that
     * knows where cel.yaml keeps them: when a handbook can hold several cels, only this changes.
     */
    static List<CelAccess> celAccess(Handbook h) {
        List<CelAccess> out = new ArrayList<>();
        GuidanceTeam team = h.guidanceTeam();
        if (team == null || team.procedures() == null || team.procedures().access() == null) return out;
        GuidanceTeam.Access a = team.procedures().access();
        if (a.who().isEmpty()) return out;
        out.add(new CelAccess(team.name(), a.who().stream().map(RoleRef::id).toList(), a.source().valueAt("wie")));
        return out;
    }

    @Override
    public void check(Handbook h, Findings out) {
        PrivacyRegister register = h.privacy();
        if (register == null) return;
        officerMailbox(register.officer(), out);
        List<PrivacyRegister.Category> celCategories = register.categories().stream().filter(PrivacyRegister.Category::isCel).toList();
        for (CelAccess cel : celAccess(h)) {
            Set<String> wanted = new LinkedHashSet<>(cel.readers());
            if (celCategories.isEmpty()) {
                out.add(register.source().keyAt("categorieen"), "cel", "check.privacyCel.none", "check.privacyCel.none.tip",
                        cel.cel(), names(h, wanted));
                continue;
            }
            // With several cels, any category of the cel's may match; the closest is named otherwise.
            if (celCategories.stream().anyMatch(c -> ids(c).equals(wanted))) continue;
            PrivacyRegister.Category c = celCategories.get(0);
            Set<String> listed = ids(c);
            Set<String> onlyRegister = new LinkedHashSet<>(listed);
            onlyRegister.removeAll(wanted);
            Set<String> onlyCel = new LinkedHashSet<>(wanted);
            onlyCel.removeAll(listed);
            Position at = c.source().valueAt("inzage");
            if (!onlyRegister.isEmpty()) {
                out.add(at, "register " + String.join(",", onlyRegister), "check.privacyCel.onlyRegister",
                        "check.privacyCel.tip", names(h, onlyRegister), cel.cel(), c.name(), c.id());
            }
            if (!onlyCel.isEmpty()) {
                out.add(at, "cel " + String.join(",", onlyCel), "check.privacyCel.onlyCel",
                        "check.privacyCel.tip", names(h, onlyCel), cel.cel(), c.name(), c.id());
            }
        }
    }

    /** A mailbox named after the officer's own name ("an.peeters@…") where a function mailbox belongs. */
    private static void officerMailbox(Contact officer, Findings out) {
        if (officer == null || officer.email() == null || officer.name() == null) return;
        String local = plain(officer.email().substring(0, Math.max(0, officer.email().indexOf('@'))));
        String[] words = officer.name().strip().split("\\s+");
        // Only a name of a person: two or more words, each capitalised ("Els Wouters", not "de DPO van de scholengroep").
        if (words.length < 2) return;
        for (String w : words) if (!Character.isUpperCase(w.codePointAt(0))) return;
        for (String w : words) {
            String part = plain(w);
            if (part.length() >= 3 && local.contains(part)) {
                out.add(officer.source().valueAt("email"), officer.email(), "check.privacyOfficerPersonal",
                        "check.privacyOfficerPersonal.tip", officer.email(), officer.name());
                return;
            }
        }
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    private static Set<String> ids(PrivacyRegister.Category c) {
        Set<String> s = new LinkedHashSet<>();
        for (RoleRef r : c.readers()) s.add(r.id());
        return s;
    }

    /** The roles by the names people know them by ("Graadcoördinator"), not by their ids. */
    private static List<String> names(Handbook h, Set<String> ids) {
        return ids.stream().map(h::roleName).toList();
    }
}
