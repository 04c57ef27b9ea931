package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example handbook in {@code content/} is complete, valid and wired to the schemas. */
class ExampleHandbookTest {
    static final Path EXAMPLE = Fixtures.repoRoot().resolve("content/de-kiem");

    @Test
    void theExamplePassesEveryRuleWithoutAnyFinding() {
        Fixtures.Run run = Fixtures.run("check", "--strict", EXAMPLE.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("de-kiem: 17 van 17 regels voldaan; 1 melding stilgezet met een uitzondering.\n", run.out());
        // The one silenced finding is shown with its reason, and nothing else.
        assertEquals(List.of("", "de-kiem · R12 · Er staan geen persoonsgegevens van leerlingen of personeelsleden in wat gepubliceerd wordt",
                "content/de-kiem/contact.yaml:32:17: stilgezet: '0470 20 30 40' lijkt een persoonlijk gsm-nummer; "
                        + "reden: Dit is de dienst-gsm van de leerlingenbegeleiding (eigendom van de school), geen privénummer."),
                run.err().lines().map(l -> l.replace(Fixtures.printed(Fixtures.repoRoot()) + "/", "")).toList());
    }

    @Test
    void everyHandbookInTheContentFolderPassesEveryRuleStrictly() {
        Fixtures.Run run = Fixtures.run("check", "--strict", Fixtures.repoRoot().resolve("content").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("waarschuwing["), run.err());
        assertFalse(run.err().contains("fout["), run.err());
    }

    @Test
    void checkOnTheContentFolderFindsTheExample() {
        Fixtures.Run run = Fixtures.run("check", Fixtures.repoRoot().resolve("content").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    /** Every key of every record of the model is used somewhere in the example handbooks. */
    @Test
    void theExampleCoversEveryPartOfTheModel() throws IOException {
        Handbook h = Bind.handbook(Load.handbook(EXAMPLE)).handbook();
        Map<Class<?>, Set<String>> used = new HashMap<>();
        for (Path folder : Build.find(Fixtures.repoRoot().resolve("content"))) {
            collect(Bind.handbook(Layers.handbook(folder)).handbook(), used);
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : reachableRecords(Handbook.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                Key k = c.getAnnotation(Key.class);
                if (k != null && !used.getOrDefault(type, Set.of()).contains(k.value())) {
                    missing.add(type.getSimpleName() + "." + k.value());
                }
            }
        }
        // 'ook_voor' (one description for roles per campus) was only used by campus-ter-beke's
        // per-campus role ids; with campus and bezetting on roles no example needs it any more.
        missing.remove("FunctionDescription.ook_voor");
        // 'vorige_uitgave' names an earlier edition (a git tag, an archived folder): the examples'
        // output must not depend on the repository's history. WhatsNewPageTest builds two editions.
        missing.remove("Metadata.vorige_uitgave");
        assertEquals(Set.of(), missing, "keys the example never uses");
        // rollen.yaml's only key binds straight into Handbook.roles.
        assertTrue(h.roles().size() >= 10, "roles: " + h.roles().size());
    }

    @Test
    void everyYamlFileNamesItsJsonSchemaForTheEditor() throws IOException {
        Pattern modeline = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\\n");
        List<Path> yamls;
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            yamls = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(yamls.size() >= 12, "only " + yamls.size() + " YAML files");
        for (Path y : yamls) {
            Matcher m = modeline.matcher(Files.readString(y));
            assertTrue(m.find(), y + " has no schema modeline on its first line");
            Path schema = y.getParent().resolve(m.group(1)).normalize();
            assertTrue(Files.isRegularFile(schema), y + " points at a missing schema " + schema);
        }
    }

    private static void collect(Object o, Map<Class<?>, Set<String>> used) {
        if (o instanceof Collection<?> c) {
            c.forEach(e -> collect(e, used));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(e -> collect(e, used));
        } else if (o instanceof Record r && !(o instanceof Source) && !(o instanceof Markdown) && !(o instanceof RoleRef)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if (v instanceof Source s) used.computeIfAbsent(r.getClass(), k -> new HashSet<>()).addAll(s.keys().keySet());
                    else collect(v, used);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static List<Class<?>> reachableRecords(Class<?> root) {
        List<Class<?>> out = new ArrayList<>();
        ArrayList<Type> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Type t = todo.remove(todo.size() - 1);
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && c != Source.class && c != Markdown.class
                    && c != RoleRef.class && !out.contains(c)) {
                if (c != Handbook.class) out.add(c);
                for (RecordComponent rc : c.getRecordComponents()) todo.add(rc.getGenericType());
            }
        }
        return out;
    }
}
