package dev.cfregions.testkit;

import java.util.List;
import java.util.Map;

/**
 * Thrown inside the fake to answer with a failure envelope: an HTTP status and one or more
 * {@link ApiError}s. A handler throws it before it changes anything, which is how "a rejected
 * request changes nothing" holds. Carries no stack trace: it is control flow, not a bug.
 */
final class ApiFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<ApiError> errors;
    private final transient Map<String, String> headers;

    ApiFailure(int status, List<ApiError> errors, Map<String, String> headers) {
        super(status + " " + errors, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ApiFailure of(int status, int code, String message) {
        return new ApiFailure(status, List.of(ApiError.of(code, message)), Map.of());
    }

    static ApiFailure badRequest(String message) {
        return of(400, 1146, message);
    }

    int status() {
        return status;
    }

    List<ApiError> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }
}
