package dev.cfregions.cli.ranges;

import dev.cfregions.core.internal.TransportSelector;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Fetches range files over a bare {@link HttpTransport}, never the Cloudflare client: that
 * pipeline adds the Cloudflare credentials, which must not go to another host. Requests carry no
 * credentials at all. With a cache file, the fetch is conditional: the stored {@code ETag} and
 * {@code Last-Modified} (kept beside the file as {@code FILE.etag} and {@code FILE.last-modified})
 * are sent as {@code If-None-Match} and {@code If-Modified-Since}, and a 304 keeps the cached copy.
 */
public final class RangeFetcher implements AutoCloseable {
    /** The largest range file accepted (Azure's is about 4 MB). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final HttpTransport transport;

    private RangeFetcher(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Opens a fetcher over the transport found on the class path (by {@code ServiceLoader}).
     *
     * @return the fetcher; close it when done
     * @throws dev.cfregions.core.errors.ConfigurationException if no transport is found
     */
    public static RangeFetcher open() {
        return new RangeFetcher(TransportSelector.select().create(TransportConfig.defaults().withMaxResponseBytes(MAX_BYTES)));
    }

    /**
     * Fetches {@code url} into {@code cacheFile}, conditionally when it is already there.
     *
     * @param url the file's URL
     * @param cacheFile where the copy is kept; its directory is created if missing
     * @return whether a new copy was written (false on 304)
     * @throws UncheckedIOException if the request fails, the status is neither 2xx nor 304,
     *     or the cache cannot be written
     */
    public boolean fetch(URI url, Path cacheFile) {
        Path etag = sibling(cacheFile, ".etag");
        Path lastModified = sibling(cacheFile, ".last-modified");
        HttpHeaders.Builder headers = HttpHeaders.builder().add("Accept", "application/json");
        if (Files.exists(cacheFile)) {
            read(etag).ifPresent(v -> headers.add("If-None-Match", v));
            read(lastModified).ifPresent(v -> headers.add("If-Modified-Since", v));
        }
        HttpResponse response = get(url, headers.build());
        if (response.status() == 304 && Files.exists(cacheFile)) {
            return false;
        }
        if (!response.isSuccessful()) {
            throw new UncheckedIOException(new IOException("GET " + url + " answered HTTP " + response.status()));
        }
        try {
            Files.createDirectories(cacheFile.toAbsolutePath().getParent());
            write(cacheFile, response.body());
            store(etag, response.headers().firstValue("ETag"));
            store(lastModified, response.headers().firstValue("Last-Modified"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + cacheFile + ": " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * Fetches {@code url} without a cache.
     *
     * @param url the file's URL
     * @return the body
     * @throws UncheckedIOException if the request fails or the status is not 2xx
     */
    public byte[] fetch(URI url) {
        HttpResponse response = get(url, HttpHeaders.builder().add("Accept", "application/json").build());
        if (!response.isSuccessful()) {
            throw new UncheckedIOException(new IOException("GET " + url + " answered HTTP " + response.status()));
        }
        return response.body();
    }

    private HttpResponse get(URI url, HttpHeaders headers) {
        HttpRequest request = HttpRequest.builder().method("GET").uri(url).headers(headers).timeout(Duration.ofSeconds(60)).build();
        try {
            return transport.execute(request).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UncheckedIOException(new IOException("GET " + url + " failed: " + cause.getMessage(), cause));
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable validator only costs a full download
        }
    }

    private static void store(Path file, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            write(file, value.get().getBytes(StandardCharsets.UTF_8));
        } else {
            Files.deleteIfExists(file); // a stale validator would keep an old copy forever
        }
    }

    /** Whole or not at all: a temporary file beside the target, renamed over it. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Closes the transport. */
    @Override
    public void close() {
        transport.close();
    }
}
