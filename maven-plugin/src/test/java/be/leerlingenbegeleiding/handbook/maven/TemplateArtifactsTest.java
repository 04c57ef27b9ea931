package be.leerlingenbegeleiding.handbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateArtifactsTest {
    @TempDir
    Path tmp;

    private Artifact artifact(String coordinates, String classifier, Path file) {
        String[] p = coordinates.split(":");
        Artifact a = new DefaultArtifact(p[0], p[1], p[2], "compile", "jar", classifier, new DefaultArtifactHandler("jar"));
        a.setFile(file == null ? null : file.toFile());
        return a;
    }

    private Path file(String name) throws IOException {
        return Files.writeString(tmp.resolve(name), name);
    }

    @Test
    void everyArchiveUnderItsFullCoordinatesAndWithoutVersion() throws IOException {
        Path jar = file("handboek-sjabloon-1.2.0.jar");
        Map<String, Path> map = TemplateArtifacts.byCoordinates(List.of(artifact("be.clb:handboek-sjabloon:1.2.0", null, jar)));
        assertEquals(Map.of("be.clb:handboek-sjabloon:1.2.0", jar, "be.clb:handboek-sjabloon", jar), map);
    }

    @Test
    void aTimestampedSnapshotIsFoundUnderItsBaseVersionToo() throws IOException {
        Path jar = file("handboek-sjabloon-0.3.0-20260901.101500-4.jar");
        Map<String, Path> map = TemplateArtifacts.byCoordinates(
                List.of(artifact("be.clb:handboek-sjabloon:0.3.0-20260901.101500-4", null, jar)));
        assertEquals(jar, map.get("be.clb:handboek-sjabloon:0.3.0-20260901.101500-4"));
        assertEquals(jar, map.get("be.clb:handboek-sjabloon:0.3.0-SNAPSHOT"));
        assertEquals(jar, map.get("be.clb:handboek-sjabloon"));
    }

    @Test
    void theMainArchiveWinsOverOneWithAClassifierWhateverTheOrder() throws IOException {
        Path sources = file("handboek-sjabloon-1.0-sources.jar");
        Path main = file("handboek-sjabloon-1.0.jar");
        Map<String, Path> map = TemplateArtifacts.byCoordinates(List.of(
                artifact("be.clb:handboek-sjabloon:1.0", "sources", sources), artifact("be.clb:handboek-sjabloon:1.0", null, main)));
        assertEquals(main, map.get("be.clb:handboek-sjabloon"));
        assertEquals(main, map.get("be.clb:handboek-sjabloon:1.0"));
    }

    @Test
    void unresolvedArtifactsAndOtherFilesAreLeftOut() throws IOException {
        Path pom = file("iets-1.0.pom");
        Map<String, Path> map = TemplateArtifacts.byCoordinates(List.of(
                artifact("be.clb:iets:1.0", null, pom), artifact("be.clb:niets:1.0", null, null)));
        assertTrue(map.isEmpty(), map.toString());
    }

    private Path handbook(String name, String template) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("handboek.yaml"), "titel: Test\nsjabloon: " + template + "\n");
        return dir;
    }

    @Test
    void aPinnedVersionOtherThanTheDependencyIsAConflictNamingBoth() throws IOException {
        Path pinned = handbook("vastgepind", "be.clb:handboek-sjabloon:1.0.0");
        List<TemplateArtifacts.Conflict> conflicts = TemplateArtifacts.conflicts(List.of(pinned),
                List.of(artifact("be.clb:handboek-sjabloon:2.0.0", null, file("a.jar"))));
        assertEquals(List.of(new TemplateArtifacts.Conflict(pinned, "be.clb:handboek-sjabloon:1.0.0", "1.0.0", "2.0.0")), conflicts);
    }

    @Test
    void noConflictForTheSameVersionNoVersionAFolderOrAnotherArtifact() throws IOException {
        List<Artifact> deps = List.of(artifact("be.clb:handboek-sjabloon:2.0.0", null, file("a.jar")));
        List<Path> fine = List.of(
                handbook("zelfde", "be.clb:handboek-sjabloon:2.0.0"),
                handbook("zonder-versie", "be.clb:handboek-sjabloon"),
                handbook("map", "../sjabloon"),
                handbook("ander", "be.clb:ander-sjabloon:1.0.0"));
        assertEquals(List.of(), TemplateArtifacts.conflicts(fine, deps));
    }

    /**
     * The school of the integration tests, checked on the real template artifact that this build
     * made, handed over as the plugin hands it: by coordinates without a version.
     */
    @Test
    void theIntegrationTestSchoolPassesOnTheTemplateArtifact() throws IOException, URISyntaxException {
        Path school = copy(Path.of("src/it/school/handboek"), tmp.resolve("handboek"));
        Path jar = templateJar();
        Build.Settings settings = new Build.Settings(LocalDate.of(2026, 11, 23), TemplateArtifacts.of(
                Files.createDirectories(tmp.resolve("repository")),
                List.of(artifact("be.leerlingenbegeleiding:handboek-sjabloon:0.1.0-SNAPSHOT", null, jar))));
        Build.Result checked = Build.check(school, settings);
        assertFalse(checked.fails(true), String.join("\n", Messages.dutch().formatAll(checked.diagnostics())));
        assertEquals(2, checked.handbooks().get(0).layers().size(), "built on the template");
    }

    /** The template as a jar: the one on the test class path, or zipped from its classes folder. */
    private Path templateJar() throws IOException, URISyntaxException {
        URL url = getClass().getClassLoader().getResource("handboek/handboek.yaml");
        if (url == null) throw new IllegalStateException("handboek-sjabloon is not on the test class path");
        if (url.getProtocol().equals("jar")) {
            String s = url.getPath();
            return Path.of(new java.net.URI(s.substring(0, s.indexOf("!/"))));
        }
        Path classes = Path.of(url.toURI()).getParent().getParent();
        Path zip = tmp.resolve("handboek-sjabloon.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(classes.resolve("handboek"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                z.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target);
        }
        return to;
    }
}
