package dev.cfregions.core.errors;

import java.util.Objects;

/**
 * An interceptor threw, so the call failed: {@link #getCause()} is what it threw, such as the
 * {@link ValidationException} of a refused header. Only that call fails; the client and its other
 * calls are not affected. It is never retried: it says nothing about the network. When the
 * interceptor threw before the attempt was sent, nothing was sent.
 */
public class InterceptorException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /** The class name of the interceptor that threw. */
    private final String interceptor;
    /** Where it threw: {@code beforeAttempt}, {@code afterAttempt} or {@code onAttemptFailure}. */
    private final String stage;
    /** The attempt's number within its call. */
    private final int attempt;

    /**
     * Creates the exception.
     *
     * @param interceptor the class name of the interceptor that threw
     * @param stage the method it threw in: {@code beforeAttempt}, {@code afterAttempt} or {@code onAttemptFailure}
     * @param attempt the number of the attempt, 1 for the first
     * @param request the request, as {@code METHOD URI}, with no header
     * @param cause what the interceptor threw
     * @throws NullPointerException if {@code interceptor}, {@code stage}, {@code request} or {@code cause} is null
     */
    public InterceptorException(String interceptor, String stage, int attempt, String request, Throwable cause) {
        super("Interceptor " + Objects.requireNonNull(interceptor, "interceptor") + " threw in "
                + Objects.requireNonNull(stage, "stage") + " of attempt " + attempt + " of "
                + Objects.requireNonNull(request, "request") + ": " + SafeText.of(Objects.requireNonNull(cause, "cause").toString()),
                cause);
        this.interceptor = interceptor;
        this.stage = stage;
        this.attempt = attempt;
    }

    /** {@return the class name of the interceptor that threw} */
    public String interceptor() {
        return interceptor;
    }

    /** {@return the method the interceptor threw in: {@code beforeAttempt}, {@code afterAttempt} or {@code onAttemptFailure}} */
    public String stage() {
        return stage;
    }

    /** {@return the number of the attempt within its call, 1 for the first} */
    public int attempt() {
        return attempt;
    }
}
