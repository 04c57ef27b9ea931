package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Init;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Maakt een nieuw schoolhandboek dat verder bouwt op een sjabloon, met alleen de delen "
                + "die de school zelf moet invullen.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "SJABLOON",
            description = "Map van het sjabloonhandboek.")
    String template;

    @Parameters(index = "0", paramLabel = "NIEUWE_MAP", description = "Map voor het nieuwe handboek (leeg of nog niet bestaand).")
    Path target;

    @Override
    public Integer call() throws IOException {
        boolean coordinates = !Files.exists(Path.of(template)) && Artifacts.isCoordinates(template);
        Path folder = coordinates ? Artifacts.local().folder(template).orElse(null) : Path.of(template);
        if (folder == null) throw new UserError(Msg.of("cli.init.coordinates", template));
        List<String> written = coordinates ? Init.create(folder, template, target) : Init.create(folder, target);
        Messages m = main.messages();
        main.out.println(m.get("cli.init.done", Main.display(target), written.size()));
        for (String f : written) main.out.println("  " + Messages.escape(f, false));
        main.out.println(m.get("cli.init.next", Main.display(target)));
        return ExitCode.OK;
    }
}
