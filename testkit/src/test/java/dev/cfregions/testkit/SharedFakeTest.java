package dev.cfregions.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One started fake per test class (configured by {@link FakeTestSupport#newFake()}: fixed
 * clock, one token), reset before each test: the lifecycle most of these tests share. Users
 * get the same from {@link FakeCloudflareExtension}.
 */
abstract class SharedFakeTest {
    static FakeCloudflare fake;

    @BeforeAll
    static void startFake() {
        fake = FakeTestSupport.newFake().start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }
}
