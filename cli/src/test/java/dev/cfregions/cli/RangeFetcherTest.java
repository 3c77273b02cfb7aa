package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.cli.ranges.RangeFetcher;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditional fetching into the cache, against a loopback server. */
class RangeFetcherTest {
    private RangeServer server;
    private RangeFetcher fetcher;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = new RangeServer();
        fetcher = RangeFetcher.open();
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void etagMakesTheSecondFetchA304ThatKeepsTheCopy() throws Exception {
        server.publish("/aws.json", "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
        Path cached = dir.resolve("cache/aws.json");
        URI url = URI.create(server.url("/aws.json"));

        assertThat(fetcher.fetch(url, cached)).isTrue();
        assertThat(Files.readString(cached)).isEqualTo("{\"v\":1}");
        assertThat(server.seen.get(0).headers()).doesNotContainKeys("if-none-match", "if-modified-since");
        String etag = Files.readString(dir.resolve("cache/aws.json.etag"));
        assertThat(Files.readString(dir.resolve("cache/aws.json.last-modified"))).isEqualTo(RangeServer.LAST_MODIFIED);

        assertThat(fetcher.fetch(url, cached)).isFalse();
        assertThat(server.seen.get(1).headers().get("if-none-match")).containsExactly(etag);
        assertThat(server.seen.get(1).headers().get("if-modified-since")).containsExactly(RangeServer.LAST_MODIFIED);
        assertThat(server.seen.get(1).status()).isEqualTo(304);
        assertThat(Files.readString(cached)).isEqualTo("{\"v\":1}");

        server.publish("/aws.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8));
        assertThat(fetcher.fetch(url, cached)).isTrue();
        assertThat(Files.readString(cached)).isEqualTo("{\"v\":2}");
        assertThat(Files.readString(dir.resolve("cache/aws.json.etag"))).isNotEqualTo(etag);
    }

    @Test
    void lastModifiedAloneIsSentWhenThereIsNoEtag() throws Exception {
        server.sendEtag = false;
        server.publish("/oci.json", "{}".getBytes(StandardCharsets.UTF_8));
        Path cached = dir.resolve("oci.json");
        URI url = URI.create(server.url("/oci.json"));
        assertThat(fetcher.fetch(url, cached)).isTrue();
        assertThat(dir.resolve("oci.json.etag")).doesNotExist();
        assertThat(fetcher.fetch(url, cached)).isFalse();
        assertThat(server.seen.get(1).headers()).doesNotContainKey("if-none-match");
        assertThat(server.seen.get(1).headers().get("if-modified-since")).containsExactly(RangeServer.LAST_MODIFIED);
    }

    @Test
    void a304WithoutACachedCopyOrAnErrorStatusFails() {
        Path cached = dir.resolve("gone.json");
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/gone.json")), cached))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("404").hasMessageContaining("/gone.json");
        assertThat(cached).doesNotExist();
    }

    @Test
    void sendsNoCredentials() {
        server.publish("/x.json", "{}".getBytes(StandardCharsets.UTF_8));
        fetcher.fetch(URI.create(server.url("/x.json")), dir.resolve("x.json"));
        assertThat(server.seen).isNotEmpty().allSatisfy(s -> assertThat(s.headers().keySet())
                .noneMatch(h -> h.equals("authorization") || h.startsWith("x-auth")));
    }
}
