package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Controleert een handboek en meldt alle fouten tegelijk, met bestand, regel en kolom, "
                + "en toetst het aan de regels R1-R17 van het decreet en de kwaliteitsverwachtingen.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ContentDir content;

    @Option(names = "--strict", description = "Waarschuwingen tellen als fouten (afsluitcode 1).")
    boolean strict;

    @Mixin
    DateOption datum;

    @Option(names = "--format", paramLabel = "FORMAAT", defaultValue = "tekst",
            description = "tekst (standaard), json of junit (voor CI).")
    CheckOutput.Format format;

    @Override
    public Integer call() throws IOException {
        content.require("check");
        Build.Result checked = Build.check(content.dir, Build.Settings.on(datum.date()));
        Messages m = main.messages();
        switch (format) {
            case JSON -> main.rawOut.print(CheckOutput.json(checked, m, strict));
            case JUNIT -> main.rawOut.print(CheckOutput.junit(checked, m, strict));
            default -> {
                CheckOutput.text(checked, m, main.out, main.err);
                main.summary(checked.diagnostics());
            }
        }
        return checked.fails(strict) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
