package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.author.UpgradePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "upgrade-report", mixinStandardHelpOptions = true,
        description = "Toont wat een nieuwere versie van het sjabloon voor een school verandert: wat vanzelf "
                + "meekomt, wat de school moet nakijken, nieuwe verplichte en verdwenen delen.")
final class UpgradeReportCommand extends UpgradeBase {
    @Option(names = "--html", paramLabel = "BESTAND", description = "Schrijf het rapport ook als HTML-pagina, met de teksten naast elkaar.")
    Path html;

    @Override
    int then(Upgrade.Report report) throws IOException {
        if (html != null) Files.write(html, UpgradePage.html(report));
        return ExitCode.OK;
    }
}
