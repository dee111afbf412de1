package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import org.claimdesk.extraction.Change;
import org.claimdesk.extraction.Quantity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes quantities as JSON Lines: {@code "file"} first, then the fields of {@link Quantity} in
 * record order, exactly as Jackson writes the record for the API (a test holds the two together),
 * with BigDecimals plain ("100000"). Streaming, without reflection, with field names encoded once
 * and one generator per thread: over many small files this is the CLI's work after extraction.
 */
final class QuantityJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final ThreadLocal<QuantityJson> PER_THREAD = ThreadLocal.withInitial(QuantityJson::new);

    private static final SerializableString FILE = name("file");
    private static final SerializableString START = name("start");
    private static final SerializableString END = name("end");
    private static final SerializableString QUOTE = name("quote");
    private static final SerializableString VALUE = name("value");
    private static final SerializableString HIGH = name("high");
    private static final SerializableString APPROX = name("approx");
    private static final SerializableString BOUND = name("bound");
    private static final SerializableString UNIT = name("unit");
    private static final SerializableString TYPE = name("type");
    private static final SerializableString SENTENCE = name("sentence");
    private static final SerializableString SENTENCE_START = name("sentenceStart");
    private static final SerializableString SENTENCE_END = name("sentenceEnd");
    private static final SerializableString SPEAKER = name("speaker");
    private static final SerializableString HEDGES = name("hedges");
    private static final SerializableString TIME_REF = name("timeRef");
    private static final SerializableString CLAIM = name("claim");
    private static final SerializableString REASON = name("reason");
    private static final SerializableString CHECKWORTHINESS = name("checkworthiness");
    private static final SerializableString CHANGE = name("change");
    private static final SerializableString FROM = name("from");
    private static final SerializableString TO = name("to");
    private static final SerializableString BY = name("by");
    private static final SerializableString DIRECTION = name("direction");
    private static final SerializableString ROLE = name("role");
    private static final SerializableString LINKED_START = name("linkedStart");
    private static final SerializableString LINKED_END = name("linkedEnd");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final JsonGenerator g;

    private QuantityJson() {
        try {
            g = FACTORY.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.setRootValueSeparator(null);
    }

    private static SerializableString name(String s) {
        return new SerializedString(s);
    }

    /** The lines of one file's quantities, UTF-8. */
    static byte[] lines(String file, List<Quantity> quantities) {
        return PER_THREAD.get().write(file, quantities);
    }

    private byte[] write(String file, List<Quantity> quantities) {
        buffer.reset();
        try {
            for (Quantity q : quantities) {
                write(file, q);
                g.flush();
                buffer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON for " + file, e);
        }
        return buffer.toByteArray();
    }

    private void write(String file, Quantity q) throws IOException {
        g.writeStartObject();
        string(FILE, file);
        number(START, q.start());
        number(END, q.end());
        string(QUOTE, q.quote());
        decimal(VALUE, q.value());
        decimal(HIGH, q.high());
        g.writeFieldName(APPROX);
        g.writeBoolean(q.approx());
        string(BOUND, q.bound());
        string(UNIT, q.unit());
        string(TYPE, q.type() == null ? null : q.type().name());
        string(SENTENCE, q.sentence());
        number(SENTENCE_START, q.sentenceStart());
        number(SENTENCE_END, q.sentenceEnd());
        string(SPEAKER, q.speaker());
        g.writeFieldName(HEDGES);
        g.writeStartArray();
        for (String h : q.hedges()) {
            g.writeString(h);
        }
        g.writeEndArray();
        string(TIME_REF, q.timeRef());
        g.writeFieldName(CLAIM);
        g.writeBoolean(q.claim());
        string(REASON, q.reason() == null ? null : q.reason().name());
        g.writeFieldName(CHECKWORTHINESS);
        g.writeNumber(q.checkworthiness());
        Change c = q.change();
        g.writeFieldName(CHANGE);
        if (c == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            decimal(FROM, c.from());
            decimal(TO, c.to());
            decimal(BY, c.by());
            string(DIRECTION, c.direction() == null ? null : c.direction().name());
            string(ROLE, c.role().name());
            number(LINKED_START, c.linkedStart());
            number(LINKED_END, c.linkedEnd());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void string(SerializableString name, String v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v);
        }
    }

    private void number(SerializableString name, int v) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(v);
    }

    private void decimal(SerializableString name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }
}
