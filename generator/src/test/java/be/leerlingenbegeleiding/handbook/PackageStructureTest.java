package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's packages as a newcomer walks them: each says its job in a package-info, and
 * no two packages need each other (a cycle means neither can be read without the other).
 */
class PackageStructureTest {
    private static final Path MAIN = Fixtures.repoRoot().resolve("generator/src/main/java/be/leerlingenbegeleiding/handbook");
    private static final Pattern USE = Pattern.compile("be\\.leerlingenbegeleiding\\.handbook\\.([a-z]+)\\.[A-Z]");

    @Test
    void everyPackageSaysItsJobInAPackageInfo() throws IOException {
        List<String> without = new ArrayList<>();
        for (String p : packages().keySet()) {
            Path info = MAIN.resolve(p).resolve("package-info.java");
            if (!Files.exists(info) || !Files.readString(info).contains("/**")) without.add(p);
        }
        assertEquals(List.of(), without);
    }

    @Test
    void noTwoPackagesDependOnEachOther() throws IOException {
        Map<String, Set<String>> uses = packages();
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            List<String> path = cycle(from, from, uses, new ArrayList<>(List.of(from)), new TreeSet<>());
            if (path != null) cycles.add(String.join(" → ", path));
        }
        assertEquals(List.of(), cycles);
    }

    /** A path of uses from {@code at} back to {@code start}, or null. */
    private static List<String> cycle(String start, String at, Map<String, Set<String>> uses, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (!seen.add(next)) continue;
            path.add(next);
            List<String> found = cycle(start, next, uses, path, seen);
            if (found != null) return found;
            path.remove(path.size() - 1);
        }
        return null;
    }

    /** Each package of the generator and the other packages its code names (imports and full names). */
    private static Map<String, Set<String>> packages() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                Set<String> used = new TreeSet<>();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                        // Code only: a name in a comment or a string is no dependency.
                        String code = Files.readString(f, StandardCharsets.UTF_8)
                                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
                        Matcher m = USE.matcher(code);
                        while (m.find()) if (!m.group(1).equals(name)) used.add(m.group(1));
                    }
                }
                uses.put(name, used);
            }
        }
        return uses;
    }
}
