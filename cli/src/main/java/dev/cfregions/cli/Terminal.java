package dev.cfregions.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a command may touch outside itself: the environment, the standard streams and whether a
 * person sits at a terminal. Passed in rather than read from {@code System}, so tests run the
 * tool in-process with their own environment and streams.
 *
 * @param env the environment variables (credentials come only from here)
 * @param in standard input (for {@code --file -} and the y/N prompt)
 * @param out standard output: results only
 * @param err standard error: progress, warnings, errors
 * @param interactive whether a person is at a terminal (prompts and progress bars need one)
 */
public record Terminal(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean interactive) {

    /** The process's own environment and streams; interactive when a console is attached. */
    public static Terminal system() {
        return new Terminal(System.getenv(), System.in, System.out, System.err, System.console() != null);
    }

    /**
     * Asks a yes/no question on stderr and reads the answer from stdin; only "y" or "yes" is yes.
     *
     * @param question the question, without the "[y/N]" suffix
     * @return whether the person answered yes
     */
    public boolean confirm(String question) {
        err.print(question + " [y/N] ");
        err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line != null && (line.trim().equalsIgnoreCase("y") || line.trim().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
