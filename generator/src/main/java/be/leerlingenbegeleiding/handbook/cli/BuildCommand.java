package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Controleert de handboeken en schrijft voor elk een website naar UITVOER/<handboek>. "
                + "Een handboek met een fout wordt niet geschreven; zijn vorige uitvoer blijft staan. "
                + "Met meerdere handboeken: een overzicht in UITVOER/index.html.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ContentDir content;

    @Option(names = {"-o", "--output"}, paramLabel = "UITVOER",
            description = "Map voor de uitvoer (standaard: site-output; met --intern: intern-output).")
    Path output;

    @Mixin
    DateOption datum;

    @Option(names = "--intern",
            description = "Maak alleen de interne documenten (uren en jaarafspraak per personeelslid uit personeel/, "
                    + "het overzicht voor de doorlichting uit doorlichting.yaml), "
                    + "in een eigen map, nooit bij de website. Niet publiceren.")
    boolean internal;

    @Option(names = "--opnieuw",
            description = "Maak alle handboeken opnieuw, ook die waaraan sinds de vorige build niets veranderde "
                    + "(standaard blijft hun uitvoer staan).")
    boolean afresh;

    @Override
    public Integer call() throws IOException {
        content.require("build");
        Build.Result checked = internal ? internal() : site();
        int code = main.report(checked.diagnostics());
        if (!main.quiet) {
            Messages m = main.messages();
            for (Build.Written w : checked.written()) {
                if (internal) {
                    internalDone(checked, w, m);
                    continue;
                }
                main.out.println(m.get(w.kept() ? "cli.build.kept" : "cli.build.done", w.handbook(), w.files(), Main.display(w.folder())));
            }
        }
        return code;
    }

    /** What the internal build wrote for one handbook: the staff documents and the one for the inspection. */
    private void internalDone(Build.Result checked, Build.Written w, Messages m) {
        var h = checked.handbooks().stream().filter(x -> x.name().equals(w.handbook())).findFirst().orElseThrow();
        if (!h.staff().isEmpty()) main.out.println(m.get("cli.build.intern", h.staff().size(), Main.display(w.folder())));
        if (h.inspection() != null) main.out.println(m.get("cli.build.doorlichting", Main.display(w.folder())));
    }

    /** The websites and PDFs, with a progress bar on a terminal. */
    private Build.Result site() throws IOException {
        Path output = this.output != null ? this.output : Path.of("site-output");
        Progress progress = new Progress(Build.find(content.dir).size(), main.terminal() ? main.rawErr : null,
                main.verbose ? main.err : null);
        Build.Settings settings = Build.Settings.on(datum.date());
        try {
            return Build.build(content.dir, output, afresh ? settings.afresh() : settings, progress::done);
        } finally {
            progress.finish();
        }
    }

    /** The internal documents only, into their own folder. */
    private Build.Result internal() throws IOException {
        Path output = this.output != null ? this.output : Path.of("intern-output");
        return Build.buildInternal(content.dir, output, Build.Settings.on(datum.date()));
    }
}
