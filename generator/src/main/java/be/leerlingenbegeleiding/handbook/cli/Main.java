package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Init;
import be.leerlingenbegeleiding.handbook.author.Scaffold;
import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.author.UpgradePage;
import be.leerlingenbegeleiding.handbook.benchmark.Benchmark;
import be.leerlingenbegeleiding.handbook.benchmark.LiveBenchmark;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.pipeline.SettingException;
import be.leerlingenbegeleiding.handbook.pipeline.StageFailure;
import be.leerlingenbegeleiding.handbook.pipeline.UnsafeOutputException;
import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import be.leerlingenbegeleiding.handbook.serve.Preview;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** The {@code handbook} command: {@code check}, {@code build} and {@code schema}. */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Maakt van een handboek leerlingenbegeleiding (YAML en Markdown) een website.",
        subcommands = {Main.Check.class, Main.BuildCommand.class, Main.ServeCommand.class, Main.InitCommand.class, Main.NewCommand.class,
                Main.UpgradeReport.class,
                Main.UpgradeCommand.class, Main.Schema.class, Main.BenchmarkCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMANDO",
        footer = {"", "Afsluitcodes: 0 in orde, 1 fouten in de inhoud, 2 verkeerd gebruik of interne fout."})
public final class Main implements Callable<Integer> {

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "TAAL",
            description = "Taal van de meldingen: nl (standaard) of en.")
    String lang = "nl";

    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Meld alleen problemen: geen voortgang, geen samenvatting als alles goed gaat.")
    boolean quiet;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Meld meer: tijd per handboek, en bij een interne fout het volledige verloop.")
    boolean verbose;

    /** For people: control characters from content show escaped ({@link TerminalWriter}). */
    PrintWriter out;
    PrintWriter err;
    /** As is: JSON and XML reports (escaped in their own way), and the progress bar's carriage return. */
    PrintWriter rawOut;
    PrintWriter rawErr;

    /** Run before each command; a test seam, to see how a crash outside any stage is reported. */
    static volatile Runnable beforeCommand = () -> { };

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams and returns its exit code. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Main main = new Main();
        main.rawOut = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        main.rawErr = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        main.out = new PrintWriter(new TerminalWriter(main.rawOut), true);
        main.err = new PrintWriter(new TerminalWriter(main.rawErr), true);
        CommandLine cli = new CommandLine(main);
        // Colours would be escape sequences, which the terminal writer shows escaped.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // Help headings follow --lang too; picocli needs the bundle before it parses.
        cli.setResourceBundle(ResourceBundle.getBundle("be.leerlingenbegeleiding.handbook.cli.help",
                "en".equals(languageIn(args)) ? Locale.ENGLISH : Locale.forLanguageTag("nl-BE"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(main.out);
        cli.setErr(main.err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            try {
                beforeCommand.run();
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), String.valueOf(e), e);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> main.failed(e, main.verbose(parsed)));
        cli.setParameterExceptionHandler((e, a) -> {
            main.err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, main.err);
            e.getCommandLine().usage(main.err);
            return ExitCode.USAGE_OR_INTERNAL;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable e) {
            // An Error (stack overflow, full heap) passes picocli's handler by; the heap is free
            // again once the stack has unwound to here.
            code = main.failed(e, main.verbose || List.of(args).contains("--verbose"));
        }
        main.out.flush();
        main.err.flush();
        return code;
    }

    /**
     * What a user sees when the command fails on something it did not plan for: one line, exit
     * code 2. A usage error names the setting; an internal error the handbook and stage, if known,
     * with the stack only under --verbose (for a bug report).
     */
    int failed(Throwable e, boolean verbose) {
        Messages m = messages();
        if (e instanceof UnsafeOutputException u) {
            err.println(m.get("cli.unsafe." + u.reason(), u.folder()));
            if (u.content() != null) err.println("  " + m.get("cli.unsafe.content", u.content()));
            err.println("  " + m.get("tip") + ": " + m.get("cli.unsafe." + u.reason() + ".tip"));
            return ExitCode.USAGE_OR_INTERNAL;
        }
        if (e instanceof SettingException s) {
            err.println(m.get("cli.setting." + s.name(), s.name(), s.value()));
            err.println("  " + m.get("tip") + ": " + m.get("cli.setting." + s.name() + ".tip", s.name()));
            return ExitCode.USAGE_OR_INTERNAL;
        }
        Throwable cause = e instanceof StageFailure f ? f.getCause() : e;
        String what = String.valueOf(cause);
        if (e instanceof StageFailure f) {
            err.println(m.get("cli.internal.stage", f.folder(), m.get("cli.stage." + f.stage().name().toLowerCase(Locale.ROOT)), what));
        } else {
            err.println(m.get("cli.internal", what));
        }
        boolean memory = cause instanceof OutOfMemoryError;
        err.println("  " + m.get("tip") + ": " + m.get(memory ? "cli.internal.memory.tip" : "cli.internal.tip"));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCode.USAGE_OR_INTERNAL;
    }

    /** The value of {@code --lang} in the raw arguments, or null. */
    static String languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return null;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return ExitCode.USAGE_OR_INTERNAL;
    }

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    private boolean verbose(CommandLine.ParseResult parsed) {
        return verbose || parsed != null && parsed.originalArgs().contains("--verbose");
    }

    /** Prints the diagnostics and the count; returns the exit code they mean. */
    int report(List<Diagnostic> diagnostics) {
        Messages m = messages();
        for (String line : m.formatAll(diagnostics)) err.println(line);
        summary(diagnostics);
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }

    /** The closing count of errors and warnings, when there are any. */
    void summary(List<Diagnostic> diagnostics) {
        Messages m = messages();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == be.leerlingenbegeleiding.handbook.diag.Severity.WAARSCHUWING).count();
        if (errors > 0) err.println(errors == 1 ? m.get("cli.summary.errorsOne") : m.get("cli.summary.errors", errors));
        if (warnings > 0) err.println(warnings == 1 ? m.get("cli.summary.warningsOne") : m.get("cli.summary.warnings", warnings));
    }

    /**
     * Whether progress may be drawn: on a terminal, unless asked to be quiet. In a CI log or a
     * pipe a bar would be a line of control characters.
     */
    boolean terminal() {
        return !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("CI") == null;
    }

    /** A folder argument that must exist, else a usage error. */
    boolean exists(Path dir) {
        if (Files.isDirectory(dir)) return true;
        err.println(messages().get("cli.noSuchFolder", dir));
        return false;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Controleert een handboek en meldt alle fouten tegelijk, met bestand, regel en kolom, "
                    + "en toetst het aan de regels R1-R14 van het decreet en de kwaliteitsverwachtingen.")
    static final class Check implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Mixin
        ContentDir content;

        @CommandLine.Mixin
        CheckOptions options;

        @CommandLine.Mixin
        DateOption datum;

        @Option(names = "--format", paramLabel = "FORMAAT", defaultValue = "tekst",
                description = "tekst (standaard), json of junit (voor CI).")
        CheckOutput.Format format;

        @Override
        public Integer call() throws IOException {
            if (!main.exists(content.dir)) return ExitCode.USAGE_OR_INTERNAL;
            Build.Checked checked = Build.check(content.dir, datum.date());
            Messages m = main.messages();
            switch (format) {
                case JSON -> main.rawOut.print(CheckOutput.json(checked, m, options.strict));
                case JUNIT -> main.rawOut.print(CheckOutput.junit(checked, m, options.strict));
                default -> {
                    CheckOutput.text(checked, m, main.out, main.err);
                    main.summary(checked.diagnostics());
                }
            }
            return checked.fails(options.strict) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        }
    }

    /** Options of check. */
    static final class CheckOptions {
        @Option(names = "--strict", description = "Waarschuwingen tellen als fouten (afsluitcode 1).")
        boolean strict;
    }

    /** The day the review dates and the compliance report are judged on; shared by check, build and serve. */
    static final class DateOption {
        @Option(names = "--datum", paramLabel = "JJJJ-MM-DD",
                description = "Werk alsof het deze datum is (herzieningsdata, nalevingsrapport); standaard vandaag.")
        java.time.LocalDate date;

        java.time.LocalDate date() {
            return date != null ? date : Build.today();
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Controleert de handboeken en schrijft voor elk een website naar UITVOER/<handboek>. "
                    + "Een handboek met een fout wordt niet geschreven; zijn vorige uitvoer blijft staan. "
                    + "Met meerdere handboeken: een overzicht in UITVOER/index.html.")
    static final class BuildCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Mixin
        ContentDir content;

        @Option(names = {"-o", "--output"}, paramLabel = "UITVOER",
                description = "Map voor de uitvoer (standaard: site-output; met --intern: intern-output).")
        Path output;

        @CommandLine.Mixin
        DateOption datum;

        @Option(names = "--intern",
                description = "Maak alleen de interne documenten (uren en jaarafspraak per personeelslid uit personeel/), "
                        + "in een eigen map, nooit bij de website. Niet publiceren.")
        boolean internal;

        @Option(names = "--opnieuw",
                description = "Maak alle handboeken opnieuw, ook die waaraan sinds de vorige build niets veranderde "
                        + "(standaard blijft hun uitvoer staan).")
        boolean afresh;

        @Override
        public Integer call() throws IOException {
            if (!main.exists(content.dir)) return ExitCode.USAGE_OR_INTERNAL;
            if (internal) return internal();
            Path output = this.output != null ? this.output : Path.of("site-output");
            List<Build.Written> written = new ArrayList<>();
            Build.Checked checked;
            Progress progress = new Progress(Build.find(content.dir).size(), main.terminal() ? main.rawErr : null,
                    main.verbose ? main.err : null);
            Build.Settings settings = Build.Settings.on(datum.date());
            try {
                checked = Build.build(content.dir, output, written, progress::done, afresh ? settings.afresh() : settings);
            } finally {
                progress.finish();
            }
            int code = main.report(checked.diagnostics());
            if (!main.quiet) {
                for (Build.Written w : written) {
                    main.out.println(main.messages().get(w.kept() ? "cli.build.kept" : "cli.build.done", w.handbook(), w.files(), display(w.folder())));
                }
            }
            return code;
        }

        /** The internal documents only, into their own folder. */
        private int internal() throws IOException {
            Path output = this.output != null ? this.output : Path.of("intern-output");
            List<Build.Written> written = new ArrayList<>();
            Build.Checked checked = Build.buildInternal(content.dir, output, written, Build.Settings.on(datum.date()));
            int code = main.report(checked.diagnostics());
            if (!main.quiet) {
                for (Build.Written w : written) main.out.println(main.messages().get("cli.build.intern", w.files() / 2, display(w.folder())));
            }
            return code;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Toont de handboeken als website op deze computer en werkt open pagina's meteen bij "
                    + "wanneer je een bestand bewaart. Fouten verschijnen in de browser, met bestand, regel en tip. "
                    + "PDF's worden gemaakt wanneer je ze opent.")
    static final class ServeCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Mixin
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

        @CommandLine.Mixin
        DateOption datum;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (!main.exists(content.dir)) return ExitCode.USAGE_OR_INTERNAL;
            if (Build.find(content.dir).isEmpty()) return main.report(Build.check(content.dir).diagnostics());
            Path themeFolder = theme != null ? theme
                    : Files.isRegularFile(Path.of("templates", "layout.ftlh")) ? Path.of("templates") : null;
            if (themeFolder != null && !main.exists(themeFolder)) return ExitCode.USAGE_OR_INTERNAL;
            Preview.Options options = new Preview.Options(host, port,
                    Build.Settings.on(datum.date()), themeFolder, main.lang);
            Preview preview;
            try {
                preview = Preview.start(content.dir, options, main.err);
            } catch (java.net.BindException e) {
                main.err.println(main.messages().get("serve.port", port));
                main.err.println("  " + main.messages().get("tip") + ": " + main.messages().get("serve.port.tip"));
                return ExitCode.USAGE_OR_INTERNAL;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close));
            String watched = display(content.dir) + (themeFolder != null ? ", " + display(themeFolder) : "");
            main.out.println(main.messages().get("serve.started", preview.uri(), watched));
            preview.await();
            return ExitCode.OK;
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Schrijft de JSON Schema's van alle inhoudsbestanden, voor editors met een YAML-taalserver.")
    static final class Schema implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Option(names = {"-o", "--output"}, paramLabel = "MAP", defaultValue = "content/schema",
                description = "Map voor de schema's (standaard: ${DEFAULT-VALUE}).")
        Path output;

        @Override
        public Integer call() throws IOException {
            Files.createDirectories(output);
            for (Map.Entry<String, String> s : JsonSchema.all().entrySet()) {
                Files.writeString(output.resolve(s.getKey()), s.getValue(), StandardCharsets.UTF_8);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Maakt een nieuw schoolhandboek dat verder bouwt op een sjabloon, met alleen de delen "
                    + "die de school zelf moet invullen.")
    static final class InitCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
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
            if (folder == null) {
                main.err.println(main.messages().get("cli.init.coordinates", template));
                return ExitCode.USAGE_OR_INTERNAL;
            }
            List<String> written;
            try {
                written = coordinates ? Init.create(folder, template, target) : Init.create(folder, target);
            } catch (Init.Refused e) {
                main.err.println(main.messages().get(e.key, Path.of(template), target));
                return ExitCode.USAGE_OR_INTERNAL;
            }
            main.out.println(main.messages().get("cli.init.done", display(target), written.size()));
            for (String f : written) main.out.println("  " + Messages.escape(f, false));
            main.out.println(main.messages().get("cli.init.next", display(target)));
            return ExitCode.OK;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Voegt een rol, functiebeschrijving, pagina of praktijkvoorbeeld toe, met bij elke sleutel "
                    + "uitleg in een commentaarregel. Overschrijft nooit iets.")
    static final class NewCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
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
            Messages m = main.messages();
            try {
                Scaffold.Written w = Scaffold.add(kind, id, dir, role);
                main.out.println(m.text(w.done()));
                main.out.println(m.text(w.next()));
                return ExitCode.OK;
            } catch (Scaffold.Refused e) {
                main.err.println(m.text(e.message()));
                main.err.println("  " + m.get("tip") + ": " + m.text(e.tip()).strip());
                return ExitCode.USAGE_OR_INTERNAL;
            }
        }
    }

    /** What upgrade-report and upgrade share: the school, the new version, and the report. */
    abstract static class UpgradeBase implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Mixin
        UpgradeTarget target;

        @Override
        public Integer call() throws IOException {
            Integer refused = main.refuseUpgrade(target.school, target.folder());
            if (refused != null) return refused;
            Upgrade.Report report = Upgrade.report(target.school, target.folder());
            main.out.print(UpgradePage.text(report));
            return then(report);
        }

        /** What the command does after printing the report; its exit code. */
        abstract int then(Upgrade.Report report) throws IOException;
    }

    @Command(name = "upgrade-report", mixinStandardHelpOptions = true,
            description = "Toont wat een nieuwere versie van het sjabloon voor een school verandert: wat vanzelf "
                    + "meekomt, wat de school moet nakijken, nieuwe verplichte en verdwenen delen.")
    static final class UpgradeReport extends UpgradeBase {
        @Option(names = "--html", paramLabel = "BESTAND", description = "Schrijf het rapport ook als HTML-pagina, met de teksten naast elkaar.")
        Path html;

        @Override
        int then(Upgrade.Report report) throws IOException {
            if (html != null) Files.write(html, UpgradePage.html(report));
            return ExitCode.OK;
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "Zet een school over op een nieuwere versie van het sjabloon. Wat de school niet zelf "
                    + "schreef, komt vanzelf mee; wat ze overschreef, blijft staan en wordt opgesomd om na te kijken.")
    static final class UpgradeCommand extends UpgradeBase {
        @Override
        int then(Upgrade.Report report) throws IOException {
            Upgrade.apply(target.school, target.reference());
            return main.report(Build.check(target.school).diagnostics());
        }
    }

    /** Both folders must be handbooks and the school must build on a template; else a usage error. */
    Integer refuseUpgrade(Path school, Path to) throws IOException {
        if (!exists(school)) return ExitCode.USAGE_OR_INTERNAL;
        if (!Load.isHandbook(school) || Upgrade.currentTemplate(school) == null) {
            err.println(messages().get("cli.upgrade.noTemplate", school));
            return ExitCode.USAGE_OR_INTERNAL;
        }
        if (!Load.isHandbook(to)) {
            err.println(messages().get("cli.init.noTemplate", to));
            return ExitCode.USAGE_OR_INTERNAL;
        }
        // A report on a broken template would call its unreadable parts "removed".
        int code = report(Build.check(to).diagnostics());
        return code == ExitCode.OK ? null : code;
    }

    @Command(name = "benchmark", mixinStandardHelpOptions = true,
            description = "Meet hoe snel de website en de PDF's gemaakt worden: mediaan per keer, na opwarmen.")
    static final class BenchmarkCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Mixin
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
            if (!main.exists(content.dir)) return ExitCode.USAGE_OR_INTERNAL;
            if (runs < 1 || warmup < 0) {
                main.err.println(main.messages().get("cli.benchmark.runs"));
                return ExitCode.USAGE_OR_INTERNAL;
            }
            Build.Checked checked = Build.check(content.dir);
            int code = main.report(checked.diagnostics());
            if (code != ExitCode.OK) return code;
            if (live != null) {
                if (checked.handbooks().stream().noneMatch(h -> h.name().equals(live))) {
                    main.err.println(main.messages().get("cli.benchmark.noHandbook", live, content.dir));
                    return ExitCode.USAGE_OR_INTERNAL;
                }
                LiveBenchmark.run(content.dir, live, warmup, runs, main.out);
                return ExitCode.OK;
            }
            for (Handbook h : checked.handbooks()) Benchmark.run(h, warmup, runs, main.out);
            main.out.flush();
            return ExitCode.OK;
        }
    }

    /**
     * A progress bar on standard error while many handbooks build, only on a terminal: in a log
     * or a CI run it would be noise.
     */
    static final class Progress {
        private final int total;
        private final PrintWriter to;
        private final PrintWriter log;
        private final long start = System.nanoTime();
        private int done;

        /**
         * @param to the terminal for the bar, or null
         * @param log where to write one plain line per handbook (for --verbose), or null
         */
        Progress(int total, PrintWriter to, PrintWriter log) {
            this.total = total;
            this.to = total > 1 ? to : null;
            this.log = to == null ? log : null;
        }

        synchronized void done(String handbook) {
            done++;
            if (log != null) {
                log.println(done + "/" + total + " " + Messages.escape(handbook, false) + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
                log.flush();
            }
            if (to == null) return;
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            to.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " "
                    + Messages.escape(handbook, false) + " ".repeat(20));
            to.flush();
        }

        void finish() {
            if (to == null) return;
            to.println();
            to.flush();
        }
    }

    /** The school and the new template version, shared by upgrade-report and upgrade. */
    static final class UpgradeTarget {
        @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
                description = "Map van het schoolhandboek (standaard: ${DEFAULT-VALUE}).")
        Path school;

        @Option(names = "--to", required = true, paramLabel = "SJABLOON",
                description = "De nieuwe versie van het sjabloon: een map, Maven-coördinaten, of alleen een "
                        + "versienummer als de school het sjabloon met coördinaten vastpint.")
        String to;

        /** What {@code sjabloon:} will say: a folder relative to the school, or coordinates. */
        String reference() throws IOException {
            String current = Upgrade.currentReference(school);
            if (!to.contains("/") && !to.contains(":") && current != null && Artifacts.isCoordinates(current)
                    && !Files.isDirectory(Path.of(to))) {
                return current.substring(0, current.lastIndexOf(':') + 1) + to;
            }
            if (Artifacts.isCoordinates(to) && !Files.isDirectory(Path.of(to))) return to;
            return school.toAbsolutePath().normalize().relativize(Path.of(to).toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
        }

        /** The folder of the new version, or a path that is not a handbook (reported as such). */
        Path folder() throws IOException {
            String ref = reference();
            return Artifacts.isCoordinates(ref) && !Files.isDirectory(school.resolve(ref))
                    ? Artifacts.local().folder(ref).orElse(Path.of(ref)) : school.resolve(ref).normalize();
        }
    }

    /** The folder argument shared by the commands that read content. */
    static final class ContentDir {
        @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "content",
                description = "Map van een handboek, of een map met handboeken (standaard: ${DEFAULT-VALUE}).")
        Path dir;
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"handbook " + (v == null ? "dev" : v)};
        }
    }
}
