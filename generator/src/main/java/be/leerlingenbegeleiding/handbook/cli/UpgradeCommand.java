package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Zet een school over op een nieuwere versie van het sjabloon. Wat de school niet zelf "
                + "schreef, komt vanzelf mee; wat ze overschreef, blijft staan en wordt opgesomd om na te kijken.")
final class UpgradeCommand extends UpgradeBase {
    @Override
    int then(Upgrade.Report report) throws IOException {
        Upgrade.apply(target.school, target.reference());
        // The school after the move, checked as check would: what it must now look at.
        return main.check(target.school);
    }
}
