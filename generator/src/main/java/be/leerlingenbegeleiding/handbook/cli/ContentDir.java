package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The folder argument shared by the commands that read content. */
final class ContentDir {
    static final String DEFAULT = "content";

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = DEFAULT,
            description = "Map van een handboek, of een map met handboeken (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    /**
     * The folder must exist. Someone who gave no folder never typed "content", so the refusal
     * says where that default was looked for and how to name the folder instead.
     */
    void require(String command) {
        if (Files.isDirectory(dir)) return;
        if (!dir.equals(Path.of(DEFAULT))) Main.requireFolder(dir);
        throw new UserError(Msg.of("cli.noSuchFolder", dir),
                Msg.of("cli.noSuchFolder.default.tip", Main.display(Path.of("").toAbsolutePath()), DEFAULT, command));
    }
}
