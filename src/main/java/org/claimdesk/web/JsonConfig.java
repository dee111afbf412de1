package org.claimdesk.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How request bodies are read: a key given twice is refused rather than the last one silently winning
 * (a body that means two things is a 400, never a guess). Jackson's own limits on nesting depth and
 * number length stay on, so a hostile document is a 400 too.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
}
