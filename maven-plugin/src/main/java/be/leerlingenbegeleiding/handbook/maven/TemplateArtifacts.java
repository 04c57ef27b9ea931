package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;

/**
 * The archives a project depends on, handed to the generator as templates it may build on. The
 * generator only looks a key up when a handbook's {@code sjabloon:} names it, so every jar or zip
 * goes in: the plugin cannot tell a template from a library, and need not.
 */
final class TemplateArtifacts {
    private TemplateArtifacts() {
    }

    /** The generator's view of the project's dependencies, with the local repository for the rest. */
    static Artifacts of(Path localRepository, Collection<Artifact> artifacts) {
        return Artifacts.of(localRepository, byCoordinates(artifacts));
    }

    /**
     * Each resolved archive under {@code groupId:artifactId:version}, under the base version too
     * (a snapshot resolved from a remote repository has a timestamp for its version, while
     * {@code handboek.yaml} says {@code -SNAPSHOT}), and under {@code groupId:artifactId}, which
     * is how a handbook leaves the version to {@code pom.xml}. An artifact with a classifier
     * never takes a key from the main one: the template is the main jar.
     */
    static Map<String, Path> byCoordinates(Collection<Artifact> artifacts) {
        Map<String, Path> map = new LinkedHashMap<>();
        List<Artifact> ordered = new ArrayList<>();
        artifacts.stream().filter(a -> !a.hasClassifier()).forEach(ordered::add);
        artifacts.stream().filter(Artifact::hasClassifier).forEach(ordered::add);
        for (Artifact a : ordered) {
            File file = a.getFile();
            if (file == null || !isArchive(file.getName())) continue;
            Path p = file.toPath();
            String ga = a.getGroupId() + ":" + a.getArtifactId();
            map.putIfAbsent(ga + ":" + a.getVersion(), p);
            if (a.getBaseVersion() != null) map.putIfAbsent(ga + ":" + a.getBaseVersion(), p);
            map.putIfAbsent(ga, p);
        }
        return map;
    }

    private static boolean isArchive(String name) {
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    /** A handbook whose {@code sjabloon:} pins another version than the project depends on. */
    record Conflict(Path handbook, String written, String pinned, String dependedOn) {
    }

    /**
     * The handbooks that pin a template version while the project depends on another version of
     * the same artifact. Without this check the generator would quietly take the pinned version
     * from the local repository if some other build had put it there, and the handbook would not
     * be built on the template the {@code pom.xml} names.
     */
    static List<Conflict> conflicts(List<Path> handbooks, Collection<Artifact> artifacts) {
        Map<String, Artifact> byGa = new LinkedHashMap<>();
        for (Artifact a : artifacts) {
            if (!a.hasClassifier()) byGa.putIfAbsent(a.getGroupId() + ":" + a.getArtifactId(), a);
        }
        List<Conflict> out = new ArrayList<>();
        for (Path h : handbooks) {
            String written = Upgrade.currentReference(h);
            if (written == null || !Artifacts.isCoordinates(written) || Artifacts.isUnversioned(written)) continue;
            if (Files.isDirectory(h.resolve(written))) continue;
            String[] parts = written.split(":");
            Artifact dependency = byGa.get(parts[0] + ":" + parts[1]);
            if (dependency == null) continue;
            String pinned = parts[2];
            if (pinned.equals(dependency.getVersion()) || pinned.equals(dependency.getBaseVersion())) continue;
            out.add(new Conflict(h, written, pinned, dependency.getBaseVersion()));
        }
        return out;
    }
}
