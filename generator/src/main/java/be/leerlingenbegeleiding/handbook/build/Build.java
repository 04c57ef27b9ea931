package be.leerlingenbegeleiding.handbook.build;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.Print;
import be.leerlingenbegeleiding.handbook.render.Site;
import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import be.leerlingenbegeleiding.handbook.validate.Validate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 *   <li>render: the website's files ({@link Site}) and the PDFs ({@link Print}), in memory</li>
 *   <li>write: all output into place at once ({@link AtomicOutput})</li>
 * </ol>
 * Every error of every handbook is collected before anything is written; one error means
 * nothing is written.
 */
public final class Build {
    private Build() {
    }

    /** Validated handbooks, or the reasons they are not. */
    public record Checked(List<Handbook> handbooks, List<Diagnostic> diagnostics) {
        public Checked {
            handbooks = List.copyOf(handbooks);
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** What a build wrote: per handbook, its output folder and number of files. */
    public record Written(Path folder, String handbook, int files) {
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

    /** Stages 1–3 for every handbook under {@code dir}. */
    public static Checked check(Path dir) throws IOException {
        List<Path> folders = find(dir);
        if (folders.isEmpty()) {
            return new Checked(List.of(), List.of(Diagnostic.error(Problem.NOT_A_HANDBOOK, Position.ofFile(dir), dir)));
        }
        List<Handbook> handbooks = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path folder : folders) {
            Load.Loaded loaded = Layers.handbook(folder);
            Bind.Bound bound = Bind.handbook(loaded);
            diagnostics.addAll(loaded.diagnostics());
            diagnostics.addAll(bound.diagnostics());
            diagnostics.addAll(Validate.handbook(bound));
            handbooks.add(bound.handbook());
        }
        return new Checked(handbooks, diagnostics);
    }

    /** Stage 5: one handbook's output files, by relative path, in path order. */
    public static Map<String, byte[]> render(Handbook handbook) {
        // The website and each PDF are independent renderings of the same immutable model; on a
        // machine with more than one core they run side by side. The result is a sorted map, so
        // the order in which they finish does not matter.
        List<Supplier<Map<String, byte[]>>> jobs = new ArrayList<>();
        jobs.add(() -> Site.render(handbook));
        Print.jobs(handbook).forEach((path, job) -> jobs.add(() -> Map.of(path, job.get())));
        jobs.add(() -> Print.extras());
        Map<String, byte[]> files = new TreeMap<>();
        jobs.parallelStream().map(Supplier::get).toList().forEach(files::putAll);
        for (Map.Entry<String, String> s : JsonSchema.all().entrySet()) {
            files.put("schema/" + s.getKey(), s.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * All stages: checks every handbook under {@code dir} and, only when none has an error,
     * writes each to {@code out/<handbook>/}.
     *
     * @throws UnsafeOutputException when an output folder exists that this tool did not make,
     *     or lies inside the content
     */
    public static Checked build(Path dir, Path out, List<Written> written) throws IOException {
        Checked checked = check(dir);
        if (checked.hasErrors()) return checked;
        Map<Path, Map<String, byte[]>> sites = new TreeMap<>();
        for (Handbook h : checked.handbooks()) {
            Path target = out.resolve(h.name());
            guard(target, h.folder());
            sites.put(target, render(h));
        }
        for (Map.Entry<Path, Map<String, byte[]>> site : sites.entrySet()) {
            AtomicOutput.replace(site.getKey(), site.getValue());
            written.add(new Written(site.getKey(), site.getKey().getFileName().toString(), site.getValue().size()));
        }
        return checked;
    }

    private static void guard(Path target, Path source) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path s = source.toAbsolutePath().normalize();
        if (t.startsWith(s) || s.startsWith(t)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.OVERLAPS_CONTENT);
        if (!AtomicOutput.replaceable(target)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_OURS);
    }
}
