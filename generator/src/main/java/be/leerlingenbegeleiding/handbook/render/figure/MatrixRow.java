package be.leerlingenbegeleiding.handbook.render.figure;

import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.Task;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One row of the responsibility matrix: a role with tasks and its four cells, in the order of
 * {@link Domain}. The page's table and the summary figure both read these rows, so they cannot
 * disagree.
 */
public record MatrixRow(Role role, List<Cell> cells) {
    public MatrixRow {
        Objects.requireNonNull(role, "role");
        cells = List.copyOf(cells);
    }

    public Cell cell(Domain domain) {
        return cells.get(domain.ordinal());
    }

    /** All tasks of the role, including those that name no domain. */
    public int tasks() {
        return Figures.nonNull(role.tasks()).size();
    }

    /** Every role that has tasks, in handbook order, with a cell per domain. */
    static List<MatrixRow> of(Handbook h) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Role role : Figures.nonNull(h.roles())) {
            List<Task> tasks = Figures.nonNull(role.tasks());
            if (tasks.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            for (Domain d : Domain.values()) cells.add(cell(d, tasks));
            rows.add(new MatrixRow(role, cells));
        }
        return rows;
    }

    private static Cell cell(Domain d, List<Task> tasks) {
        int count = 0;
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        for (Task task : tasks) {
            if (!Figures.nonNull(task.domains()).contains(d)) continue;
            count++;
            phases.addAll(Figures.nonNull(task.phases()));
        }
        return new Cell(d, count, phases);
    }
}
