package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Reads one value from a parser positioned on its first token. */
@FunctionalInterface
interface JsonReader<T> {
    T read(JsonParser parser) throws IOException, DecodeException;
}
