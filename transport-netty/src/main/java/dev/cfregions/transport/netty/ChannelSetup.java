package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.ProxyConfig;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.util.Set;

/**
 * The pipeline of every connection: a proxy tunnel (for https through a proxy), TLS (for https), the HTTP/1.1 codec, gzip/deflate
 * decoding, then aggregation into one full response. The decoder sits before the aggregator
 * so the body cap applies to the decoded bytes, which is what a compression bomb inflates.
 */
final class ChannelSetup extends ChannelInitializer<Channel> {
    /** Cloudflare's headers are modest; this is generous without being unbounded. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_STATUS_LINE_BYTES = 8 * 1024;

    private static final AttributeKey<Future<?>> READY = AttributeKey.valueOf(ChannelSetup.class, "ready");

    private final Origin origin;
    private final Tls tls;
    private final ProxyConfig tunnelVia;
    private final int maxResponseBytes;
    private final Set<Channel> openChannels;

    /**
     * @param tls used when the origin is https; may be null otherwise
     * @param tunnelVia the proxy to open a {@code CONNECT} tunnel through (https origins only), or null
     * @param openChannels every channel registers here until it closes, so the transport can
     *     close them all
     */
    ChannelSetup(Origin origin, Tls tls, ProxyConfig tunnelVia, int maxResponseBytes, Set<Channel> openChannels) {
        this.origin = origin;
        this.tls = tls;
        this.tunnelVia = tunnelVia;
        this.maxResponseBytes = maxResponseBytes;
        this.openChannels = openChannels;
    }

    /**
     * Completes when {@code ch} can carry a request: at once for plain HTTP, after the TLS
     * handshake for https (through the proxy's tunnel first, if there is one). Its failure is
     * the handshake's or the tunnel's.
     */
    static Future<?> ready(Channel ch) {
        Future<?> ready = ch.attr(READY).get();
        return ready == null ? ch.newSucceededFuture() : ready;
    }

    @Override
    protected void initChannel(Channel ch) {
        openChannels.add(ch);
        ch.closeFuture().addListener(f -> openChannels.remove(ch));
        ChannelPipeline p = ch.pipeline();
        if (origin.tls() && tunnelVia != null) {
            Promise<Object> tunnelled = ch.eventLoop().newPromise();
            ch.attr(READY).set(tunnelled);
            p.addLast("tunnel", new ProxyTunnel(origin, tunnelVia, tls, tunnelled));
        } else if (origin.tls()) {
            SslHandler handler = tls.newHandler(origin);
            ch.attr(READY).set(handler.handshakeFuture());
            p.addLast("tls", handler);
        }
        HttpDecoderConfig decoding = new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_STATUS_LINE_BYTES)
                .setMaxHeaderSize(MAX_HEADER_BYTES);
        p.addLast("http", new HttpClientCodec(decoding, false, true));
        p.addLast("decompress", new CheckedDecompressor());
        p.addLast("aggregate", new HttpObjectAggregator(maxResponseBytes));
        p.addLast("exchange", new ExchangeHandler(origin));
    }
}
