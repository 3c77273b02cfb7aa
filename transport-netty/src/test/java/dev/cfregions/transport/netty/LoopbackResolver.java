package dev.cfregions.transport.netty;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/** Resolves every host name to 127.0.0.1 without DNS, so TLS tests can use real host names. */
final class LoopbackResolver extends AddressResolverGroup<InetSocketAddress> {
    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new AbstractAddressResolver<>(executor) {
            @Override
            protected boolean doIsResolved(InetSocketAddress address) {
                return !address.isUnresolved();
            }

            @Override
            protected void doResolve(InetSocketAddress unresolved, Promise<InetSocketAddress> promise) {
                promise.setSuccess(new InetSocketAddress(InetAddress.getLoopbackAddress(), unresolved.getPort()));
            }

            @Override
            protected void doResolveAll(InetSocketAddress unresolved, Promise<List<InetSocketAddress>> promise) {
                promise.setSuccess(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), unresolved.getPort())));
            }
        };
    }
}
