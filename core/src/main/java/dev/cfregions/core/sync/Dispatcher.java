package dev.cfregions.core.sync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Runs tasks with at most {@code concurrency} in flight, without holding a thread while they run. */
final class Dispatcher {
    private Dispatcher() {}

    /**
     * Completes when every task's future has completed, or, once {@code stop} says so, when those
     * already started have: no task is started after that. Tasks report their own failures, so a
     * failed future (or a task that throws) only ends that task.
     */
    static CompletableFuture<Void> runAll(List<Supplier<CompletableFuture<?>>> tasks, int concurrency, BooleanSupplier stop) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        if (tasks.isEmpty()) {
            all.complete(null);
            return all;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger remaining = new AtomicInteger(tasks.size());
        Runnable[] startNext = new Runnable[1];
        startNext[0] = () -> {
            if (stop.getAsBoolean()) {
                // claim every task not started yet, and count them as ended
                int skipped = tasks.size() - Math.min(tasks.size(), next.getAndSet(tasks.size()));
                if (skipped > 0 && remaining.addAndGet(-skipped) == 0) {
                    all.complete(null);
                }
                return;
            }
            int i = next.getAndIncrement();
            if (i >= tasks.size()) {
                return;
            }
            CompletableFuture<?> f;
            try {
                f = tasks.get(i).get();
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((v, e) -> {
                if (remaining.decrementAndGet() == 0) {
                    all.complete(null);
                } else {
                    startNext[0].run();
                }
            });
        };
        for (int i = 0; i < Math.min(concurrency, tasks.size()); i++) {
            startNext[0].run();
        }
        return all;
    }
}
