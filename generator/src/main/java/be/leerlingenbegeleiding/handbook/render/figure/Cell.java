package be.leerlingenbegeleiding.handbook.render.figure;

import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Phase;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one role does in one domain: how many of its tasks touch the domain, and the phases
 * those tasks fall in (in the continuum's order). Public so templates can read it.
 */
public record Cell(Domain domain, int tasks, Set<Phase> phases) {
    public Cell {
        Objects.requireNonNull(domain, "domain");
        EnumSet<Phase> sorted = EnumSet.noneOf(Phase.class);
        sorted.addAll(phases);
        phases = Collections.unmodifiableSet(sorted);
    }
}
