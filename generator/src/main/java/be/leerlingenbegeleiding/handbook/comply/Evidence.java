package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Inspection;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Model;
import be.leerlingenbegeleiding.handbook.model.OpenPart;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence {@code doorlichting.yaml} names for each expectation of the inspection's frame,
 * read with the same paths as the compliance rules ({@link PathExpr}), so that what a director
 * names is checked against the model and a misspelt part is an error with a suggestion.
 */
public final class Evidence {
    private Evidence() {
    }

    /** How far a part of the handbook gives evidence. */
    public enum State {
        /** Written. */
        FILLED,
        /** Absent or empty: the handbook says nothing there yet. */
        EMPTY,
        /** Still the template's placeholder ({@code !invullen}). */
        OPEN
    }

    /**
     * One part named as evidence: the path as written, its state, the content file it lies in and
     * the subject with a page of its own (a role, a page, a domain), if any, for the link.
     */
    public record Part(String path, State state, ContentFile file, Object subject) {
    }

    /** One expectation with its parts, in the file's order. */
    public record Row(Inspection.Expectation expectation, List<Part> parts) {
        /** Whether no part gives evidence yet. */
        public boolean unsupported() {
            return parts.stream().noneMatch(p -> p.state() == State.FILLED);
        }
    }

    /** Every expectation of the handbook's mapping with the state of its evidence; empty without one. */
    public static List<Row> of(Handbook h) {
        List<Row> rows = new ArrayList<>();
        if (h.inspection() == null) return rows;
        for (Inspection.Expectation e : h.inspection().expectations()) {
            List<Part> parts = new ArrayList<>();
            for (String text : e.evidence()) {
                PathExpr path;
                try {
                    path = PathExpr.parse(text);
                } catch (PathExpr.Invalid invalid) {
                    continue; // reported by check()
                }
                parts.add(new Part(text.strip(), state(path.places(h)), path.file(), path.subject(h)));
            }
            rows.add(new Row(e, parts));
        }
        return rows;
    }

    /** HB064 for every evidence path that names no part of the handbook. */
    public static void check(Handbook h, List<Diagnostic> out) {
        if (h.inspection() == null) return;
        for (Inspection.Expectation e : h.inspection().expectations()) {
            for (int i = 0; i < e.evidence().size(); i++) {
                String text = e.evidence().get(i);
                Position at = e.source().valueAt(ValuePath.of("bewijs").item(i));
                Msg reason;
                try {
                    reason = PathExpr.parse(text).unknownId(h);
                } catch (PathExpr.Invalid invalid) {
                    reason = invalid.reason;
                }
                if (reason != null) out.add(Diagnostic.error(Problem.UNKNOWN_EVIDENCE, at, text.strip(), e.id(), reason));
            }
        }
    }

    /** Open when any place is still a placeholder; empty when none holds anything. */
    private static State state(List<PathExpr.Place> places) {
        boolean filled = false;
        for (PathExpr.Place p : places) {
            if (p.fileMissing() || PathExpr.empty(p.value())) continue;
            if (open(p.value())) return State.OPEN;
            filled = true;
        }
        return filled ? State.FILLED : State.EMPTY;
    }

    private static boolean open(Object value) {
        if (value instanceof String s) return OpenPart.in(s);
        if (value instanceof Markdown m) return OpenPart.in(m.text());
        return Model.all(value, String.class).stream().anyMatch(OpenPart::in)
                || Model.all(value, Markdown.class).stream().anyMatch(m -> OpenPart.in(m.text()));
    }
}
