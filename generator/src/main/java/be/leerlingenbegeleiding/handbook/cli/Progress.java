package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import java.io.PrintWriter;

/**
 * A progress bar on standard error while many handbooks build, only on a terminal: in a log
 * or a CI run it would be noise.
 */
final class Progress {
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
