package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.benchmark.Benchmark;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.benchmark.LiveBenchmark;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Meet hoe snel de website en de PDF's gemaakt worden: mediaan per keer, na opwarmen.")
final class BenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ContentDir content;

    @Option(names = {"-n", "--runs"}, defaultValue = "10", description = "Aantal gemeten keren (standaard: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = {"--warmup"}, defaultValue = "3", description = "Aantal keren opwarmen vooraf (standaard: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--live", paramLabel = "HANDBOEK",
            description = "Meet het live voorbeeld: van het bewaren van een pagina van HANDBOEK tot de nieuwe pagina, "
                    + "naast een volledige build van MAP als basislijn.")
    String live;

    @Override
    public Integer call() throws Exception {
        content.require("benchmark");
        if (runs < 1 || warmup < 0) throw new UserError(Msg.of("cli.benchmark.runs"));
        Build.Result checked = Build.check(content.dir);
        int code = main.report(checked.diagnostics());
        if (code != ExitCode.OK) return code;
        if (live != null) {
            if (checked.handbooks().stream().noneMatch(h -> h.name().equals(live))) {
                throw new UserError(Msg.of("cli.benchmark.noHandbook", live, content.dir));
            }
            LiveBenchmark.run(content.dir, live, warmup, runs, main.out);
            return ExitCode.OK;
        }
        for (Handbook h : checked.handbooks()) Benchmark.run(h, warmup, runs, main.out);
        main.out.flush();
        return ExitCode.OK;
    }
}
