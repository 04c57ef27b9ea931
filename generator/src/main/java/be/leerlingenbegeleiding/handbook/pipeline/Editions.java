package be.leerlingenbegeleiding.handbook.pipeline;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.edition.Changes;
import be.leerlingenbegeleiding.handbook.edition.Earlier;
import be.leerlingenbegeleiding.handbook.edition.Parts;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.WhatsNew;
import java.io.IOException;
import java.util.List;

/**
 * The "Wat is er nieuw" page and appendix of a handbook whose {@code handboek.yaml} names its
 * previous edition ({@code vorige_uitgave}); without that key, nothing of this runs and the
 * output stays as it was.
 */
final class Editions {
    private Editions() {
    }

    /** What the check says about the {@code vorige_uitgave} of a handbook; empty without one. */
    static List<Diagnostic> problems(Handbook h) {
        // A handbook refused before binding (too large, unreadable) has no metadata.
        if (h.metadata() == null) return List.of();
        String ref = h.metadata().previousEdition();
        if (ref == null || ref.isBlank()) return List.of();
        return Earlier.problems(h.folder(), ref.strip(), h.metadata().source().valueAt("vorige_uitgave"));
    }

    /** The parts changed since the previous edition, on the merged handbooks; null without one. */
    static WhatsNew since(Handbook h) throws IOException {
        if (h.metadata() == null) return null;
        String ref = h.metadata().previousEdition();
        if (ref == null || ref.isBlank()) return null;
        Earlier.Edition before = Earlier.published(h.folder(), ref.strip());
        var after = Parts.of(Layers.handbook(h.folder()).documents());
        return new WhatsNew(before.ref(), before.schoolYear(), before.edition(), Changes.between(before.parts(), after));
    }
}
