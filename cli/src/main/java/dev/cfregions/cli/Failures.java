package dev.cfregions.cli;

import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.ranges.RangeFileException;
import dev.cfregions.core.sync.DuplicateEntryException;
import dev.cfregions.core.sync.InputFileException;
import dev.cfregions.core.sync.PlanRefusedException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Turns what a command threw into one line on stderr and an {@link ExitCode}. The messages come
 * from core's exceptions, which never carry a token or key.
 */
final class Failures {
    private Failures() {}

    /** Prints the failure and returns its exit code (picocli's execution-exception handler). */
    static int report(PrintStream err, Exception e) {
        err.println("error: " + describe(e));
        err.flush();
        return exitCode(e);
    }

    /** The exit code of a failure. */
    static int exitCode(Throwable e) {
        if (e instanceof Refused || e instanceof PlanRefusedException) {
            return ExitCode.REFUSED;
        }
        if (e instanceof InputFileException || e instanceof DuplicateEntryException || e instanceof RangeFileException) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof picocli.CommandLine.ParameterException || e instanceof UsageError || e instanceof ConfigurationException || e instanceof ValidationException) {
            return ExitCode.USAGE;
        }
        return ExitCode.API_FAILURE;
    }

    private static String describe(Throwable e) {
        if (e instanceof ApiException api && !api.errors().isEmpty()) {
            StringBuilder b = new StringBuilder("HTTP ").append(api.status());
            for (CloudflareError error : api.errors()) {
                b.append(" [").append(error.code()).append("] ").append(error.message());
            }
            api.cfRay().ifPresent(ray -> b.append(" (cf-ray ").append(ray).append(')'));
            return b.toString();
        }
        if (e instanceof UncheckedIOException io) {
            return io.getCause().getMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
