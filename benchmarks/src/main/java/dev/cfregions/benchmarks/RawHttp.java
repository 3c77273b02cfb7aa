package dev.cfregions.benchmarks;

import java.net.URI;

/**
 * One HTTP library used directly, without cfregions: the baseline of {@link ClientOverheadBenchmark}.
 * Each call sends one request, checks that the status is 200 and reads the body into a {@code byte[]}.
 */
interface RawHttp extends AutoCloseable {
    /**
     * @param method {@code GET} or {@code PUT}
     * @param uri the full URI, query included
     * @param body the request body, or {@code null} for none (sent as {@code application/json})
     * @return the response body
     * @throws Exception if the request fails or the status is not 200
     */
    byte[] send(String method, URI uri, byte[] body) throws Exception;

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
    static byte[] checked(String method, URI uri, int status, byte[] body) {
        if (status != 200) {
            throw new IllegalStateException(method + " " + uri + " answered " + status);
        }
        return body;
    }
}
