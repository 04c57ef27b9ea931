package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code handbook} command. Each subcommand is a class of its own in this package, and
 * {@code handbook --help} lists them from the annotations below:
 * <ul>
 *   <li>{@code check} ({@link CheckCommand}): report every problem and the compliance report;</li>
 *   <li>{@code build} ({@link BuildCommand}): check, then write a website and PDFs per handbook,
 *       or with {@code --intern} the internal documents;</li>
 *   <li>{@code serve} ({@link ServeCommand}): the live preview;</li>
 *   <li>{@code init} ({@link InitCommand}): a new school handbook on a template;</li>
 *   <li>{@code new} ({@link NewCommand}): a role, function, page or example, with comments;</li>
 *   <li>{@code upgrade-report} ({@link UpgradeReportCommand}) and {@code upgrade}
 *       ({@link UpgradeCommand}): what a newer template changes, and moving onto it;</li>
 *   <li>{@code schema} ({@link SchemaCommand}): the JSON Schemas for editors;</li>
 *   <li>{@code benchmark} ({@link BenchmarkCommand}): how fast sites and PDFs are made;</li>
 *   <li>{@code help}: picocli's own.</li>
 * </ul>
 * How a command ends, and who prints it:
 * <ul>
 *   <li>in order, or with errors in the content: the command prints the diagnostics itself
 *       ({@link #report}), exit code {@link ExitCode#OK} or {@link ExitCode#CONTENT_ERRORS};</li>
 *   <li>called wrongly (an unknown option, a missing argument): picocli's message and the usage,
 *       printed by the parameter exception handler in {@link #run};</li>
 *   <li>a {@link UserError} (a missing folder, an id that is no id, an unsafe output folder): its
 *       message and tip, and an internal error (any other exception: our bug): "interne fout";
 *       both printed by {@link Failures}, with exit code {@link ExitCode#USAGE_OR_INTERNAL}.</li>
 * </ul>
 */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Maakt van een handboek leerlingenbegeleiding (YAML en Markdown) een website.",
        subcommands = {CheckCommand.class, BuildCommand.class, ServeCommand.class, InitCommand.class, NewCommand.class,
                UpgradeReportCommand.class,
                UpgradeCommand.class, ChangesCommand.class, SchemaCommand.class, BenchmarkCommand.class,
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
        main.rawOut = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        main.rawErr = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
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

    /** A user error or an internal error, printed; its exit code. */
    private int failed(Throwable e, boolean verbose) {
        return Failures.print(e, messages(), err, verbose);
    }

    /** The value of {@code --lang} in the raw arguments, or null. */
    static String languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return null;
    }

    /** This command as picocli set it up, with the help texts in the chosen language. */
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // The usage as --help prints it, in the language of --lang, not picocli's English default.
        spec.commandLine().usage(out);
        return ExitCode.USAGE_OR_INTERNAL;
    }

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    private boolean verbose(CommandLine.ParseResult parsed) {
        return verbose || parsed != null && parsed.originalArgs().contains("--verbose");
    }

    /** Checks a folder as {@code check} would, prints what it found; the exit code that means. */
    int check(Path dir) throws IOException {
        return report(Build.check(dir).diagnostics());
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
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WAARSCHUWING).count();
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

    /** A folder argument must exist. */
    static void requireFolder(Path dir) {
        if (!Files.isDirectory(dir)) throw new UserError(Msg.of("cli.noSuchFolder", dir));
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
