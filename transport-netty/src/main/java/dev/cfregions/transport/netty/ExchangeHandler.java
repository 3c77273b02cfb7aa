package dev.cfregions.transport.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.util.ReferenceCountUtil;

/**
 * The last handler of every connection: hands the aggregated response, an error, or the
 * connection's end to the one {@link Exchange} the connection is carrying. Only touched on the
 * channel's event loop.
 */
final class ExchangeHandler extends ChannelInboundHandlerAdapter {
    private final Origin origin;
    private Exchange current;

    ExchangeHandler(Origin origin) {
        this.origin = origin;
    }

    /** The exchange whose request is about to be written; called on the event loop. */
    void begin(Exchange exchange) {
        current = exchange;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (!(msg instanceof FullHttpResponse response) || isInterim(response)) {
                return;
            }
            Exchange exchange = take();
            if (exchange == null) {
                // Nobody asked: a server talking out of turn cannot be trusted with the next request.
                ctx.close();
                return;
            }
            exchange.onResponse(response);
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange exchange = take();
        ctx.close();
        if (exchange != null) {
            exchange.onChannelFailure(cause);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Exchange exchange = take();
        if (exchange != null) {
            exchange.onChannelFailure(Failures.connectionClosed(origin, null));
        }
        ctx.fireChannelInactive();
    }

    private Exchange take() {
        Exchange exchange = current;
        current = null;
        return exchange;
    }

    /** 1xx other than 101: the real response follows on the same connection. */
    private static boolean isInterim(FullHttpResponse response) {
        int code = response.status().code();
        return code >= 100 && code < 200 && code != 101;
    }
}
