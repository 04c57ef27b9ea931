package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.RolesFile;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts and example values behind {@code handbook new}. */
class ScaffoldTextTest {
    @TempDir
    Path tmp;

    @Test
    void everyKeyOfWhatNewWritesHasItsOwnDutchExplanation() {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Class<?> root : List.of(RolesFile.class, FunctionDescription.class, Page.class)) collect(root, records);
        List<String> missing = new ArrayList<>();
        for (Class<?> r : records) {
            for (RecordComponent c : r.getRecordComponents()) {
                Key k = c.getAnnotation(Key.class);
                if (k != null && !ScaffoldText.explains(r.getSimpleName() + "." + k.value())) {
                    missing.add(r.getSimpleName() + "." + k.value());
                }
            }
        }
        assertEquals(List.of(), missing, "add these to scaffold.properties");
    }

    private static void collect(Class<?> type, Set<Class<?>> out) {
        if (!out.add(type)) return;
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getAnnotation(Key.class) == null) continue;
            Type t = c.getGenericType();
            while (t instanceof ParameterizedType p) {
                Type[] args = p.getActualTypeArguments();
                t = args[args.length - 1];
            }
            Class<?> raw = (Class<?>) t;
            if (raw.isRecord() && raw != Markdown.class && raw != RoleRef.class) collect(raw, out);
        }
    }

    /**
     * What a user gets who takes away every {@code "# "}: all example values together must still
     * be a valid part of an adopted handbook, compliance rules included.
     */
    @Test
    void withEveryKeySwitchedOnEachKindStillChecksWithoutErrors() throws IOException {
        Path kiem = tmp.resolve("de-kiem");
        Path from = Fixtures.repoRoot().resolve("content/de-kiem");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = kiem.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        List<String> before = Messages.dutch().formatAll(Build.check(kiem).diagnostics());

        Scaffold.add("rol", "zorgcoordinator", kiem, null, true);
        Scaffold.add("functie", "zorgcoordinator", kiem, null, true);
        Scaffold.add("pagina", "onthaal", kiem, null, true);
        Scaffold.add("praktijkvoorbeeld", "pesten-op-de-bus", kiem, null, true);

        String function = Files.readString(kiem.resolve("functies/zorgcoordinator.yaml"));
        for (String key : List.of("mandaat", "taakclusters", "tijdsbesteding", "competenties", "partners",
                "datum", "herziening")) {
            assertTrue(function.contains("\n" + key + ":"), key + " is switched on:\n" + function);
            assertFalse(function.contains("# " + key + ":"), key + " is not commented out:\n" + function);
        }
        assertEquals(before, Messages.dutch().formatAll(Build.check(kiem).diagnostics()));
    }

    @Test
    void textIsQuotedOnlyWhenYamlWouldReadItOtherwise() {
        assertEquals("Zorgcoördinator", ScaffoldText.scalar("Zorgcoördinator"));
        assertEquals("014 12 34 56", ScaffoldText.scalar("014 12 34 56"));
        assertEquals("https://www.onzeschool.be/x", ScaffoldText.scalar("https://www.onzeschool.be/x"));
        assertEquals("\"12\"", ScaffoldText.scalar("12"));
        assertEquals("\"nee: zo\"", ScaffoldText.scalar("nee: zo"));
        assertEquals("\"no\"", ScaffoldText.scalar("no"));
        assertEquals("\"**vet**\"", ScaffoldText.scalar("**vet**"));
        assertEquals("\"2026-06-30\"", ScaffoldText.scalar("2026-06-30"));
    }
}
