package be.leerlingenbegeleiding.handbook.pipeline;

import be.leerlingenbegeleiding.handbook.comply.Comply;
import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.Internal;
import be.leerlingenbegeleiding.handbook.render.Overview;
import be.leerlingenbegeleiding.handbook.render.Print;
import be.leerlingenbegeleiding.handbook.render.Site;
import be.leerlingenbegeleiding.handbook.render.Theme;
import be.leerlingenbegeleiding.handbook.render.ThemeException;
import be.leerlingenbegeleiding.handbook.render.WhatsNew;
import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import be.leerlingenbegeleiding.handbook.validate.Validate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The pipeline, in the order its stages run. Each stage is a function from the previous stage's
 * immutable result to its own; none reaches back.
 * <ol>
 *   <li>load: files to parsed YAML and Markdown with positions ({@link Load})</li>
 *   <li>merge: a handbook laid over the templates it builds on ({@link Layers})</li>
 *   <li>bind: parsed documents to model records ({@link Bind})</li>
 *   <li>validate: ids, references, owners, sums ({@link Validate})</li>
 *   <li>comply: the legal and quality rules, for a handbook that passed validation ({@link Comply})</li>
 *   <li>render: the website's files ({@link Site}) and the PDFs ({@link Print}), in memory</li>
 *   <li>write: all output into place at once ({@link AtomicOutput})</li>
 * </ol>
 * Every error of a handbook is collected before anything is written; a handbook with an error
 * is not written, and its previous output stays. Other handbooks are not held back by it.
 */
public final class Build {
    private Build() {
    }

    /**
     * What a run found and did: the handbooks (bound, valid or not), every diagnostic, the
     * compliance report of each handbook that got that far (by folder), and what was written
     * (empty for a check).
     */
    public record Result(List<Handbook> handbooks, List<Diagnostic> diagnostics, Map<Path, Report> reports, List<Written> written) {
        /** A result of stages 1–5 only: nothing written. */
        public Result(List<Handbook> handbooks, List<Diagnostic> diagnostics, Map<Path, Report> reports) {
            this(handbooks, diagnostics, reports, List.of());
        }

        public Result {
            handbooks = List.copyOf(handbooks);
            written = List.copyOf(written);
            reports = Map.copyOf(reports);
            // A template's mistake shows once, not once per school that builds on it.
            diagnostics = diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        /** The problems with the content's form and references, without the compliance findings. */
        public List<Diagnostic> structural() {
            return diagnostics.stream().filter(d -> d.problem() != null).toList();
        }

        /** Whether anything fails: errors, and with {@code strict} also warnings. */
        public boolean fails(boolean strict) {
            return diagnostics.stream().anyMatch(d -> d.isError() || strict && d.severity() == Severity.WAARSCHUWING);
        }
    }

