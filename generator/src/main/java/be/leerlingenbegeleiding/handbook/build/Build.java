package be.leerlingenbegeleiding.handbook.build;

import be.leerlingenbegeleiding.handbook.comply.Comply;
import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.load.Artifacts;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.Overview;
import be.leerlingenbegeleiding.handbook.render.Print;
import be.leerlingenbegeleiding.handbook.render.Site;
import be.leerlingenbegeleiding.handbook.render.ThemeException;
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
     * Validated handbooks, or the reasons they are not; {@code reports} holds the compliance
     * report of each handbook that got that far, by folder.
     */
    public record Checked(List<Handbook> handbooks, List<Diagnostic> diagnostics, Map<Path, Report> reports) {
        public Checked {
            handbooks = List.copyOf(handbooks);
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
        if (fixed != null && !fixed.isBlank()) return LocalDate.parse(fixed.strip());
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(BELGIUM).toLocalDate();
        }
        return LocalDate.now(BELGIUM);
    }

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /**
     * What a run depends on besides the content: the day the checks run on, and where templates
     * named by Maven coordinates come from.
     */
    public record Settings(LocalDate today, Artifacts artifacts, boolean reuse) {
        /**
         * A build that keeps a handbook's previous output when nothing it is made from has
         * changed since (see {@link #build(Path, Path, List, Consumer, Settings)}).
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
            return new Settings(today, artifacts, false);
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

    /** Stages 1–4 for every handbook under {@code dir}, side by side over the machine's cores. */
    public static Checked check(Path dir) throws IOException {
        return check(dir, Settings.standard());
    }

    /** {@link #check(Path)} on a given date. */
    public static Checked check(Path dir, LocalDate today) throws IOException {
        return check(dir, Settings.on(today));
    }

    /** {@link #check(Path)} with the given settings. */
    public static Checked check(Path dir, Settings settings) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) {
            return new Checked(List.of(), List.of(Diagnostic.error(Problem.NOT_A_HANDBOOK, Position.ofFile(dir), dir)), Map.of());
        }
        List<Checked> each = folders.parallelStream().map(f -> checkOne(f, settings)).toList();
        List<Handbook> handbooks = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Path, Report> reports = new TreeMap<>();
        for (Checked c : each) {
            handbooks.addAll(c.handbooks());
            diagnostics.addAll(c.diagnostics());
            reports.putAll(c.reports());
        }
        return new Checked(handbooks, diagnostics, reports);
    }

    /**
     * One handbook, merged over its templates; its diagnostics include those of its templates.
     * The compliance rules run only on a handbook without errors: they read the model as valid,
     * and a broken file would otherwise show up twice, once as the error and once as a gap.
     */
    public static Checked checkOne(Path folder, Settings settings) {
        Load.Loaded loaded = Layers.handbook(folder, settings.artifacts());
        Bind.Bound bound = Bind.handbook(loaded);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(bound.diagnostics());
        diagnostics.addAll(Validate.handbook(bound));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) return new Checked(List.of(bound.handbook()), diagnostics, Map.of());
        Report report = Comply.handbook(bound.handbook(), settings.today());
        diagnostics.addAll(report.diagnostics());
        return new Checked(List.of(bound.handbook()), diagnostics, Map.of(folder, report));
    }

    /** Stage 5: one handbook's output files, by relative path, in path order. */
    public static Map<String, byte[]> render(Handbook handbook, Report report) {
        // The website and each PDF are independent renderings of the same immutable model; on a
        // machine with more than one core they run side by side. The result is a sorted map, so
        // the order in which they finish does not matter.
        List<Supplier<Map<String, byte[]>>> jobs = new ArrayList<>();
        jobs.add(() -> renderSite(handbook, report));
        pdfs(handbook).forEach((path, job) -> jobs.add(() -> Map.of(path, job.get())));
        Map<String, byte[]> files = new TreeMap<>();
        jobs.parallelStream().map(Supplier::get).toList().forEach(files::putAll);
        return files;
    }

    /** Stage 5 without the PDFs: the website's pages, assets and schemas, by relative path. */
    public static Map<String, byte[]> renderSite(Handbook handbook, Report report) {
        Map<String, byte[]> files = new TreeMap<>(Site.render(handbook, report));
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

    /** The PDFs of a handbook, by relative path, each rendered only when asked for. */
    public static Map<String, Supplier<byte[]>> pdfs(Handbook handbook) {
        return Print.jobs(handbook);
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
     * @throws UnsafeOutputException when an output folder exists that this tool did not make,
     *     or lies inside the content
     */
    public static Checked build(Path dir, Path out, List<Written> written, Consumer<String> progress) throws IOException {
        return build(dir, out, written, progress, Settings.standard());
    }

    /** {@link #build(Path, Path, List, Consumer)} on a given date. */
    public static Checked build(Path dir, Path out, List<Written> written, Consumer<String> progress, LocalDate today) throws IOException {
        return build(dir, out, written, progress, Settings.on(today));
    }

    /** {@link #build(Path, Path, List, Consumer)} with the given settings. */
    public static Checked build(Path dir, Path out, List<Written> written, Consumer<String> progress, Settings settings) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) return check(dir, settings);
        for (Path folder : folders) guard(out.resolve(folder.getFileName().toString()), folder);
        // Each handbook is written as soon as it is rendered, and only the names of its files
        // are kept: a batch of hundreds of schools never holds more than a few sites in memory.
        Fingerprint fingerprints = new Fingerprint(settings);
        List<Built> built;
        try {
            built = folders.parallelStream().map(folder -> {
                Checked c = checkOne(folder, settings);
                Handbook h = c.handbooks().get(0);
                Report report = c.reports().get(folder);
                java.util.SortedSet<String> names = new java.util.TreeSet<>();
                List<Diagnostic> found = new ArrayList<>(c.diagnostics());
                boolean kept = false;
                if (!c.hasErrors()) {
                    try {
                        Path target = out.resolve(h.name());
                        String fingerprint = fingerprints.of(h);
                        java.util.SortedSet<String> previous = settings.reuse() ? AtomicOutput.kept(target, fingerprint) : null;
                        if (previous != null) {
                            kept = true;
                            names.addAll(previous);
                        } else {
                            Map<String, byte[]> files = render(h, report);
                            AtomicOutput.replace(target, files, fingerprint);
                            names.addAll(files.keySet());
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (ThemeException e) {
                        // A theme file of the handbook or its template failed: its error, not ours.
                        found.add(e.diagnostic());
                    }
                }
                progress.accept(h.name());
                return new Built(new Outcome(h, found, report, names), kept);
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Built b : built) {
            Outcome o = b.outcome();
            diagnostics.addAll(o.diagnostics());
            if (o.ok()) written.add(new Written(out.resolve(o.handbook().name()), o.handbook().name(), o.files().size(), b.kept()));
        }
        List<Outcome> outcomes = built.stream().map(Built::outcome).toList();
        if (outcomes.size() > 1) {
            AtomicOutput.writeFile(out.resolve("index.html"), Overview.render(entries(outcomes)), Overview.MARK);
        }
        Map<Path, Report> reports = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            if (outcomes.get(i).report() != null) reports.put(folders.get(i), outcomes.get(i).report());
        }
        return new Checked(outcomes.stream().map(Outcome::handbook).toList(), diagnostics, reports);
    }

    private record Built(Outcome outcome, boolean kept) {
    }

    /** The overview page for the outcomes of several handbooks, as {@code build} writes it. */
    public static byte[] overview(List<Outcome> outcomes) {
        return Overview.render(entries(outcomes));
    }

    /** The overview's line per handbook; the template is named with its edition, if it has one. */
    private static List<Overview.Entry> entries(List<Outcome> outcomes) {
        List<Overview.Entry> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            Handbook h = o.handbook();
            long errors = o.diagnostics().stream().filter(Diagnostic::isError).count();
            List<String> pdfs = o.files().stream().filter(f -> f.endsWith(".pdf")).toList();
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

    /** {@link #build(Path, Path, List, Consumer)} without progress reports. */
    public static Checked build(Path dir, Path out, List<Written> written) throws IOException {
        return build(dir, out, written, name -> { });
    }

    private static void guard(Path target, Path source) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path s = source.toAbsolutePath().normalize();
        if (t.startsWith(s) || s.startsWith(t)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.OVERLAPS_CONTENT);
        if (!AtomicOutput.replaceable(target)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_OURS);
    }
}
