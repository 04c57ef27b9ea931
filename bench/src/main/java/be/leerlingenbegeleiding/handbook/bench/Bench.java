package be.leerlingenbegeleiding.handbook.bench;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.render.Print;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The benchmark of issue #8: cold build, warm site rebuild, warm PDF and batches of generated
 * schools, beside JBake (in-process), Hugo and WeasyPrint (processes) on equivalent input. Prints
 * a Markdown report and writes it to {@code bench/target/resultaten.md}.
 *
 * <p>Arguments: {@code --root DIR} (the repository), {@code --quick} (fewer runs, N up to 100),
 * {@code --full} (the default).
 */
public final class Bench {
    private static final String EXAMPLE = "de-kiem";
    private static final long SEED = 8;
    private static final String NOT_INSTALLED = "niet geïnstalleerd";

    private final Path root;
    private final boolean quick;
    private final Path jar;
    private final Path launcher;
    private final Path tmp;
    private final StringBuilder report = new StringBuilder();

    private Bench(Path root, boolean quick) throws IOException {
        this.root = root;
        this.quick = quick;
        this.jar = root.resolve("generator/target/handbook.jar");
        this.launcher = root.resolve("handbook");
        this.tmp = Files.createTempDirectory("handbook-bench");
    }

    /** A median over runs, with the fastest and slowest, and the peak RSS in KiB (-1: not measured). */
    record Stat(double median, double min, double max, int runs, long peakKib) {
        static Stat of(double[] ms, long peakKib) {
            double[] s = ms.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            return new Stat(median, s[0], s[n - 1], n, peakKib);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--quick", "quick" -> quick = true;
                case "--full", "full" -> quick = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Bench b = new Bench(root.toAbsolutePath().normalize(), quick);
        try {
            b.run();
        } finally {
            Schools.delete(b.tmp);
        }
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the generator first: " + jar);
        if (!Files.isExecutable(launcher)) throw new IllegalStateException("the launcher is missing or not executable: " + launcher);
        Path content = root.resolve("content");
        int coldRuns = quick ? 3 : 7;
        int warmup = quick ? 5 : 15;
        int warmRuns = quick ? 10 : 30;
        int pdfRuns = quick ? 5 : 15;
        int[] sizes = quick ? new int[] {10, 100} : new int[] {10, 100, 500};

        head();
        System.err.println("cold build of content/ ...");
        Path coldCopy = tmp.resolve("cold-content");
        Schools.copy(content, coldCopy);
        Path coldOut = tmp.resolve("cold");
        Stat cold = process(coldRuns, () -> cli(coldCopy, coldOut, "--opnieuw"));
        Stat coldPlain = process(Math.max(1, coldRuns / 2), () -> List.of("java", "-jar", jar.toString(), "-q", "build",
                coldCopy.toString(), "-o", tmp.resolve("cold-plain").toString(), "--opnieuw"));
        Stat unchanged = process(coldRuns, () -> cli(coldCopy, coldOut));
        Path edited = coldCopy.resolve(EXAMPLE).resolve("paginas/begrippenlijst.md");
        String editedText = Files.readString(edited, StandardCharsets.UTF_8);
        int[] coldEdit = {0};
        Stat oneEdit = process(coldRuns, () -> {
            Files.writeString(edited, editedText + "\nWijziging " + coldEdit[0]++ + ".\n", StandardCharsets.UTF_8);
            return cli(coldCopy, coldOut);
        });

        Path kiem = tmp.resolve("warm").resolve(EXAMPLE);
        Schools.copy(content.resolve(EXAMPLE), kiem);
        Build.Settings settings = Build.Settings.standard();
        Path page = kiem.resolve("paginas/begrippenlijst.md");
        String original = Files.readString(page, StandardCharsets.UTF_8);
        System.err.println("warm site rebuild ...");
        int[] edit = {0};
        Map<String, byte[]>[] lastSite = new Map[1];
        Stat warmSite = inProcess(warmup, warmRuns, () -> {
            Files.writeString(page, original + "\nMeting " + edit[0]++ + ": een zin die telkens verandert.\n", StandardCharsets.UTF_8);
            long start = System.nanoTime();
            Build.Result c = Build.checkOne(kiem, settings);
            lastSite[0] = Build.renderSite(c.handbooks().get(0), c.reports().get(kiem));
            return (System.nanoTime() - start) / 1e6;
        });
        Handbook h = Build.checkOne(kiem, settings).handbooks().get(0);
        System.err.println("warm handbook PDF ...");
        Stat warmPdf = inProcess(Math.max(3, warmup / 3), pdfRuns, () -> {
            long start = System.nanoTime();
            Build.pdfs(h, null).get("handboek.pdf").get();
            return (System.nanoTime() - start) / 1e6;
        });

        // Batches of schools: one `handbook build` process each, site and PDFs.
        List<Stat> batches = new ArrayList<>();
        Stat plainBatch = null;
        Stat batchOneChanged = null;
        for (int n : sizes) {
            System.err.println("batch of " + n + " schools ...");
            Path dir = tmp.resolve("scholen-" + n);
            Path schools = Schools.generate(content, dir, n, SEED);
            int runs = quick ? (n >= 100 ? 1 : 3) : (n >= 500 ? 1 : 3);
            batches.add(process(runs, () -> cli(schools, dir.resolve("uit"), "--opnieuw")));
            if (n == 100) {
                // The same batch with the JVM's defaults (no launcher): what the heap does unbounded.
                plainBatch = process(1, () -> List.of("java", "-jar", jar.toString(), "-q", "build", schools.toString(),
                        "-o", dir.resolve("uit-plain").toString(), "--opnieuw"));
            }
            if (n == sizes[sizes.length - 1]) {
                // A support service's usual rebuild: one school edited, the others unchanged.
                Path school = schools.resolve("school-001/school.yaml");
                Files.writeString(school, Files.readString(school, StandardCharsets.UTF_8) + "# een wijziging\n", StandardCharsets.UTF_8);
                batchOneChanged = process(runs, () -> cli(schools, dir.resolve("uit")));
            }
            Schools.delete(dir);
        }

        // The other tools, on the same pages.
        List<Pages.Page> pages = Pages.fromSite(lastSite[0]);
        System.err.println("JBake ...");
        Path jbakeSrc = Pages.jbake(tmp.resolve("jbake"), pages);
        double jbakeFirst = bakeJBake(jbakeSrc, tmp.resolve("jbake-uit"));
        Stat jbake = inProcess(Math.max(2, warmup / 3), warmRuns / 2, () -> bakeJBake(jbakeSrc, tmp.resolve("jbake-uit")));

        System.err.println("site only, fresh JVM ...");
        String cp = System.getProperty("java.class.path");
        Stat coldSite = process(coldRuns, () -> child(cp, "site", kiem, tmp.resolve("child-site")));
        Stat coldPdf = process(coldRuns, () -> child(cp, "pdf", kiem, tmp.resolve("child-pdf")));

        Stat hugo = null;
        if (Proc.onPath("hugo")) {
            System.err.println("Hugo ...");
            Path site = Pages.hugo(tmp.resolve("hugo"), pages);
            hugo = process(coldRuns, () -> List.of("hugo", "--quiet", "--source", site.toString(),
                    "--destination", tmp.resolve("hugo-uit").toString()));
        }
        Stat weasy = null;
        if (Proc.onPath("weasyprint")) {
            System.err.println("WeasyPrint ...");
            Path html = tmp.resolve("druk/handboek.html");
            Files.createDirectories(html.getParent());
            Files.writeString(html, Print.handbookHtml(h), StandardCharsets.UTF_8);
            weasy = process(quick ? 3 : 5, () -> List.of("weasyprint", "--quiet", html.toString(), tmp.resolve("druk/weasy.pdf").toString()));
        }

        // The report.
        line("## Targets");
        line("");
        line("| Measurement | Runs | Median | Min – max | Peak RSS | Target | Met |");
        line("|---|---:|---:|---:|---:|---|---|");
        int books = Build.find(content).size();
        target("Cold `./handbook build content --opnieuw` (" + books + " handbooks, site + PDFs, JVM start; every handbook rendered)",
                cold, "< 2 s", cold.median < 2000, true);
        target("Cold `./handbook build content`, nothing changed since the previous build (all " + books + " kept)",
                unchanged, "< 2 s", unchanged.median < 2000, true);
        target("Cold `./handbook build content` after one edited page in " + EXAMPLE + " (1 rendered, " + (books - 1) + " kept)",
                oneEdit, "< 2 s", oneEdit.median < 2000, true);
        target("Warm site rebuild of " + EXAMPLE + " after one edited page (checkOne + renderSite)", warmSite, "< 50 ms", warmSite.median < 50, false);
        target("Warm handbook PDF of " + EXAMPLE + " (`pdfs(h).get(\"handboek.pdf\")`)", warmPdf, "< 300 ms", warmPdf.median < 300, false);
        Stat last = batches.get(batches.size() - 1);
        int lastN = sizes[sizes.length - 1];
        double perFirst = batches.get(0).median / sizes[0];
        double perLast = last.median / lastN;
        if (lastN == 500) {
            target("500 schools, one `handbook build` (site + PDFs)", last, "< 3 min, < 1 GiB",
                    last.median < 180_000 && last.peakKib >= 0 && last.peakKib < 1024 * 1024, true);
        } else {
            line("| 500 schools | – | – | – | – | < 3 min, < 1 GiB | not measured (`--quick`) |");
        }
        line(String.format(Locale.ROOT, "| Time per school, N = %d vs N = %d | – | %.0f vs %.0f ms | – | – | not growing with N (≤ 1.2×) | %s |",
                sizes[0], lastN, perFirst, perLast, perLast <= perFirst * 1.2 ? "**met**" : "**not met**"));
        line("");
        line("Without the launcher (`java -jar handbook.jar`, the JVM's defaults: C2 compiler, heap up to a quarter of RAM):");
        line("");
        line("| Measurement | Runs | Median | Peak RSS | With `./handbook` |");
        line("|---|---:|---:|---:|---:|");
        line(String.format(Locale.ROOT, "| Cold build of content/, every handbook rendered | %d | %s | %s | %s, %s (%.2f×) |", coldPlain.runs,
                ms(coldPlain.median), mem(coldPlain.peakKib), ms(cold.median), mem(cold.peakKib), cold.median / coldPlain.median));
        if (plainBatch != null) {
            Stat with = batches.get(java.util.Arrays.stream(sizes).boxed().toList().indexOf(100));
            line(String.format(Locale.ROOT, "| 100 schools | 1 | %s | %s | %s, %s (%.2f×) |", ms(plainBatch.median), mem(plainBatch.peakKib),
                    ms(with.median), mem(with.peakKib), with.median / plainBatch.median));
        }
        line("");
        line("In-process rows: the peak RSS is that of the benchmark JVM (`-Xmx1g`) up to that point.");
        line("");
        line("## Batches of generated schools (one `handbook build` process, site + PDFs)");
        line("");
        line("| N | Runs | Total (median) | Per school | Peak RSS |");
        line("|---:|---:|---:|---:|---:|");
        for (int i = 0; i < sizes.length; i++) {
            Stat s = batches.get(i);
            line(String.format(Locale.ROOT, "| %d | %d | %s | %.0f ms | %s |", sizes[i], s.runs, ms(s.median), s.median / sizes[i], mem(s.peakKib)));
        }
        if (batchOneChanged != null) {
            line(String.format(Locale.ROOT, "| %d, rebuilt after one school changed (1 rendered, %d kept) | %d | %s | %.0f ms | %s |", lastN, lastN - 1,
                    batchOneChanged.runs, ms(batchOneChanged.median), batchOneChanged.median / lastN, mem(batchOneChanged.peakKib)));
        }
        line("");
        line("## Side by side (same pages: " + pages.size() + " pages of " + EXAMPLE + ")");
        line("");
        line("| Task | Ours | Theirs | Ours / theirs |");
        line("|---|---:|---:|---:|");
        compare("Site, warm, in-process: ours (checkOne + renderSite, in memory) vs JBake 2.7.0 (`Oven.bake`, writes files)",
                warmSite, jbake, "JBake first bake in this JVM: " + ms(jbakeFirst));
        compare("Site, cold process: ours (fresh JVM, site only, writes files) vs Hugo " + version("hugo", "version"), coldSite, hugo, null);
        compare("Handbook PDF, cold process: ours (fresh JVM, PDF only) vs WeasyPrint " + version("weasyprint", "--version") + " (same print HTML)",
                coldPdf, weasy, null);
        compare("Handbook PDF: ours warm in-process vs WeasyPrint process", warmPdf, weasy, null);
        line("");
        line("Peak RSS: ours site cold " + mem(coldSite.peakKib) + ", ours PDF cold " + mem(coldPdf.peakKib)
                + (hugo != null ? ", Hugo " + mem(hugo.peakKib) : "") + (weasy != null ? ", WeasyPrint " + mem(weasy.peakKib) : "") + ".");

        String text = report.toString();
        System.out.print(text);
        Path out = root.resolve("bench/target/resultaten.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.err.println("written to " + out);
    }

    private void head() throws IOException {
        String cpu = "?";
        for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (l.startsWith("model name")) {
                cpu = l.substring(l.indexOf(':') + 1).trim();
                break;
            }
        }
        long memKib = 0;
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal:")) memKib = Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
        line("# Benchmark " + (quick ? "(--quick)" : "(full)"));
        line("");
        line(String.format(Locale.ROOT, "%s; %s, %d cores, %.1f GiB RAM; Java %s (%s); load average at start %s.",
                LocalDate.now(), cpu, Runtime.getRuntime().availableProcessors(), memKib / 1024.0 / 1024.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        line("");
    }

    /** {@code ./handbook -q build DIR -o OUT [extra]}: the command as a user runs it, through the launcher. */
    private List<String> cli(Path dir, Path out, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "-q", "build", dir.toString(), "-o", out.toString()));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    /**
     * The site-only or PDF-only child JVM, with the settings the launcher gives a build on this
     * machine (heap 300 MB + 200 MB per core, parallel collector, quick compiler only).
     */
    private static List<String> child(String cp, String what, Path dir, Path out) {
        int heap = 300 + 200 * Runtime.getRuntime().availableProcessors();
        return List.of("java", "-Xmx" + heap + "m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-cp", cp,
                Child.class.getName(), what, dir.toString(), out.toString());
    }

    private double bakeJBake(Path src, Path dest) throws Exception {
        Schools.delete(dest);
        long start = System.nanoTime();
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(src.toFile(), dest.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        double ms = (System.nanoTime() - start) / 1e6;
        if (!oven.getErrors().isEmpty()) throw new IllegalStateException("JBake: " + oven.getErrors());
        return ms;
    }

    interface Timed {
        double run() throws Exception;
    }

    private static Stat inProcess(int warmup, int runs, Timed task) throws Exception {
        for (int i = 0; i < warmup; i++) task.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) ms[i] = task.run();
        return Stat.of(ms, Proc.vmHwm(ProcessHandle.current().pid()));
    }

    private Stat process(int runs, Callable<List<String>> command) throws Exception {
        double[] ms = new double[runs];
        long peak = -1;
        for (int i = 0; i < runs; i++) {
            List<String> cmd = command.call();
            Proc.Run r = Proc.run(cmd, root, 1800);
            if (r.exit() != 0) throw new IllegalStateException("exit " + r.exit() + " from " + cmd + ":\n" + r.output());
            ms[i] = r.ms();
            peak = Math.max(peak, r.peakKib());
        }
        return Stat.of(ms, peak);
    }

    private void target(String what, Stat s, String target, boolean met, boolean process) {
        line(String.format(Locale.ROOT, "| %s | %d | %s | %s – %s | %s | %s | %s |", what, s.runs, ms(s.median), ms(s.min), ms(s.max),
                mem(s.peakKib), target, met ? "**met**" : "**not met**"));
    }

    private void compare(String what, Stat ours, Stat theirs, String note) {
        if (theirs == null) {
            line("| " + what + " | " + ms(ours.median) + " | " + NOT_INSTALLED + " | – |");
            return;
        }
        line(String.format(Locale.ROOT, "| %s%s | %s | %s | %.2f |", what, note == null ? "" : " (" + note + ")",
                ms(ours.median), ms(theirs.median), ours.median / theirs.median));
    }

    private static String version(String tool, String flag) {
        if (!Proc.onPath(tool)) return "";
        try {
            Proc.Run r = Proc.run(List.of(tool, flag), Path.of("."), 30);
            String v = r.output().trim();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("v?(\\d+\\.\\d+(\\.\\d+)?)").matcher(v);
            return m.find() ? m.group(1) : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static String ms(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String mem(long kib) {
        return kib < 0 ? "–" : String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }

    private void line(String s) {
        report.append(s).append('\n');
    }
}
