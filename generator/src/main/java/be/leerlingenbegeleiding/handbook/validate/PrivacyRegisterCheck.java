package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.PrivacyRegister;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of the pupil file ({@code privacy.yaml}) as the page needs it: each category
 * once, with a retention that says how long, and a transfer "in part" that says which part.
 * Role references are checked with all others (HB006); R17 compares the register with the cel.
 */
final class PrivacyRegisterCheck {
    private PrivacyRegisterCheck() {
    }

    static void check(PrivacyRegister register, List<Diagnostic> out) {
        if (register == null) return;
        Map<String, Position> ids = new HashMap<>();
        for (PrivacyRegister.Category c : register.categories()) {
            if (c.id() != null && !c.id().isBlank()) {
                Position at = c.source().valueAt("id");
                Position first = ids.putIfAbsent(c.id(), at);
                if (first != null) out.add(Diagnostic.error(Problem.DUPLICATE_ID, at, c.id(), first.line()));
            }
            readersOnce(c, out);
            PrivacyRegister.Retention r = c.retention();
            if (r != null && blank(r.text()) && r.years() == null) {
                out.add(Diagnostic.error(Problem.RETENTION_EMPTY, c.source().keyAt("bewaartermijn"), name(c)));
            }
            if (r != null && r.years() != null && (r.years() < 1 || r.years() > 100)) {
                out.add(Diagnostic.error(Problem.OUT_OF_RANGE, r.source().valueAt("jaren"), r.years(), "jaren", 1, 100));
            }
            PrivacyRegister.Transfer t = c.transfer();
            if (t != null && t.passes() == PrivacyRegister.Passes.DEELS && (t.note() == null || blank(t.note().text()))) {
                out.add(Diagnostic.error(Problem.TRANSFER_UNSAID, t.source().valueAt("gaat_mee"), name(c)));
            }
        }
    }

    /** A role named twice among a category's readers is a slip, reported like a doubled member of the cel. */
    private static void readersOnce(PrivacyRegister.Category c, List<Diagnostic> out) {
        Map<String, Position> seen = new HashMap<>();
        for (RoleRef r : c.readers()) {
            Position first = seen.putIfAbsent(r.id(), r.position());
            if (first != null) out.add(Diagnostic.error(Problem.DUPLICATE_READER, r.position(), r.id(), first.line()));
        }
    }

    private static String name(PrivacyRegister.Category c) {
        return blank(c.name()) ? String.valueOf(c.id()) : c.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