    /**
     * The date checks run on (review dates before it are overdue): the system property
     * {@code handboek.datum} (YYYY-MM-DD) when set, else {@code SOURCE_DATE_EPOCH} (seconds, as
     * reproducible builds use), else today in Belgium.
     */
    public static LocalDate today() {
        String fixed = System.getProperty("handboek.datum");
        if (fixed != null && !fixed.isBlank()) {
            try {
                return LocalDate.parse(fixed.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new UserError(Msg.of("cli.setting.handboek.datum", "handboek.datum", fixed),
                        Msg.of("cli.setting.handboek.datum.tip", "handboek.datum"));
            }
        }
        String epoch = env.apply("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) return LocalDate.now(BELGIUM);
        // Seconds from 1970 up to the last second of the year 9999; anything else is a mistake
        // in the build's environment, which the user must hear about rather than a wrong date.
        String digits = epoch.strip();
        if (!digits.matches("\\d{1,12}") || Long.parseLong(digits) > LAST_SECOND) {
            throw new UserError(Msg.of("cli.setting.SOURCE_DATE_EPOCH", "SOURCE_DATE_EPOCH", epoch),
                    Msg.of("cli.setting.SOURCE_DATE_EPOCH.tip", "SOURCE_DATE_EPOCH"));
        }
        return Instant.ofEpochSecond(Long.parseLong(digits)).atZone(BELGIUM).toLocalDate();
    }

    /** 9999-12-31T23:59:59Z, the last moment a four-digit year can name. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /** The environment; a test seam, so a test can set a variable without changing the process. */
    static volatile java.util.function.Function<String, String> env = System::getenv;

    /** The stages of a build, as an internal error names them. */
    public enum Stage { LOAD, MERGE, BIND, VALIDATE, COMPLY, RENDER, WRITE, OVERVIEW }

    /** Told each stage as it starts; a test seam, to see how a crash in a stage is reported. */
    static volatile java.util.function.BiConsumer<Path, Stage> beforeStage = (folder, stage) -> { };

    /**
     * What a run depends on besides the content: the day the checks run on, where templates
     * named by Maven coordinates come from, whether unchanged output may be kept, and the theme
     * the pages and PDFs are rendered with (the jar's own unless the preview shows a folder of
     * theme sources).
     */
    public record Settings(LocalDate today, Artifacts artifacts, boolean reuse, Theme theme) {
        /** With the jar's own theme. */
        public Settings(LocalDate today, Artifacts artifacts, boolean reuse) {
            this(today, artifacts, reuse, Theme.BUILT_IN);
        }

        /**
         * A build that keeps a handbook's previous output when nothing it is made from has
         * changed since (see {@link #build(Path, Path, Settings, Consumer)}).
         */
        public Settings(LocalDate today, Artifacts artifacts) {
            this(today, artifacts, true);
        }

        /** Today ({@link #today()}) and the local Maven repository. */
        public static Settings standard() {
            return new Settings(Build.today(), Artifacts.local());
        }

        /** The local Maven repository, on the given day. */
        public static Settings on(LocalDate today) {
            return new Settings(today, Artifacts.local());
        }

        /** These settings, but every handbook is rendered and written, changed or not. */
        public Settings afresh() {
            return new Settings(today, artifacts, false, theme);
        }

        /** These settings, rendered with {@code theme}. */
        public Settings with(Theme theme) {
            return new Settings(today, artifacts, reuse, theme);
        }
    }

    /**
     * What a build did per handbook: its output folder and number of files; {@code kept} when
     * nothing had changed and the previous output was left as it was.
     */
    public record Written(Path folder, String handbook, int files, boolean kept) {
    }

    /**
     * The handbook folders under {@code dir}: {@code dir} itself when it holds a
     * {@code handboek.yaml}, otherwise each sub-folder that does, in name order.
     */
    public static List<Path> find(Path dir) throws IOException {
        if (Load.isHandbook(dir)) return List.of(dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(Load::isHandbook).sorted().toList();
        }
    }

    /** Stages 1–5 (up to comply) for every handbook under {@code dir}, side by side over the machine's cores. */
    public static Result check(Path dir) throws IOException {
        return check(dir, Settings.standard());
    }

    /** {@link #check(Path)} with the given settings. */
    public static Result check(Path dir, Settings settings) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) {
            return new Result(List.of(), List.of(Diagnostic.error(Problem.NOT_A_HANDBOOK, Position.ofFile(dir), dir)), Map.of());
        }
        List<Result> each = folders.parallelStream().map(f -> checkOne(f, settings)).toList();
        List<Handbook> handbooks = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Path, Report> reports = new TreeMap<>();
        for (Result c : each) {
            handbooks.addAll(c.handbooks());
            diagnostics.addAll(c.diagnostics());
            reports.putAll(c.reports());
        }
        return new Result(handbooks, diagnostics, reports);
    }

    /**
     * One handbook, merged over its templates; its diagnostics include those of its templates.
     * The compliance rules run only on a handbook without errors: they read the model as valid,
     * and a broken file would otherwise show up twice, once as the error and once as a gap.
     */
    public static Result checkOne(Path folder, Settings settings) {
        Load.Loaded own = stage(Stage.LOAD, folder, () -> Load.handbook(folder));
        Load.Loaded merged = stage(Stage.MERGE, folder, () -> Layers.merge(own, settings.artifacts()));
        Bind.Bound bound = stage(Stage.BIND, folder, () -> Bind.handbook(merged));
        // Without its template, every part the template gives would be reported missing: the
        // one error that says the template is not there is all the author needs to read.
        if (merged.templateUnresolved()) return new Result(List.of(bound.handbook()), merged.diagnostics(), Map.of());
        List<Diagnostic> invalid = stage(Stage.VALIDATE, folder, () -> Validate.handbook(bound));
        List<Diagnostic> diagnostics = new ArrayList<>(merged.diagnostics());
        // A file that did not parse: what binding and validation find in it, or in the
        // template's file it would have changed, follows from that one error.
        diagnostics.addAll(merged.withoutFollowUps(bound.diagnostics()));
        diagnostics.addAll(merged.withoutFollowUps(invalid));
        diagnostics.addAll(Editions.problems(bound.handbook()));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) return new Result(List.of(bound.handbook()), diagnostics, Map.of());
        Report report = stage(Stage.COMPLY, folder, () -> Comply.handbook(bound.handbook(), settings.today()));
        diagnostics.addAll(report.diagnostics());
        return new Result(List.of(bound.handbook()), diagnostics, Map.of(folder, report));
    }

