package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The school and the new template version, shared by upgrade-report and upgrade. */
final class UpgradeTarget {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
            description = "Map van het schoolhandboek (standaard: ${DEFAULT-VALUE}).")
    Path school;

    @Option(names = "--to", required = true, paramLabel = "SJABLOON",
            description = "De nieuwe versie van het sjabloon: een map, Maven-coördinaten, of alleen een "
                    + "versienummer als de school het sjabloon met coördinaten vastpint.")
    String to;

    /** What {@code sjabloon:} will say: a folder relative to the school, or coordinates. */
    String reference() throws IOException {
        String current = Upgrade.currentReference(school);
        if (!to.contains("/") && !to.contains(":") && current != null && Artifacts.isCoordinates(current)
                && !Files.isDirectory(Path.of(to))) {
            return current.substring(0, current.lastIndexOf(':') + 1) + to;
        }
        if (Artifacts.isCoordinates(to) && !Files.isDirectory(Path.of(to))) return to;
        return school.toAbsolutePath().normalize().relativize(Path.of(to).toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /** The folder of the new version, or a path that is not a handbook (reported as such). */
    Path folder() throws IOException {
        String ref = reference();
        return Artifacts.isCoordinates(ref) && !Files.isDirectory(school.resolve(ref))
                ? Artifacts.local().folder(ref).orElse(Path.of(ref)) : school.resolve(ref).normalize();
    }
}
