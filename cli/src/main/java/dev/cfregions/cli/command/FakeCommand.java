package dev.cfregions.cli.command;

import dev.cfregions.testkit.FakeCloudflareMain;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code cfregions fake --port 8787 --token T}: serves the testkit's fake Cloudflare on loopback,
 * with exactly the entry point and options of the testkit's stand-alone jar, so the tool can be
 * tried with no account.
 */
@Command(name = "fake", description = {"Serve the in-memory fake Cloudflare on 127.0.0.1 until stopped.",
    "Options, as the testkit's stand-alone fake takes them: --port N (default 8787; 0 picks one), --token T (repeatable), "
        + "--api-key EMAIL:KEY (repeatable), --v1-delete-not-found-code 1163|1142."})
public final class FakeCommand implements Runnable {
    @Unmatched
    List<String> args = new ArrayList<>();

    /** Creates the command (picocli instantiates it). */
    public FakeCommand() {}

    @Override
    public void run() {
        try {
            FakeCloudflareMain.main(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