    /** Work of a stage; it may fail on input or output. */
    @FunctionalInterface
    interface Work<T> {
        T get() throws IOException;
    }

    /**
     * Runs one stage of one handbook. What escapes it unplanned (an exception, a stack overflow,
     * a full heap) is our bug: it becomes a {@link StageFailure} that names handbook and stage.
     * The stack has unwound by then, so the one line that says so can still be printed.
     */
    static <T> T stage(Stage stage, Path folder, Work<T> work) {
        try {
            beforeStage.accept(folder, stage);
            return work.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (StageFailure | UserError | ThemeException | java.io.UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new StageFailure(folder, stage, e);
        }
    }

    /** Stage 6, render: one handbook's output files, by relative path, in path order. */
    public static Map<String, byte[]> render(Handbook handbook, Report report, Theme theme) {
        // The website and each PDF are independent renderings of the same immutable model; on a
        // machine with more than one core they run side by side. The result is a sorted map, so
        // the order in which they finish does not matter.
        List<Supplier<Map<String, byte[]>>> jobs = new ArrayList<>();
        WhatsNew news = whatsNew(handbook);
        jobs.add(() -> renderSite(handbook, report, theme, news));
        Print.jobs(handbook, report == null ? null : report.date(), theme, news)
                .forEach((path, job) -> jobs.add(() -> Map.of(path, job.get())));
        Map<String, byte[]> files = new TreeMap<>();
        jobs.parallelStream().map(Supplier::get).toList().forEach(files::putAll);
        return files;
    }

    /** Stage 6 without the PDFs: the website's pages, assets and schemas, by relative path. */
    public static Map<String, byte[]> renderSite(Handbook handbook, Report report) {
        return renderSite(handbook, report, Theme.BUILT_IN);
    }

    /** {@link #renderSite(Handbook, Report)} in the given theme. */
    public static Map<String, byte[]> renderSite(Handbook handbook, Report report, Theme theme) {
        return renderSite(handbook, report, theme, whatsNew(handbook));
    }

    /**
     * What changed since the edition {@code vorige_uitgave} names, for the page and the appendix;
     * null when the handbook names none (the output is then as it always was).
     */
    static WhatsNew whatsNew(Handbook handbook) {
        try {
            return Editions.since(handbook);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> renderSite(Handbook handbook, Report report, Theme theme, WhatsNew news) {
        Map<String, byte[]> files = new TreeMap<>(Site.render(handbook, report, theme, news));
        files.putAll(Print.extras());
        files.putAll(Schemas.FILES);
        return files;
    }

    /** The schemas depend only on the model, which is fixed for a run: written once. */
    private static final class Schemas {
        static final Map<String, byte[]> FILES;

        static {
            Map<String, byte[]> files = new TreeMap<>();
            for (Map.Entry<String, String> s : JsonSchema.all().entrySet()) {
                files.put("schema/" + s.getKey(), s.getValue().getBytes(StandardCharsets.UTF_8));
            }
            FILES = java.util.Collections.unmodifiableMap(files);
        }
    }

    /**
     * The PDFs of a handbook, by relative path, each rendered only when asked for; {@code today}
     * (may be null) decides whether the cover says the handbook may be out of date.
     */
    public static Map<String, Supplier<byte[]>> pdfs(Handbook handbook, java.time.LocalDate today) {
        return pdfs(handbook, today, Theme.BUILT_IN);
    }

    /** {@link #pdfs(Handbook, LocalDate)} in the given theme. */
    public static Map<String, Supplier<byte[]>> pdfs(Handbook handbook, java.time.LocalDate today, Theme theme) {
        return Print.jobs(handbook, today, theme, whatsNew(handbook));
    }

    /**
     * What happened to each handbook of a build, for the overview page and the summary:
     * {@code files} names its output files (their bytes are written, not held).
     */
    public record Outcome(Handbook handbook, List<Diagnostic> diagnostics, Report report, java.util.SortedSet<String> files) {
        public Outcome {
            files = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(files));
        }

        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /**
     * All stages for every handbook under {@code dir}, side by side. A handbook with an error is
     * not written (its previous output stays as it was); the others are. With more than one
     * handbook, {@code out/index.html} gives an overview of them all.
     *
     * <p>A handbook whose inputs have not changed since the build that made its output (same
     * {@link Fingerprint}: generator, date, every file of its layers), and whose output nobody
     * touched since, keeps that output: rendering it again would give the same bytes. It is still
     * checked, so its findings are reported as always. {@link Settings#afresh()} renders all.
     *
     * @param progress told the name of each handbook as it is done
     * @throws UnsafeOutputException before anything is written, when the output overlaps the
     *     content folder, a handbook or a template it builds on, or when something stands where
     *     the output goes that this tool did not make
     * @throws StageFailure when a stage fails on a bug of ours; what was written stays as it was
     */
    public static Result build(Path dir, Path out, Settings settings, Consumer<String> progress) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) return check(dir, settings);
        List<Written> written = new ArrayList<>();
        List<Result> checked = checkThenGuard(dir, folders, out, settings, folders.size() > 1 ? "index.html" : null);
        // Each handbook is written as soon as it is rendered, and only the names of its files
        // are kept: a batch of hundreds of schools never holds more than a few sites in memory.
        Fingerprint fingerprints = new Fingerprint(settings);
        List<Built> built = java.util.stream.IntStream.range(0, folders.size()).parallel().mapToObj(i -> {
            try {
                return write(folders.get(i), checked.get(i), out, fingerprints, settings, progress);
            } catch (RuntimeException e) {
                // Kept until every handbook is done, so nothing is still being written when the build stops.
                return new Built(null, false, e);
            }
        }).toList();
        for (Built b : built) {
            if (b.failure() instanceof java.io.UncheckedIOException e) throw e.getCause();
            if (b.failure() != null) throw b.failure();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Built b : built) {
            Outcome o = b.outcome();
            diagnostics.addAll(o.diagnostics());
            if (o.ok()) written.add(new Written(out.resolve(o.handbook().name()), o.handbook().name(), o.files().size(), b.kept()));
        }
        List<Outcome> outcomes = built.stream().map(Built::outcome).toList();
        if (outcomes.size() > 1) {
            stage(Stage.OVERVIEW, out, () -> {
                AtomicOutput.writeFile(out.resolve("index.html"), Overview.render(entries(outcomes), settings.theme()), Overview.MARK);
                return null;
            });
        }
        Map<Path, Report> reports = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            if (outcomes.get(i).report() != null) reports.put(folders.get(i), outcomes.get(i).report());
        }
        return new Result(outcomes.stream().map(Outcome::handbook).toList(), diagnostics, reports, written);
    }

