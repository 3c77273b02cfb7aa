package dev.cfregions.core.params;

/**
 * Told each time a call sends its request: the first attempt and every retry the client's retry
 * policy makes. Counting these calls counts the HTTP requests the calls of a
 * {@link RequestOptions} view made, failed calls included (a batch answered 503 three times made
 * three requests), which is what a rate budget or a report of "requests made" needs. Set with
 * {@link RequestOptions.Builder#attemptListener}.
 *
 * <p>It runs on whichever thread sends the attempt (the caller's for the first, often a timer's
 * or a transport's for a retry), so it must be thread-safe and quick. An attempt is counted when
 * it is handed to the client's pipeline, so one that the pipeline refuses before the network (the
 * client was closed, say) is counted too. A listener that throws fails its call with a
 * {@link dev.cfregions.core.errors.CloudflareException} that has the listener's exception as the
 * cause; nothing is sent for that attempt.
 */
@FunctionalInterface
public interface AttemptListener {
    /**
     * An attempt of a call is about to be sent.
     *
     * @param attempt 1 for the first attempt, 2 for the first retry, and so on
     */
    void beforeAttempt(int attempt);
}
