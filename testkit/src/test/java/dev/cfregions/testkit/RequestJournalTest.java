package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The journal's memory is bounded: bodies are capped and marked, the oldest entries go first. */
class RequestJournalTest {

    private static IncomingRequest post(String path, byte[] body) {
        return new IncomingRequest("POST", path, null, HttpHeaders.builder().add("Authorization", "Bearer secret").build(), body);
    }

    private static byte[] bytes(int n, char c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }

    @Test
    void aLargeBodyIsTruncatedAtTheCapAndMarked() {
        RequestJournal journal = new RequestJournal();
        journal.record(post("/big", bytes(1 << 20, 'x')));
        journal.record(post("/small", "[]".getBytes(StandardCharsets.UTF_8)));

        RecordedRequest big = journal.all().get(0);
        assertThat(big.bodyTruncated()).isTrue();
        assertThat(big.bodyBytes()).isEqualTo(1 << 20);
        assertThat(big.body()).hasSize(RequestJournal.BODY_CAP).matches("x+");
        RecordedRequest small = journal.all().get(1);
        assertThat(small.bodyTruncated()).isFalse();
        assertThat(small.bodyBytes()).isEqualTo(2);
        assertThat(small.body()).isEqualTo("[]");
    }

    @Test
    void noSequenceOfRequestsGrowsItPastItsBudget() {
        RequestJournal journal = new RequestJournal();
        byte[] body = bytes(1 << 20, 'y');
        for (int i = 0; i < 2_000; i++) {
            journal.record(post("/r/" + i, body));
            assertThat(journal.bytes()).isLessThanOrEqualTo(RequestJournal.BYTE_BUDGET);
        }
        // what is left is the newest, in order, without a gap
        var all = journal.all();
        assertThat(all).isNotEmpty().hasSizeLessThan(2_000);
        assertThat(all.get(all.size() - 1).path()).isEqualTo("/r/1999");
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).path()).isEqualTo("/r/" + (2_000 - all.size() + i));
        }
        assertThat(all.get(0).headers().firstValue("Authorization")).contains("Bearer " + RequestJournal.REDACTED);
    }

    @Test
    void smallRequestsAreBoundByCount() {
        RequestJournal journal = new RequestJournal();
        for (int i = 0; i < RequestJournal.CAPACITY + 5; i++) {
            journal.record(post("/r/" + i, new byte[0]));
        }
        assertThat(journal.all()).hasSize(RequestJournal.CAPACITY);
        assertThat(journal.all().get(0).path()).isEqualTo("/r/5");
    }

    @Test
    void theOldestAreDroppedFirstUnderASmallBudget() {
        RequestJournal journal = new RequestJournal(5_000, 1_000);
        journal.record(post("/a", bytes(900, 'a')));
        journal.record(post("/b", bytes(900, 'b')));
        assertThat(journal.all()).extracting(RecordedRequest::path).containsExactly("/a", "/b");
        journal.record(post("/c", bytes(900, 'c')));
        assertThat(journal.all()).extracting(RecordedRequest::path).containsExactly("/b", "/c");
        assertThat(journal.bytes()).isLessThanOrEqualTo(5_000);
        journal.clear();
        assertThat(journal.bytes()).isZero();
    }

    @Test
    void truncationNeverSplitsACharacter() {
        RequestJournal journal = new RequestJournal(1 << 20, 10);
        byte[] body = "aaaaaaaaé€".getBytes(StandardCharsets.UTF_8); // 'é' spans bytes 8-9, '€' 10-12
        journal.record(post("/u", body));
        RecordedRequest r = journal.last().orElseThrow();
        assertThat(r.body()).isEqualTo("aaaaaaaaé");
        assertThat(r.bodyTruncated()).isTrue();
        assertThat(r.bodyBytes()).isEqualTo(body.length);

        journal.record(post("/v", "aaaaaaaaa€".getBytes(StandardCharsets.UTF_8))); // '€' spans bytes 9-11
        assertThat(journal.last().orElseThrow().body()).isEqualTo("aaaaaaaaa").doesNotContain("\uFFFD");
    }

    @Test
    void theLatestRequestCarriesItsAnswer() {
        RequestJournal journal = new RequestJournal();
        journal.record(post("/a", new byte[0])).answered(201);
        assertThat(journal.last().orElseThrow().status()).isEqualTo(201);
        assertThat(journal.all().get(0).status()).isEqualTo(201);
    }
}
