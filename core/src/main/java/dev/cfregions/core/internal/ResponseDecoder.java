package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.AuthenticationException;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.errors.ConflictException;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.errors.UnprocessableEntityException;
import dev.cfregions.core.model.ResultInfo;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Turns a response into the operation's result or a typed exception. The HTTP status decides
 * success (as in the official SDKs, {@code success} is not consulted while there is a result);
 * a 2xx without a usable {@code result} whose envelope says {@code "success": false} and lists
 * errors is the service refusing, so it gives an {@link ApiException} with those codes rather
 * than a malformed-response error. A body that is not Cloudflare's JSON never escapes as a
 * Jackson exception.
 */
final class ResponseDecoder {
    private ResponseDecoder() {}

    /**
     * What a successful envelope holds besides its result: {@code messages[]} (where Cloudflare
     * puts notices such as deprecations) and a paginated list's {@code result_info}.
     *
     * @param result the decoded {@code result}
     * @param messages the envelope's {@code messages[]}, empty when absent
     * @param resultInfo the envelope's {@code result_info}, or null when absent
     */
    record Envelope<T>(T result, List<CloudflareError> messages, ResultInfo resultInfo) {}

    /** The envelope's {@code result}, read by {@code reader}, or the exception the response stands for. */
    static <T> T decode(HttpResponse response, JsonReader<T> reader, Clock clock) {
        return decodeEnvelope(response, reader, clock).result();
    }

