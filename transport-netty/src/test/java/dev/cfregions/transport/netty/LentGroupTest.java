package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.TransportException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A transport built on the application's event loop group uses it and never shuts it down. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LentGroupTest {

    @Test
    void closingTheTransportLeavesTheLentGroupRunningButClosesItsConnections() throws Exception {
        EventLoopGroup lent = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (RawHttpServer server = new RawHttpServer((r, s, out) -> RawHttpServer.ok(out, "ok"))) {
            NettyTransport transport = NettyTransport.builder().eventLoopGroup(lent).build();
            assertThat(NettyTransportTest.await(transport.execute(NettyTransportTest.request("GET", server.url("/a"), null)))
                    .status()).isEqualTo(200);
            transport.close();

            assertThat(lent.isShuttingDown()).isFalse();
            assertThat(lent.submit(() -> "still running").get(5, TimeUnit.SECONDS)).isEqualTo("still running");
            NettyTransportTest.awaitCondition(() -> server.closedByClient() == 1);
        } finally {
            lent.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void requestsFailRatherThanHangWhenTheOwnerShutsTheGroupDown() throws Exception {
        EventLoopGroup lent = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        try (RawHttpServer server = new RawHttpServer((r, s, out) -> {
                    arrived.countDown();
                    RawHttpServer.stallUntilClientCloses(s);
                });
                NettyTransport transport = NettyTransport.builder().eventLoopGroup(lent).maxConnectionsPerHost(1).build()) {
            var inFlight = transport.execute(NettyTransportTest.request("GET", server.url("/hang"), null));
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
            var queued = transport.execute(NettyTransportTest.request("GET", server.url("/queued"), null));

            lent.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();

            assertThat(NettyTransportTest.failureOf(inFlight)).isInstanceOf(TransportException.class);
            assertThat(NettyTransportTest.failureOf(queued)).isInstanceOf(TransportException.class);
            assertThat(NettyTransportTest.failureOf(transport.execute(NettyTransportTest.request("GET", server.url("/after"), null))))
                    .isInstanceOf(TransportException.class).hasMessageContaining("shut down");
        }
    }

    @Test
    void refusesAGroupThatCannotRunNioChannels() {
        EventLoopGroup local = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
        try {
            assertThatThrownBy(() -> NettyTransport.builder().eventLoopGroup(local))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NioIoHandler");
        } finally {
            local.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
