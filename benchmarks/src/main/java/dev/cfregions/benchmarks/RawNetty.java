package dev.cfregions.benchmarks;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URI;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Netty used directly: an HTTP codec and an aggregator on one kept-alive connection per calling
 * thread (JMH's threads are fixed, so a thread-local connection is a pool of 16 for 16 threads).
 */
final class RawNetty implements RawHttp {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Queue<Connection> all = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Connection> mine = new ThreadLocal<>();

    /** One connection and the answer it waits for. */
    private static final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {
        Channel channel;
        volatile CompletableFuture<FullHttpResponseCopy> pending;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            pending.complete(new FullHttpResponseCopy(response.status().code(), ByteBufUtil.getBytes(response.content())));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            pending.completeExceptionally(cause);
            ctx.close();
        }
    }

    private record FullHttpResponseCopy(int status, byte[] body) {}

    @Override
    public byte[] send(RawHttp.Request r) throws Exception {
        URI uri = r.uri();
        byte[] body = r.body();
        Connection c = connection(uri);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(r.method()), target,
                body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, uri.getHost() + ":" + uri.getPort());
        for (String[] h : r.headers()) {
            request.headers().add(h[0], h[1]);
        }
        if (body != null) {
            request.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        }
        CompletableFuture<FullHttpResponseCopy> answer = new CompletableFuture<>();
        c.pending = answer;
        c.channel.writeAndFlush(request);
        FullHttpResponseCopy response = answer.get(30, TimeUnit.SECONDS);
        return RawHttp.checked(r, response.status(), response.body());
    }

    private Connection connection(URI uri) throws InterruptedException {
        Connection c = mine.get();
        if (c != null && c.channel.isActive()) {
            return c;
        }
        Connection fresh = new Connection();
        fresh.channel = new Bootstrap().group(group).channel(NioSocketChannel.class).handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 20), fresh);
            }
        }).connect(uri.getHost(), uri.getPort()).sync().channel();
        mine.set(fresh);
        all.add(fresh);
        return fresh;
    }

    @Override
    public void close() {
        for (Connection c : all) {
            c.channel.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
