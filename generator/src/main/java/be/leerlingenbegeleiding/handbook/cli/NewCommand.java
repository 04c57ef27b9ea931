package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Scaffold;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Voegt een rol, functiebeschrijving, pagina of praktijkvoorbeeld toe, met bij elke sleutel "
                + "uitleg in een commentaarregel. Overschrijft nooit iets.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SOORT", description = "rol, functie, pagina of praktijkvoorbeeld.")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "Id van het nieuwe deel, bv. zorgcoordinator.")
    String id;

    @Parameters(index = "2", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
            description = "Map van het handboek (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--rol", paramLabel = "ROL",
            description = "Bij een functie: de rol die ze invult (standaard de rol met hetzelfde id).")
    String role;

    @Override
    public Integer call() throws IOException {
        Scaffold.Written w = Scaffold.add(kind, id, dir, role);
        Messages m = main.messages();
        main.out.println(m.text(w.done()));
        main.out.println(m.text(w.next()));
        return ExitCode.OK;
    }
}
