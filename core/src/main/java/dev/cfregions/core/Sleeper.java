package dev.cfregions.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries without blocking a thread. Injected so tests can record the exact
 * delays the retry policy chose and go on at once.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * {@return a future that completes once {@code delay} has passed}
     *
     * @param delay how long to wait, not negative
     */
    CompletableFuture<Void> sleep(Duration delay);

    /**
     * Waits on the JDK's shared delayed executor; no thread is held while waiting.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return delay -> CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
    }
}
