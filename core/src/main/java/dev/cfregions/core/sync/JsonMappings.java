package dev.cfregions.core.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.cfregions.core.model.Mapping;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a desired set: an array of {@code {"ip": ..., "vendor": ..., "region": ...}}
 * objects, each key exactly once and nothing else.
 */
final class JsonMappings {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 16).build())
            .build();
    private static final String SHAPE = "a JSON array of {\"ip\", \"vendor\", \"region\"} objects";

    private JsonMappings() {}

    static DesiredSet read(String text, String file) {
        DesiredSet.Builder set = DesiredSet.builder();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputFileException(file, 0, "file", null, "empty; expected " + SHAPE + " ([] for none)");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new InputFileException(file, line(p), "file", null, "expected " + SHAPE + ", found " + describe(first));
            }
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new InputFileException(file, line(p), "[" + index + "]", null, "expected an object {\"ip\", "
                            + "\"vendor\", \"region\"}, found " + describe(t));
                }
                int line = line(p);
                String ip = null;
                String vendor = null;
                String region = null;
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (!key.equals("ip") && !key.equals("vendor") && !key.equals("region")) {
                        throw new InputFileException(file, line(p), key, null, "unknown field; each entry has exactly "
                                + "ip, vendor and region");
                    }
                    if (v != JsonToken.VALUE_STRING) {
                        throw new InputFileException(file, line(p), key, null, "must be a string, found " + describe(v));
                    }
                    String value = p.getText();
                    boolean repeated = switch (key) {
                        case "ip" -> ip != null;
                        case "vendor" -> vendor != null;
                        default -> region != null;
                    };
                    if (repeated) {
                        throw new InputFileException(file, line(p), key, value, "given twice in one entry");
                    }
                    switch (key) {
                        case "ip" -> ip = value;
                        case "vendor" -> vendor = value;
                        default -> region = value;
                    }
                }
                for (String[] f : new String[][] {{"ip", ip}, {"vendor", vendor}, {"region", region}}) {
                    if (f[1] == null) {
                        throw new InputFileException(file, line, f[0], null, "missing");
                    }
                }
                MappingEntries.add(set, ip, vendor, region, file, line);
                index++;
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new InputFileException(file, line(p), "file", null, "text after the closing ]");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputFileException(file, Math.max(line, 0), "file", null, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return set.build();
    }

    static void write(List<Mapping> mappings, StringWriter out) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE
                .withLinefeed("\n")).withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartArray();
            for (Mapping m : mappings) {
                g.writeStartObject();
                g.writeStringField("ip", m.ip().value());
                g.writeStringField("vendor", m.vendor().value());
                g.writeStringField("region", m.region());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        out.append('\n');
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