    /**
     * The internal documents ({@code personeel/}, {@code doorlichting}) of every handbook under {@code dir} that has
     * them and no errors, each into {@code out/<handbook>}. Never into a folder that holds a
     * public site: the two outputs stay apart, so the internal part cannot be published with it.
     */
    public static Result buildInternal(Path dir, Path out, Settings settings) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) return check(dir, settings);
        List<Written> written = new ArrayList<>();
        List<Result> checked = checkThenGuard(dir, folders, out, settings, null);
        List<Handbook> books = checked.stream().map(c -> c.handbooks().get(0)).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Path, Report> reports = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            Result c = checked.get(i);
            Handbook h = books.get(i);
            diagnostics.addAll(c.diagnostics());
            reports.putAll(c.reports());
            if (c.hasErrors() || h.staff().isEmpty() && h.inspection() == null) continue;
            Path target = out.resolve(h.name());
            if (Files.exists(target.resolve("index.html"))) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.PUBLIC_SITE);
            Map<String, byte[]> files = stage(Stage.RENDER, folders.get(i), () -> Internal.render(h, settings.theme()));
            stage(Stage.WRITE, folders.get(i), () -> {
                AtomicOutput.replace(target, files);
                return null;
            });
            written.add(new Written(target, h.name(), files.size(), false));
        }
        return new Result(books, diagnostics, reports, written);
    }

    /**
     * Stages 1-5 of every handbook, then the output guard: only then are all the templates known
     * that the output must stay out of, and nothing is written before the output is found safe.
     * {@code overview} is the overview page's name when the build writes one.
     */
    private static List<Result> checkThenGuard(Path dir, List<Path> folders, Path out, Settings settings, String overview)
            throws IOException {
        List<Result> checked = folders.parallelStream().map(folder -> checkOne(folder, settings)).toList();
        List<Handbook> books = checked.stream().map(c -> c.handbooks().get(0)).toList();
        OutputGuard.check(out, OutputGuard.read(dir, folders, books.stream().map(Handbook::layers).toList()),
                books.stream().map(Handbook::name).toList(), overview, Overview.MARK);
        return checked;
    }

    /** Stages 6 and 7 for one checked handbook: rendered and written, or kept, unless it has errors. */
    private static Built write(Path folder, Result c, Path out, Fingerprint fingerprints, Settings settings, Consumer<String> progress) {
        Handbook h = c.handbooks().get(0);
        Report report = c.reports().get(folder);
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        List<Diagnostic> found = new ArrayList<>(c.diagnostics());
        boolean kept = false;
        if (!c.hasErrors()) {
            Path target = out.resolve(h.name());
            String fingerprint = stage(Stage.WRITE, folder, () -> fingerprints.of(h));
            java.util.SortedSet<String> previous = settings.reuse() ? stage(Stage.WRITE, folder, () -> AtomicOutput.kept(target, fingerprint)) : null;
            if (previous != null) {
                kept = true;
                names.addAll(previous);
            } else {
                try {
                    Map<String, byte[]> files = stage(Stage.RENDER, folder, () -> render(h, report, settings.theme()));
                    stage(Stage.WRITE, folder, () -> {
                        AtomicOutput.replace(target, files, fingerprint);
                        return null;
                    });
                    names.addAll(files.keySet());
                } catch (ThemeException e) {
                    // A theme file of the handbook or its template failed: its author's error, not ours.
                    found.add(e.diagnostic());
                }
            }
        }
        progress.accept(h.name());
        return new Built(new Outcome(h, found, report, names), kept, null);
    }

    private record Built(Outcome outcome, boolean kept, RuntimeException failure) {
    }

    /** The overview page for the outcomes of several handbooks, as {@code build} writes it. */
    public static byte[] overview(List<Outcome> outcomes, Theme theme) {
        return Overview.render(entries(outcomes), theme);
    }

    /** The overview's line per handbook; the template is named with its edition, if it has one. */
    private static List<Overview.Entry> entries(List<Outcome> outcomes) {
        List<Overview.Entry> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            Handbook h = o.handbook();
            long errors = o.diagnostics().stream().filter(Diagnostic::isError).count();
            // The school's own documents (documenten/) are published as they are, not made here.
            List<String> pdfs = o.files().stream().filter(f -> f.endsWith(".pdf") && !f.startsWith("documenten/")).toList();
            entries.add(new Overview.Entry(h, template(h, outcomes), (int) errors, pdfs));
        }
        return entries;
    }

    /** The template a handbook builds on, as the overview names it: with its version if known. */
    private static String template(Handbook h, List<Outcome> outcomes) {
        if (h.layers().size() < 2) return null;
        String written = h.metadata() != null ? h.metadata().template() : null;
        // A pinned artifact: its coordinates name the version exactly.
        if (written != null && Artifacts.isCoordinates(written) && !Files.isDirectory(h.folder().resolve(written))) return written;
        Path folder = h.layers().get(1).toAbsolutePath().normalize();
        String name = folder.getFileName().toString();
        for (Outcome other : outcomes) {
            Handbook t = other.handbook();
            if (t.folder().toAbsolutePath().normalize().equals(folder) && t.metadata() != null && t.metadata().edition() != null) {
                return name + " (" + t.metadata().edition() + ")";
            }
        }
        return name;
    }

    /** {@link #build(Path, Path, Settings, Consumer)} with the standard settings, without progress reports. */
    public static Result build(Path dir, Path out) throws IOException {
        return build(dir, out, Settings.standard(), name -> { });
    }
}
