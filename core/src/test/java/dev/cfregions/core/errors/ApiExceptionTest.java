package dev.cfregions.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an {@link ApiException} keeps and what its message may hold. */
class ApiExceptionTest {

    @Test
    void errorsSurviveJavaSerialization() throws Exception {
        CloudflareError nested = CloudflareError.of(6111, "Invalid format for Authorization header");
        ApiException e = new BadRequestException(400, List.of(CloudflareError.of(1145, "already exists"),
                new CloudflareError(6003, "Invalid request headers", "https://developers.cloudflare.com", "/ip", List.of(nested))),
                "8d1c2a3b4c5d6e7f-IAD", Duration.ofSeconds(3), null);
        ApiException copy = roundTrip(e);
        assertThat(copy).isExactlyInstanceOf(BadRequestException.class).hasMessage(e.getMessage());
        assertThat(copy.errors()).isEqualTo(e.errors());
        assertThat(copy.hasCode(1145)).isTrue();
        assertThat(copy.hasCode(6111)).isTrue();
        assertThat(copy.status()).isEqualTo(400);
        assertThat(copy.cfRay()).contains("8d1c2a3b4c5d6e7f-IAD");
        assertThat(copy.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void theMessageIsBoundedAndSaysHowMuchWasCutWhileErrorsKeepsEverything() {
        List<CloudflareError> errors = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            errors.add(CloudflareError.of(1000 + i % 10, "x".repeat(100)));
        }
        ApiException e = new ApiException(400, errors, null, null, null);
        assertThat(e.getMessage().length()).isBetween(SafeText.MAX_CHARS, SafeText.MAX_CHARS + 100);
        assertThat(e.getMessage()).startsWith("HTTP 400 [[1000] xxx").containsPattern("\\.\\.\\. \\[\\d+ more characters cut]$");
        long full = ("HTTP 400 " + errors).length();
        long cut = Long.parseLong(e.getMessage().replaceAll(".*\\[(\\d+) more characters cut]$", "$1"));
        assertThat(cut).isEqualTo(full - SafeText.MAX_CHARS);
        assertThat(e.errors()).hasSize(50_000);
        assertThat(e.errors().get(49_999).message()).hasSize(100);
    }

    @Test
    void controlInvisibleAndBidiCharactersAreEscapedInTheMessageButKeptInErrors() {
        String hostile = "bad\r\nINFO forged line\u001b[31m\u0000\u200b\u202etxt.exe\u2028\u0085 \uD83D\uDE00 ok";
        ApiException e = new ApiException(400, List.of(CloudflareError.of(7, hostile)), null, null, null);
        assertThat(e.getMessage()).contains("bad\\r\\nINFO forged line\\u001b[31m\\u0000\\u200b\\u202etxt.exe\\u2028\\u0085 \uD83D\uDE00 ok")
                .doesNotContain("\r", "\n", "\u001b", "\u0000", "\u200b", "\u202e", "\u2028", "\u0085");
        assertThat(e.errors().get(0).message()).isEqualTo(hostile);
    }

    @Test
    void aShortCleanMessageIsUnchanged() {
        ApiException e = new ApiException(404, List.of(CloudflareError.of(1142, "not found")), "ray-1", null, null);
        assertThat(e.getMessage()).isEqualTo("HTTP 404 [[1142] not found], cf-ray ray-1");
    }

    private static ApiException roundTrip(ApiException e) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ApiException) in.readObject();
        }
    }
}
