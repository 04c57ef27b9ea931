package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The crisis protocols as a team in a crisis needs them: each protocol has its own id (its page),
 * steps to take, and every step says who takes it. Whether a named role exists is checked with
 * every other role reference.
 */
final class CrisisSteps {
    private CrisisSteps() {
    }

    static void check(Handbook h, List<Diagnostic> out) {
        if (h.crisis() == null || h.crisis().protocols() == null) return;
        List<String> roles = h.roles().stream().map(Role::id).filter(Objects::nonNull).sorted().toList();
        Msg known = roles.isEmpty() ? Msg.of("roles.none") : Msg.of("roles.known", roles);
        Map<String, Position> ids = new HashMap<>();
        for (CrisisProtocols.Protocol p : h.crisis().protocols()) {
            if (p.id() != null) {
                Position at = p.source().valueAt("id");
                Position first = ids.putIfAbsent(p.id(), at);
                if (first != null) out.add(Diagnostic.error(Problem.DUPLICATE_ID, at, p.id(), first.line()));
            }
            String name = p.id() == null ? String.valueOf(p.title()) : p.id();
            if (p.steps() == null || p.steps().isEmpty()) {
                Position at = p.source().has("stappen") ? p.source().keyAt("stappen") : p.source().valueAt("id");
                out.add(Diagnostic.error(Problem.CRISIS_WITHOUT_STEPS, at, name));
                continue;
            }
            for (int i = 0; i < p.steps().size(); i++) {
                CrisisProtocols.Step s = p.steps().get(i);
                if (s.who() != null && s.who().stream().anyMatch(r -> !r.id().isBlank())) continue;
                Position at = s.source().has("wie") ? s.source().keyAt("wie") : s.source().position();
                out.add(Diagnostic.error(Problem.CRISIS_STEP_WITHOUT_ACTOR, at, name, i + 1, known));
            }
        }
    }
}
