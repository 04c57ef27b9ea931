package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.serve.Preview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Toont de handboeken als website op deze computer en werkt open pagina's meteen bij "
                + "wanneer je een bestand bewaart. Fouten verschijnen in de browser, met bestand, regel en tip. "
                + "PDF's worden gemaakt wanneer je ze opent.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ContentDir content;

    @Option(names = {"-p", "--port"}, paramLabel = "POORT", defaultValue = "8000",
            description = "Poort (standaard: ${DEFAULT-VALUE}; 0 kiest een vrije).")
    int port;

    @Option(names = "--host", paramLabel = "ADRES", defaultValue = "127.0.0.1",
            description = "Adres om op te luisteren (standaard: ${DEFAULT-VALUE}, alleen deze computer). "
                    + "Met 0.0.0.0 kan elk toestel in het netwerk meekijken.")
    String host;

    @Option(names = "--thema", paramLabel = "MAP",
            description = "Map met de bronnen van de vormgeving om live te bewerken "
                    + "(standaard: ./templates als daar een layout.ftlh staat).")
    Path theme;

    @Mixin
    DateOption datum;

    @Override
    public Integer call() throws IOException, InterruptedException {
        content.require("serve");
        // No handbook to show: say why, as check would.
        if (Build.find(content.dir).isEmpty()) return main.check(content.dir);
        Path themeFolder = theme != null ? theme
                : Files.isRegularFile(Path.of("templates", "layout.ftlh")) ? Path.of("templates") : null;
        if (themeFolder != null) Main.requireFolder(themeFolder);
        Preview.Options options = new Preview.Options(host, port,
                Build.Settings.on(datum.date()), themeFolder, main.lang);
        Preview preview;
        try {
            preview = Preview.start(content.dir, options, main.err);
        } catch (java.net.BindException e) {
            throw new UserError(Msg.of("serve.port", port), Msg.of("serve.port.tip"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close));
        String watched = Main.display(content.dir) + (themeFolder != null ? ", " + Main.display(themeFolder) : "");
        main.out.println(main.messages().get("serve.started", preview.uri(), watched));
        preview.await();
        return ExitCode.OK;
    }
}
