package be.leerlingenbegeleiding.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child process and measures its wall time and peak resident memory. */
final class Proc {
    /** One run: wall time in ms, peak RSS in KiB (-1 when unknown), exit code. */
    record Run(double ms, long peakKib, int exit, String output) {
    }

    private static final Path TIME = Path.of("/usr/bin/time");

    private Proc() {
    }

    /** Whether {@code name} is an executable on the PATH. */
    static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }

    static Run run(List<String> command, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        Path timeFile = Files.createTempFile("bench-time", ".txt");
        Path log = Files.createTempFile("bench-out", ".txt");
        try {
            List<String> cmd = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(TIME);
            if (gnuTime) cmd.addAll(List.of(TIME.toString(), "-v", "-o", timeFile.toString()));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            long peak = -1;
            // Without GNU time: poll the child's high-water mark while it runs.
            while (!p.waitFor(gnuTime ? 1000 : 20, TimeUnit.MILLISECONDS)) {
                if (!gnuTime) peak = Math.max(peak, vmHwm(p.pid()));
                if ((System.nanoTime() - start) / 1e9 > timeoutSeconds) {
                    p.destroyForcibly();
                    throw new IOException("timed out after " + timeoutSeconds + " s: " + command);
                }
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (gnuTime) peak = maxRss(Files.readString(timeFile, StandardCharsets.UTF_8));
            return new Run(ms, peak, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(timeFile);
            Files.deleteIfExists(log);
        }
    }

    private static long maxRss(String timeOutput) {
        for (String line : timeOutput.split("\n")) {
            line = line.trim();
            if (line.startsWith("Maximum resident set size (kbytes):")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return -1;
    }

    /** VmHWM of a process in KiB, or -1. */
    static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // Gone already, or no /proc.
        }
        return -1;
    }
}
