package dev.cfregions.transport.netty;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Answers each lookup, whatever the name, with the next scripted step: an address after a
 * delay, or no answer at all. No DNS is involved, so tests can stall the resolution phase and
 * send successive connections of one origin to different loopback servers.
 */
final class ScriptedResolver extends AddressResolverGroup<InetSocketAddress> {
    /** One lookup's answer; a null address means the lookup never completes. */
    record Step(long delayMillis, InetSocketAddress address) {}

    private final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();

    ScriptedResolver then(long delayMillis, InetSocketAddress address) {
        steps.add(new Step(delayMillis, address));
        return this;
    }

    ScriptedResolver thenNeverAnswer() {
        steps.add(new Step(0, null));
        return this;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new AbstractAddressResolver<>(executor) {
            @Override
            protected boolean doIsResolved(InetSocketAddress address) {
                return !address.isUnresolved();
            }

            @Override
            protected void doResolve(InetSocketAddress unresolved, Promise<InetSocketAddress> promise) {
                Step step = steps.poll();
                if (step == null) {
                    promise.setFailure(new IllegalStateException("no lookup scripted for " + unresolved));
                } else if (step.address() != null) {
                    executor().schedule(() -> promise.trySuccess(step.address()), step.delayMillis(), TimeUnit.MILLISECONDS);
                }
            }

            @Override
            protected void doResolveAll(InetSocketAddress unresolved, Promise<List<InetSocketAddress>> promise) {
                Promise<InetSocketAddress> one = executor().newPromise();
                one.addListener(f -> {
                    if (f.isSuccess()) {
                        promise.trySuccess(List.of(one.getNow()));
                    } else {
                        promise.tryFailure(f.cause());
                    }
                });
                doResolve(unresolved, one);
            }
        };
    }
}