    /** The whole envelope, its {@code result} read by {@code reader}, or the exception the response stands for. */
    static <T> Envelope<T> decodeEnvelope(HttpResponse response, JsonReader<T> reader, Clock clock) {
        if (!response.isSuccessful()) {
            throw toException(response, clock);
        }
        if (response.bodyLength() == 0) {
            throw new MalformedResponseException(response.status(), "empty body", "", null);
        }
        // Parsed from an array, not from bodyStream(): Jackson's byte[] parser reads in place,
        // while over a stream it refills a buffer 8 KB at a time, and DecodingBenchmark puts that
        // at about 1.3 times slower for a 3,500-mapping list. The one copy is the cheaper cost.
        try (JsonParser p = Json.FACTORY.createParser(response.body())) {
            Envelope<T> result = readEnvelope(p, reader);
            if (p.nextToken() != null) {
                throw new DecodeException("content after the JSON object");
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(response.status(), "not JSON: " + e.getOriginalMessage(), Excerpt.of(response.body()), null);
        } catch (IOException e) {
            throw new MalformedResponseException(response.status(), "unreadable: " + e.getMessage(), Excerpt.of(response.body()), null);
        } catch (DecodeException e) {
            ApiException refused = refusal(response, clock);
            if (refused != null) {
                throw refused;
            }
            throw new MalformedResponseException(response.status(), e.getMessage(), Excerpt.of(response.body()), null);
        }
    }

    /** The refusal a 2xx envelope without a usable result stands for, or null when it is not one. */
    private static ApiException refusal(HttpResponse response, Clock clock) {
        try (JsonParser p = Json.FACTORY.createParser(response.body())) {
            ErrorPart part = readErrorPart(p);
            if (Boolean.FALSE.equals(part.success()) && part.errors() != null && !part.errors().isEmpty()) {
                return exception(response, part.errors(), null, clock);
            }
        } catch (IOException | DecodeException e) {
            // not an envelope at all: malformed, as the caller says
        }
        return null;
    }

    /** The typed exception for a non-2xx response. */
    static ApiException toException(HttpResponse response, Clock clock) {
        byte[] body = response.body();
        List<CloudflareError> errors = null;
        if (body.length > 0) {
            try (JsonParser p = Json.FACTORY.createParser(body)) {
                errors = readErrorPart(p).errors();
            } catch (IOException | DecodeException e) {
                errors = null;
            }
        }
        return errors == null ? exception(response, List.of(), Excerpt.of(body), clock) : exception(response, errors, null, clock);
    }

    private static ApiException exception(HttpResponse response, List<CloudflareError> list, String excerpt, Clock clock) {
        String cfRay = response.headers().firstValue("cf-ray").orElse(null);
        Duration retryAfter = RetryAfter.parse(response.headers(), clock).orElse(null);
        int s = response.status();
        return switch (s) {
            case 400 -> new BadRequestException(s, list, cfRay, retryAfter, excerpt);
            case 401 -> new AuthenticationException(s, list, cfRay, retryAfter, excerpt);
            case 403 -> new PermissionDeniedException(s, list, cfRay, retryAfter, excerpt);
            case 404 -> new NotFoundException(s, list, cfRay, retryAfter, excerpt);
            case 409 -> new ConflictException(s, list, cfRay, retryAfter, excerpt);
            case 422 -> new UnprocessableEntityException(s, list, cfRay, retryAfter, excerpt);
            case 429 -> new RateLimitException(s, list, cfRay, retryAfter, excerpt);
            default -> s >= 500 ? new InternalServerException(s, list, cfRay, retryAfter, excerpt)
                    : new ApiException(s, list, cfRay, retryAfter, excerpt);
        };
    }

    private static <T> Envelope<T> readEnvelope(JsonParser p, JsonReader<T> reader) throws IOException, DecodeException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new DecodeException("expected a JSON object");
        }
        T result = null;
        boolean sawResult = false;
        List<CloudflareError> messages = List.of();
        ResultInfo info = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            if (field.equals("result")) {
                sawResult = true;
                if (p.currentToken() != JsonToken.VALUE_NULL) {
                    result = reader.read(p);
                }
            } else if (field.equals("messages") && p.currentToken() == JsonToken.START_ARRAY) {
                messages = List.copyOf(Json.readArray(p, "messages", ResponseDecoder::readError));
            } else if (field.equals("result_info") && p.currentToken() == JsonToken.START_OBJECT) {
                info = readResultInfo(p);
            } else {
                p.skipChildren();
            }
        }
        if (!sawResult || result == null) {
            throw new DecodeException("no \"result\" in a successful response");
        }
        return new Envelope<>(result, messages, info);
    }

    /** {@code {"count":…,"page":…,"per_page":…,"total_count":…,"total_pages":…}}, every number required. */
    private static ResultInfo readResultInfo(JsonParser p) throws IOException, DecodeException {
        String[] names = {"count", "page", "per_page", "total_count", "total_pages"};
        int[] v = {-1, -1, -1, -1, -1};
        String field;
        while ((field = Json.nextField(p)) != null) {
            int k = switch (field) {
                case "count" -> 0;
                case "page" -> 1;
                case "per_page" -> 2;
                case "total_count" -> 3;
                case "total_pages" -> 4;
                default -> -1;
            };
            if (k < 0) {
                p.skipChildren();
            } else if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() >= 0) {
                v[k] = p.getIntValue();
            } else {
                throw new DecodeException("result_info." + field + " should be a non-negative integer, was " + p.getText());
            }
        }
        for (int k = 0; k < v.length; k++) {
            if (v[k] < 0) {
                throw new DecodeException("result_info lacks \"" + names[k] + "\"");
            }
        }
        return new ResultInfo(v[0], v[1], v[2], v[3], v[4]);
    }

    /**
     * An envelope's {@code errors} and {@code success}.
     *
     * @param errors the errors array, never null
     * @param success the success flag, or null when absent or not a boolean
     */
    private record ErrorPart(List<CloudflareError> errors, Boolean success) {}

    /** The {@code errors} array and {@code success} flag of an envelope; fails when the body is JSON but not an envelope. */
    private static ErrorPart readErrorPart(JsonParser p) throws IOException, DecodeException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new DecodeException("not an object");
        }
        List<CloudflareError> errors = null;
        Boolean success = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            if (field.equals("errors") && p.currentToken() == JsonToken.START_ARRAY) {
                errors = Json.readArray(p, "errors", ResponseDecoder::readError);
            } else if (field.equals("success") && p.currentToken().isBoolean()) {
                success = p.getBooleanValue();
            } else {
                p.skipChildren();
            }
        }
        if (errors == null) {
            throw new DecodeException("no errors array");
        }
        return new ErrorPart(errors, success);
    }

    private static CloudflareError readError(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "an error");
        int code = 0;
        String message = "";
        String docs = null;
        String pointer = null;
        List<CloudflareError> chain = List.of();
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "code" -> code = p.currentToken().isNumeric() ? p.getIntValue() : 0;
                case "message" -> message = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : message;
                case "documentation_url" -> docs = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                case "source" -> pointer = readPointer(p);
                case "error_chain" -> chain = p.currentToken() == JsonToken.START_ARRAY
                        ? Json.readArray(p, "error_chain", ResponseDecoder::readError) : chain;
                default -> p.skipChildren();
            }
        }
        return new CloudflareError(code, message, docs, pointer, chain);
    }

    private static String readPointer(JsonParser p) throws IOException, DecodeException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String pointer = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            if (field.equals("pointer") && p.currentToken() == JsonToken.VALUE_STRING) {
                pointer = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return pointer;
    }

}
