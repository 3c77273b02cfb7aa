package dev.cfregions.benchmarks;

import java.net.URI;
import java.util.List;

/**
 * One HTTP library used directly, without cfregions: the baseline of {@link ClientOverheadBenchmark}.
 * Each call sends one request, checks that the status is 200 and reads the body into a {@code byte[]}.
 */
interface RawHttp extends AutoCloseable {
    /**
     * One request as the client sent it.
     *
     * @param method {@code GET} or {@code PUT}
     * @param uri the full URI, query included
     * @param headers name and value pairs, in order; those the library sets itself (host, length) left out
     * @param body the request body, or {@code null} for none
     */
    record Request(String method, URI uri, List<String[]> headers, byte[] body) {}

    /**
     * @param request the request
     * @return the response body
     * @throws Exception if the request fails or the status is not 200
     */
    byte[] send(Request request) throws Exception;

    @Override
    void close();

    /** @return the raw library behind {@code transport}: {@code okhttp}, {@code apache} or {@code netty} */
    static RawHttp of(String transport) {
        return switch (transport) {
            case "okhttp" -> new RawOkHttp();
            case "apache" -> new RawApache();
            case "netty" -> new RawNetty();
            default -> throw new IllegalArgumentException("unknown transport " + transport);
        };
    }

    /** @return {@code body}, after checking that {@code status} is 200 */
    static byte[] checked(Request request, int status, byte[] body) {
        if (status != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status);
        }
        return body;
    }
}
