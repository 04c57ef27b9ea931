package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.edition.Changes;
import be.leerlingenbegeleiding.handbook.edition.Earlier;
import be.leerlingenbegeleiding.handbook.edition.Parts;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.render.EditionText;
import be.leerlingenbegeleiding.handbook.render.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "wijzigingen", mixinStandardHelpOptions = true,
        description = "Toont wat er in een handboek veranderde sinds een vorige uitgave, deel per deel: "
                + "een rol, een taak, een afspraak, een sectie van een pagina.")
final class ChangesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
            description = "Map van het handboek (standaard: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--sinds", required = true, paramLabel = "UITGAVE",
            description = "De vorige uitgave: een map met dat handboek, of een git-revisie (tag, tak of commit) "
                    + "van de repository waarin het handboek staat, bv. v2025.")
    String since;

    @Override
    public Integer call() throws IOException {
        Main.requireFolder(folder);
        if (!Load.isHandbook(folder)) throw new UserError(Msg.of("edition.notHandbook", folder), Msg.of("edition.notHandbook.tip"));
        Earlier.Edition before = Earlier.parts(folder, since, Path.of(""));
        var after = Parts.of(Layers.handbook(folder).documents());
        List<Changes.Change> changes = Changes.between(before.parts(), after);
        main.out.print(EditionText.text(Labels.of(Language.NL_BE), folder.toString(), since, changes));
        main.out.flush();
        return ExitCode.OK;
    }
}
