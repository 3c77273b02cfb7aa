package dev.cfregions.cli.output;

import dev.cfregions.core.sync.ProgressListener;
import java.io.PrintStream;

/**
 * Sync progress on stderr, never stdout: a redrawn bar on a terminal, otherwise a plain line at
 * every tenth of the way, so a CI log shows progress without a line per batch.
 */
public final class Progress implements ProgressListener {
    private static final int BAR = 30;

    private final PrintStream err;
    private final boolean terminal;
    private int lastTenth = -1;

    /**
     * @param err standard error
     * @param terminal whether it is a terminal (the bar is redrawn in place)
     */
    public Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onProgress(int done, int total) {
        if (total <= 0) {
            return;
        }
        if (terminal) {
            int filled = (int) ((long) BAR * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
            if (done >= total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = (int) (10L * done / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("progress: " + done + "/" + total);
        }
    }
}
