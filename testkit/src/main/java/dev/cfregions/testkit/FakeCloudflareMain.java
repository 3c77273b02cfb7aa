package dev.cfregions.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link FakeCloudflare} as a stand-alone server on 127.0.0.1, for tests written in other
 * languages (as moto's server mode is used):
 *
 * <pre>
 * java -cp cfregions-testkit.jar:cfregions-core.jar:jackson-core.jar \
 *     dev.cfregions.testkit.FakeCloudflareMain --port 8787 --token test-token
 * </pre>
 *
 * Options: {@code --port N} (default 8787; 0 picks a free port), {@code --token T} (repeatable;
 * registers a token for every zone), {@code --api-key EMAIL:KEY} (repeatable),
 * {@code --v1-delete-not-found-code 1142}, {@code --retire-v1 410} (or 404: every v1 route answers
 * that status with code 7000, see {@link FakeCloudflare#retireV1(int)}), {@code --read-timeout-ms N} (default 10000: a request
 * must arrive in full within this long of its first byte, or it gets 408 and its connection is
 * closed), {@code --idle-timeout-ms N} (default 30000: an idle kept-alive connection is closed
 * after this long). It prints one line,
 * {@code FakeCloudflare listening on http://127.0.0.1:8787/client/v4}, then serves until the
 * process is stopped. Tokens, seeds, faults and the journal can also be driven over HTTP under
 * {@code /__fake} (see {@link FakeCloudflare}).
 */
public final class FakeCloudflareMain {
    private FakeCloudflareMain() {}

    /**
     * Parses the options, starts the server and blocks until the JVM shuts down. Exits with 2 on
     * bad options and 1 when the port cannot be bound.
     *
     * @param args the options described on this class
     * @throws InterruptedException if the main thread is interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        FakeCloudflare fake;
        try {
            fake = fromArgs(args);
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
            return;
        }
        try {
            fake.start();
        } catch (java.io.UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage() + " (is the port in use? try --port 0)");
            fake.close();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "fake-cloudflare-shutdown"));
        System.out.println("FakeCloudflare listening on " + fake.baseUrl());
        System.out.flush();
        stopped.await();
    }

    /** The fake the options describe, not yet started. */
    static FakeCloudflare fromArgs(String[] args) {
        FakeCloudflare.Builder b = FakeCloudflare.builder().port(8787);
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            if (opt.equals("--help") || opt.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + opt + " needs a value");
            }
            String value = args[++i];
            switch (opt) {
                case "--port":
                    b.port(parseInt(opt, value));
                    break;
                case "--token":
                    b.token(value, TokenScope.allZones());
                    break;
                case "--api-key": {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--api-key wants EMAIL:KEY");
                    }
                    b.apiKey(value.substring(0, colon), value.substring(colon + 1));
                    break;
                }
                case "--v1-delete-not-found-code":
                    b.v1DeleteNotFoundCode(parseInt(opt, value));
                    break;
                case "--retire-v1":
                    b.v1Retired(parseInt(opt, value));
                    break;
                case "--read-timeout-ms":
                    b.readTimeout(Duration.ofMillis(parseInt(opt, value)));
                    break;
                case "--idle-timeout-ms":
                    b.idleTimeout(Duration.ofMillis(parseInt(opt, value)));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + opt);
            }
        }
        return b.build();
    }

    private static int parseInt(String opt, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " wants a number, got \"" + value + "\"");
        }
    }

    private static void usage(PrintStream out, String problem) {
        if (!problem.isEmpty()) {
            out.println(problem);
        }
        out.println("usage: FakeCloudflareMain [--port 8787] [--token TOKEN]... [--api-key EMAIL:KEY]... "
                + "[--v1-delete-not-found-code 1163|1142] [--retire-v1 410|404] [--read-timeout-ms 10000] [--idle-timeout-ms 30000]");
    }
}
