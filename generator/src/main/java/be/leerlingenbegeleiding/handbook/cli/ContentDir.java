package be.leerlingenbegeleiding.handbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The folder argument shared by the commands that read content. */
final class ContentDir {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
            description = "Map van een handboek, of een map met handboeken (standaard: ${DEFAULT-VALUE}).")
    Path dir;
}
