package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Promise;
import java.nio.charset.StandardCharsets;

/**
 * The first handler of a connection to an https origin through an HTTP proxy: once connected
 * to the proxy it asks for a tunnel ({@code CONNECT host:port}, with the proxy's basic
 * credentials if any), reads the proxy's answer, and on a 2xx puts the TLS handler in its own
 * place, whose handshake then runs with the origin through the tunnel. The connection is
 * ready when that handshake is done; a refusal or a malformed answer fails it. The origin's
 * name is sent to the proxy, never resolved here.
 */
final class ProxyTunnel extends ChannelInboundHandlerAdapter {
    /** A proxy's answer to CONNECT is a status line and a few headers. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024;

    private final Origin origin;
    private final ProxyConfig proxy;
    private final Tls tls;
    private final Promise<Object> ready;
    private final ByteBuf answer = Unpooled.buffer(256);

    ProxyTunnel(Origin origin, ProxyConfig proxy, Tls tls, Promise<Object> ready) {
        this.origin = origin;
        this.proxy = proxy;
        this.tls = tls;
        this.ready = ready;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        StringBuilder connect = new StringBuilder("CONNECT ").append(origin.authority()).append(" HTTP/1.1\r\nHost: ")
                .append(origin.authority()).append("\r\n");
        proxy.basicAuthorization().ifPresent(value -> connect.append("Proxy-Authorization: ").append(value).append("\r\n"));
        connect.append("\r\n");
        ctx.writeAndFlush(Unpooled.copiedBuffer(connect, StandardCharsets.ISO_8859_1)).addListener(w -> {
            if (!w.isSuccess()) {
                fail(ctx, new TransportException("Could not ask the proxy for a tunnel to " + origin, w.cause()));
            }
        });
        // channelActive goes no further: for the handlers behind, the connection starts once the tunnel is up
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        try {
            answer.writeBytes(in);
        } finally {
            in.release();
        }
        int end = headEnd();
        if (end < 0) {
            if (answer.readableBytes() > MAX_ANSWER_BYTES) {
                fail(ctx, new TransportException("The proxy's answer to CONNECT for " + origin + " is too long"));
            }
            return;
        }
        String statusLine = answer.toString(0, lineEnd(), StandardCharsets.ISO_8859_1);
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? parseStatus(parts[1]) : -1;
        if (status < 200 || status > 299) {
            fail(ctx, new TransportException("The proxy refused to open a tunnel to " + origin + ": "
                    + (status == 407 ? "407 Proxy Authentication Required: check the proxy credentials" : statusLine)));
            return;
        }
        answer.release();
        SslHandler handler = tls.newHandler(origin);
        handler.handshakeFuture().addListener(f -> {
            if (f.isSuccess()) {
                ready.trySuccess(null);
            } else {
                ready.tryFailure(f.cause());
            }
        });
        ctx.pipeline().addAfter(ctx.name(), "tls", handler); // an active channel: the handshake starts now
        ctx.pipeline().remove(this);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ready.tryFailure(new TransportException("The proxy closed the connection before the tunnel to " + origin + " was open"));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, new TransportException("Talking to the proxy for " + origin + " failed: " + cause.getMessage(), cause));
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (answer.refCnt() > 0) {
            answer.release();
        }
    }

    private void fail(ChannelHandlerContext ctx, TransportException failure) {
        ready.tryFailure(failure);
        ctx.close();
    }

    /** Index just past the blank line ending the answer's head, or -1. */
    private int headEnd() {
        for (int i = answer.readerIndex(); i + 3 < answer.writerIndex(); i++) {
            if (answer.getByte(i) == '\r' && answer.getByte(i + 1) == '\n' && answer.getByte(i + 2) == '\r'
                    && answer.getByte(i + 3) == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private int lineEnd() {
        int i = answer.indexOf(answer.readerIndex(), answer.writerIndex(), (byte) '\r');
        return Math.max(0, i - answer.readerIndex());
    }

    private static int parseStatus(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
