package be.leerlingenbegeleiding.handbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one walk over a bound handbook meets every value its files hold, where they hold it. */
class ModelWalkTest {
    private static final Path EXAMPLE = be.leerlingenbegeleiding.handbook.Fixtures.repoRoot().resolve("content/de-kiem");

    @Test
    void visitsEveryWrittenValueOfTheExampleAtThePathItsSourceKnows() throws Exception {
        Handbook h = Bind.handbook(Layers.handbook(EXAMPLE)).handbook();
        Map<Source, Set<String>> visited = new IdentityHashMap<>();
        List<Source> records = new ArrayList<>();
        Model.walk(h, v -> {
            if (v.owner() != null && v.value() != null) visited.computeIfAbsent(v.owner(), s -> new TreeSet<>()).add(v.path().toString());
            Source own = RecordType.sourceOf(v.value());
            if (own != null) records.add(own);
            return true;
        });
        assertTrue(records.size() > 200, "only " + records.size() + " records met");
        int values = 0;
        for (Source s : records) {
            Set<String> seen = visited.getOrDefault(s, Set.of());
            for (String written : s.values().keySet()) {
                assertTrue(seen.contains(written), written + " at " + s.position() + " was not visited; visited " + seen);
                values++;
            }
        }
        assertTrue(values > 1000, "only " + values + " values written");
    }

    @Test
    void givesEachValueThePositionItIsWrittenAt() throws Exception {
        Handbook h = Bind.handbook(Layers.handbook(EXAMPLE)).handbook();
        List<Model.Value> goals = new ArrayList<>();
        Model.walk(h, v -> {
            if (v.value() instanceof String && "doelen".equals(v.path().lastKey())) goals.add(v);
            return true;
        });
        assertTrue(goals.size() > 4, "goals: " + goals.size());
        for (Model.Value g : goals) {
            assertEquals(g.owner().valueAt(g.path().toString()), g.at());
            assertTrue(g.at() != g.owner().position(), g.path() + " has no position of its own");
        }
    }

    @Test
    void findsEveryValueOfATypeAndStopsThere() throws Exception {
        Handbook h = Bind.handbook(Layers.handbook(EXAMPLE)).handbook();
        List<RoleRef> refs = Model.all(h, RoleRef.class);
        long owners = h.roles().stream().flatMap(r -> r.tasks().stream()).filter(t -> t.owner() != null).count();
        assertTrue(refs.size() > owners, refs.size() + " references, " + owners + " task owners");
        assertEquals(List.of(h.metadata()), Model.all(h, Metadata.class));
    }
}
