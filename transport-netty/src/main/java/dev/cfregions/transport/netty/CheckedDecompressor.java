package dev.cfregions.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.codec.http.HttpContentDecoder;
import java.util.List;
import java.util.Locale;

/**
 * Decodes {@code gzip} and {@code deflate} response bodies, and fails one whose compressed
 * stream did not end: cut short, or missing gzip's CRC-32 and length trailer or zlib's Adler-32.
 * Netty's own {@code HttpContentDecompressor} hands such a body on as complete (its inflater
 * just stops), so a half body would pass as a 200. A bad checksum already fails inside
 * {@link JdkZlibDecoder}.
 *
 * <p>The check runs when the decoding channel is finished at the body's last chunk, before
 * the last chunk is passed on, so the aggregator never completes the response; the failure
 * reaches the exchange as a {@link DecompressionException}. Other codings pass through untouched.
 */
final class CheckedDecompressor extends HttpContentDecoder {

    @Override
    protected EmbeddedChannel newContentDecoder(String contentEncoding) {
        ZlibWrapper wrapper = switch (contentEncoding.toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> ZlibWrapper.GZIP;
            // zlib as the standard says, or bare deflate as some servers send: the first bytes tell
            case "deflate", "x-deflate" -> ZlibWrapper.ZLIB_OR_NONE;
            default -> null;
        };
        if (wrapper == null) {
            return null;
        }
        return new EmbeddedChannel(ctx.channel().id(), ctx.channel().metadata().hasDisconnect(), ctx.channel().config(),
                new EndCheckingZlibDecoder(wrapper, contentEncoding));
    }

    /** A zlib decoder that, when its input ends, insists that the compressed stream ended too. */
    private static final class EndCheckingZlibDecoder extends JdkZlibDecoder {
        private final String coding;
        private boolean sawInput;

        EndCheckingZlibDecoder(ZlibWrapper wrapper, String coding) {
            super(wrapper, 0); // no allocation cap here: the aggregator caps the decoded body
            this.coding = coding;
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
            sawInput |= in.isReadable();
            super.decode(ctx, in, out);
        }

        /** The body ended (the decoding channel is being finished): an empty body may stay empty. */
        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            super.channelInactive(ctx);
            if (sawInput && !isClosed()) {
                throw new DecompressionException(coding + "-encoded response body ended before its compressed stream did"
                        + " (cut short, or without its checksum trailer)");
            }
        }
    }
}
