package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapping reader gives the same mapping whatever the order of the fields, however their
 * names are spelled, and with fields it does not know; what it cannot use is a typed error.
 */
class CodecTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final Mapping AWS = new Mapping(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1", T);

    private static <T> T read(JsonReader<T> reader, String json) throws IOException, DecodeException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            T value = reader.read(p);
            assertThat(p.nextToken()).as("the reader ends on the value's last token").isNull();
            return value;
        }
    }

    private static Mapping v2(String json) throws IOException, DecodeException {
        return read(Codec.V2.mapping, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // as the service writes it
        "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\",\"modified_on\":\"2026-03-01T12:00:00Z\"}",
        // any other order
        "{\"modified_on\":\"2026-03-01T12:00:00Z\",\"region\":\"us-east-1\",\"vendor\":\"aws\",\"origin_ip\":\"192.0.2.1\"}",
        "{\"vendor\":\"aws\",\"origin_ip\":\"192.0.2.1\",\"modified_on\":\"2026-03-01T12:00:00Z\",\"region\":\"us-east-1\"}",
        // unknown fields of every kind, first, between and last
        "{\"id\":7,\"origin_ip\":\"192.0.2.1\",\"x\":{\"vendor\":\"gcp\",\"y\":[1,{\"region\":\"z\"}]},\"vendor\":\"aws\",\"n\":null,"
            + "\"region\":\"us-east-1\",\"a\":[],\"modified_on\":\"2026-03-01T12:00:00Z\",\"last\":\"x\"}",
        // names a byte away from the known ones are other fields
        "{\"origin_ip\":\"192.0.2.1\",\"vendors\":\"gcp\",\"vendor\":\"aws\",\"vendo\":\"gcp\",\"Region\":\"r\",\"region\":\"us-east-1\","
            + "\"modified_on_\":17,\"modified_on\":\"2026-03-01T12:00:00Z\"}",
        // escapes in names and values
        "{\"origin\\u005fip\":\"192.0.2.1\",\"vend\\u006fr\":\"\\u0061ws\",\"region\":\"us-\\u0065ast-1\","
            + "\"modified_on\":\"2026-03-01T12:00:00\\u005a\"}",
        // whitespace everywhere JSON allows it
        " {\n \"origin_ip\" : \"192.0.2.1\" ,\t\"vendor\":\"aws\" , \"region\" :\"us-east-1\",\r\n\"modified_on\": \"2026-03-01T12:00:00Z\" } ",
        // a repeated field: the last one counts, as before
        "{\"origin_ip\":\"192.0.2.9\",\"vendor\":\"gcp\",\"region\":\"x\",\"modified_on\":null,"
            + "\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\",\"modified_on\":\"2026-03-01T12:00:00Z\"}",
    })
    void readsTheSameMappingHoweverItIsWritten(String json) throws Exception {
        assertThat(v2(json)).isEqualTo(AWS);
    }

    @Test
    void eachFamilyReadsItsOwnIpKeyAndSkipsTheOther() throws Exception {
        String v1 = "{\"origin_ip\":\"192.0.2.9\",\"origin-ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\","
                + "\"modified_on\":\"2026-03-01T12:00:00Z\"}";
        assertThat(read(Codec.V1.mapping, v1)).isEqualTo(AWS);
        assertThatThrownBy(() -> read(Codec.V2.mapping, "{\"origin-ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"origin_ip\"");
    }

    @Test
    void aListOfManyReadsEveryOneInOrder() throws Exception {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            b.append(i == 0 ? "" : ",").append("{\"origin_ip\":\"10.0.").append(i >> 8).append('.').append(i & 0xff)
                    .append("\",\"vendor\":\"").append(i % 3 == 0 ? "gcp" : "aws").append("\",\"region\":\"r").append(i % 7)
                    .append("\",\"modified_on\":\"2026-03-01T12:00:").append(String.format("%02d", i % 60)).append("Z\"}");
        }
        List<Mapping> got = read(Codec.V2.mappings, b.append(']').toString());
        assertThat(got).hasSize(300);
        for (int i = 0; i < 300; i++) {
            Mapping m = got.get(i);
            assertThat(m.ip()).isEqualTo(OriginIp.of("10.0." + (i >> 8) + "." + (i & 0xff)));
            assertThat(m.vendor()).isEqualTo(i % 3 == 0 ? Vendor.GCP : Vendor.AWS);
            assertThat(m.region()).isEqualTo("r" + i % 7);
            assertThat(m.modifiedOn()).isEqualTo(T.plusSeconds(i % 60));
        }
    }

    @Test
    void anUnknownVendorAndANullTimeAreKept() throws Exception {
        Mapping m = v2("{\"origin_ip\":\"2001:DB8::1\",\"vendor\":\"ibm\",\"region\":\"eu-de\",\"modified_on\":null}");
        assertThat(m.vendor().value()).isEqualTo("ibm");
        assertThat(m.vendor().isKnown()).isFalse();
        assertThat(m.ip().value()).isEqualTo("2001:db8::1");
        assertThat(m.modifiedOn()).isNull();
        assertThat(v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}").modifiedOn()).isNull();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertThatThrownBy(() -> v2("{\"origin_ip\":1,\"vendor\":\"aws\",\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"origin_ip\" should be a string");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":7,\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"vendor\" should be a string");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":[\"r\"]}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"region\" should be a string");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\",\"modified_on\":17}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"modified_on\" should be a string");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\",\"modified_on\":\"2026-02-30T00:00:00Z\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("\"modified_on\"").hasMessageContaining("2026-02-30T00:00:00Z");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.300\",\"vendor\":\"aws\",\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("invalid IP");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"a ws\",\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("invalid vendor");
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"region\":\"r\"}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("lacks");
        assertThatThrownBy(() -> v2("[]")).isInstanceOf(DecodeException.class).hasMessageContaining("a mapping should be an object");
    }

    @Test
    void truncatedInputIsAParseError() {
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\"")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> v2("{\"origin_ip\":\"192.0.2.1\",\"vendor\":")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> v2("{\"origin_ip\"")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void batchItemsReadTheSameFieldsInAnyOrder() throws Exception {
        BatchResult r = read(Codec.V2.batch, "{\"succeeded\":[{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\","
                + "\"modified_on\":\"2026-03-01T12:00:00Z\"},{\"region\":null,\"extra\":{},\"vendor\":null,\"origin_ip\":\"2001:DB8::1\"},"
                + "{\"vend\\u006fr\":\"gcp\",\"origin_ip\":\"192.0.2.2\",\"region\":\"us-central1\"}],"
                + "\"failed\":[{\"origin_ip\":\"nope\",\"error\":\"bad ip\"}]}");
        assertThat(r.succeeded()).containsExactly(new BatchItemSuccess(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"),
                new BatchItemSuccess(OriginIp.of("2001:db8::1"), null, null),
                new BatchItemSuccess(OriginIp.of("192.0.2.2"), Vendor.GCP, "us-central1"));
        assertThat(r.failed()).hasSize(1);
        assertThat(r.failed().get(0).ip()).isEqualTo("nope");
        assertThatThrownBy(() -> read(Codec.V2.batch, "{\"succeeded\":[{\"vendor\":\"aws\"}]}"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("lacks \"origin_ip\"");
    }
}
