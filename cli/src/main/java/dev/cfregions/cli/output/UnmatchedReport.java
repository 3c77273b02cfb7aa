package dev.cfregions.cli.output;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.ranges.RangeAnswer;
import java.io.PrintStream;
import java.util.Map;

/** Names on stderr each IP the ranges did not map, with why: no match, global, conflict, unsupported. */
public final class UnmatchedReport {
    private UnmatchedReport() {}

    /**
     * Prints one line per unmapped IP, then a count, when there are any.
     *
     * @param err where to print (stderr)
     * @param inference what the lookup answered
     */
    public static void print(PrintStream err, Inference inference) {
        for (Map.Entry<OriginIp, RangeAnswer> e : inference.unmatched().entrySet()) {
            err.println("unmapped: " + e.getKey().value() + ": " + e.getValue().describe());
        }
        if (!inference.complete()) {
            int n = inference.unmatched().size();
            err.println(n + " of " + (n + inference.mappings().size()) + " IPs not mapped");
        }
        err.flush();
    }
}
