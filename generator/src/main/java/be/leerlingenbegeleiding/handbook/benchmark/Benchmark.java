package be.leerlingenbegeleiding.handbook.benchmark;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.Print;
import be.leerlingenbegeleiding.handbook.render.Site;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Renders each handbook's website and PDFs many times in one JVM and prints the median time per
 * rendering. The website render is the baseline: the PDF figures are also given as a ratio to it,
 * which stays comparable between a busy and a quiet machine.
 */
public final class Benchmark {
    private Benchmark() {
    }

    /** One measured task: its median, fastest and slowest run in milliseconds. */
    public record Result(String what, double median, double min, double max) {
        /** The median, fastest and slowest of these times. */
        public static Result of(String what, double[] ms) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Result(what, median, sorted[0], sorted[n - 1]);
        }
    }

    public static List<Result> run(Handbook h, int warmup, int runs, PrintWriter out) {
        List<Result> results = new ArrayList<>();
        Result site = measure(h.name() + ": website", () -> Site.render(h), warmup, runs);
        results.add(site);
        Print.jobs(h, null).forEach((path, job) -> results.add(measure(h.name() + ": " + path, job, warmup, runs)));
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-60s mediaan %8.1f ms  (min %.1f, max %.1f)  %5.2f x website%n",
                    r.what(), r.median(), r.min(), r.max(), r.median() / site.median());
        }
        return results;
    }

    private static Result measure(String what, Supplier<?> task, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) task.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Result.of(what, ms);
    }
}
