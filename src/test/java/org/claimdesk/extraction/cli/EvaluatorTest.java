package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rule of score.py on hand-made predictions. */
class EvaluatorTest {

    private static final String TEXT = "Cuts of £5m hit 40 schools; later 40 schools more and £5m again.";

    private static JsonNode gold(String claims) throws Exception {
        return ExtractionCli.MAPPER.readTree("{\"claims\": [" + claims + "]}");
    }

    @Test
    void greedyInGoldOrderWithValueTolerance() throws Exception {
        int firstSchools = TEXT.indexOf("40 schools");
        int secondSchools = TEXT.indexOf("40 schools", firstSchools + 1);
        int money = TEXT.indexOf("£5m");
        Evaluator ev = new Evaluator();
        ev.score(gold("""
                {"quote": "40 schools", "occurrence": 2, "value": 40, "type": "COUNT"},
                {"quote": "40 schools", "occurrence": 1, "value": 40, "type": "COUNT"},
                {"quote": "£5m", "occurrence": 1, "value": 5000000, "type": "MONEY"}"""), TEXT, List.of(
                // overlaps the first "40 schools" only
                new Evaluator.Prediction(firstSchools, firstSchools + 2, 40, "COUNT"),
                // overlaps the second, value within 0.5%, wrong type
                new Evaluator.Prediction(secondSchools, secondSchools + 10, 40.19, "OTHER"),
                // overlaps £5m but the value is 0.6% off
                new Evaluator.Prediction(money, money + 3, 5_030_000, "MONEY")));
        assertThat(ev.recall()).isEqualTo(2.0 / 3);
        assertThat(ev.precision()).isEqualTo(2.0 / 3);
        assertThat(ev.typeAccuracy()).isEqualTo(0.5);
        assertThat(ev.valueAccuracy()).isEqualTo(2.0 / 3);
    }

    @Test
    void aPredictionMatchesOnlyOnce() throws Exception {
        int s = TEXT.indexOf("40 schools");
        Evaluator ev = new Evaluator();
        ev.score(gold("""
                {"quote": "40 schools", "occurrence": 1, "value": 40, "type": "COUNT"},
                {"quote": "40 schools", "occurrence": 1, "value": 40, "type": "COUNT"}"""), TEXT,
                List.of(new Evaluator.Prediction(s, s + 10, 40, "COUNT")));
        assertThat(ev.recall()).isEqualTo(0.5);
        assertThat(ev.precision()).isEqualTo(1.0);
        assertThat(ev.f1()).isEqualTo(2 * 0.5 / 1.5);
    }
}
