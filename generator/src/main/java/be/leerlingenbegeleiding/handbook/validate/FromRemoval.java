package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.load.Removed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References in a template's files to something a school took away (a role with
 * {@code !verwijderd}, or left out of a list it wrote itself): reported once, at the school's
 * line that took it away, with each place in the template as a note. The template checks clean
 * on its own, so the school's line is the cause, and the only line the school can change there.
 */
final class FromRemoval {
    private final List<Removed> removed;
    private final Set<Path> unread;
    private final Map<Removed, List<Position>> places = new LinkedHashMap<>();

    FromRemoval(List<Removed> removed, Set<Path> unread) {
        this.removed = removed;
        this.unread = unread;
    }

    /**
     * Takes a reference in a template's file to {@code id} of the list {@code list} of
     * {@code file}, when a layer removed it; false when nothing explains it.
     */
    boolean take(String file, String list, String id, Position at) {
        Removed r = find(file, list, id);
        // A template file the school's unreadable namesake would have replaced says nothing.
        if (r != null && !unread.contains(at.file().toAbsolutePath().normalize())) {
            places.computeIfAbsent(r, k -> new ArrayList<>()).add(at);
        }
        return r != null;
    }

    /**
     * For a reference the school wrote itself to something it took away: a note that names
     * the line that took it away, since the usual tip (add it to the list) would undo that.
     */
    List<Msg> notes(String file, String list, String id) {
        Removed r = find(file, list, id);
        return r == null ? List.of() : List.of(Msg.of(r.replaced() ? "removed.own.replaced.note" : "removed.own.note", r.at(), r.list()));
    }

    private Removed find(String file, String list, String id) {
        for (Removed r : removed) {
            if (r.file().equals(file) && r.list().equals(list) && r.id().equals(id)) return r;
        }
        return null;
    }

    /** One error per removal that templates still refer to; {@code what} names the kind ("de rol"). */
    void report(Problem problem, Msg what, List<Diagnostic> out) {
        places.forEach((r, at) -> {
            List<Msg> notes = new ArrayList<>();
            for (Position p : at.stream().sorted().toList()) notes.add(Msg.of("removed.note", p, r.id()));
            Msg message = r.replaced()
                    ? Msg.of("removed.replaced.message", r.id(), at.size(), what, r.list())
                    : Msg.of("removed.message", r.id(), at.size(), what);
            Msg tip = Msg.of(r.replaced() ? "removed.replaced.tip" : "removed.tip", r.id(), at.size(), what, r.list());
            out.add(new Diagnostic(Severity.FOUT, problem.code(), r.at(), message, tip, notes));
        });
        places.clear();
    }
}
