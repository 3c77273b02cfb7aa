package dev.cfregions.transport.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import java.util.Set;

/**
 * The pipeline of every connection: TLS (for https), the HTTP/1.1 codec, gzip/deflate
 * decoding, then aggregation into one full response. The decoder sits before the aggregator
 * so the body cap applies to the decoded bytes, which is what a compression bomb inflates.
 */
final class ChannelSetup extends ChannelInitializer<Channel> {
    /** Cloudflare's headers are modest; this is generous without being unbounded. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_STATUS_LINE_BYTES = 8 * 1024;

    private final Origin origin;
    private final Tls tls;
    private final int maxResponseBytes;
    private final Set<Channel> openChannels;

    /**
     * @param tls used when the origin is https; may be null otherwise
     * @param openChannels every channel registers here until it closes, so the transport can
     *     close them all
     */
    ChannelSetup(Origin origin, Tls tls, int maxResponseBytes, Set<Channel> openChannels) {
        this.origin = origin;
        this.tls = tls;
        this.maxResponseBytes = maxResponseBytes;
        this.openChannels = openChannels;
    }

    /**
     * Completes when {@code ch} can carry a request: at once for plain HTTP, after the TLS
     * handshake for https. Its failure is the handshake's.
     */
    static Future<?> ready(Channel ch) {
        SslHandler tls = ch.pipeline().get(SslHandler.class);
        return tls == null ? ch.newSucceededFuture() : tls.handshakeFuture();
    }

    @Override
    protected void initChannel(Channel ch) {
        openChannels.add(ch);
        ch.closeFuture().addListener(f -> openChannels.remove(ch));
        ChannelPipeline p = ch.pipeline();
        if (origin.tls()) {
            p.addLast("tls", tls.newHandler(origin));
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
