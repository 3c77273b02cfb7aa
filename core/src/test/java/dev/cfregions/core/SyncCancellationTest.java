package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.Planner;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cancelling an apply over either family's adapter aborts the HTTP exchange of the batch in flight and sends no other. */
class SyncCancellationTest {
    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void cancellingAnApplyCancelsTheRequestInFlightAndSendsNoMore(String family) {
        RecordingTransport transport = new RecordingTransport().hang();
        TestClients.ManualClock clock = new TestClients.ManualClock();
        CloudflareClient client = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock)).build();
        BiFunction<CloudflareClient, String, MappingStore> stores = family.equals("v1") ? MappingStores::v1 : MappingStores::v2;
        List<Mapping> wanted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            wanted.add(Mapping.of(OriginIp.of("10.0." + (i >> 8) + "." + (i & 0xff)), Vendor.AWS, "us-east-1"));
        }
        CompletableFuture<SyncReport> run = Applier.builder(stores.apply(client, ZONE)).concurrency(1).build()
                .applyAsync(Planner.plan(DesiredSet.of(wanted), List.of(), PlanOptions.additive()));
        assertThat(transport.requests).hasSize(1);
        assertThat(run.cancel(true)).isTrue();
        assertThat(transport.pending).singleElement().matches(CompletableFuture::isCancelled, "cancelled");
        assertThat(transport.requests).hasSize(1);
    }
}
