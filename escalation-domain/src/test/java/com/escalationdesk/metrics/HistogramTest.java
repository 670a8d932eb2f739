package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void addedUpFromTextsInAnyOrderItGivesTheFiguresOfTheListOfValues() {
        Random random = new Random(7);
        for (long largest : new long[] {600, 1L << 45}) {
            List<Duration> list = new ArrayList<>();
            Histogram sum = new Histogram();
            long total = 0;
            for (int part = 0; part < 20; part++) {
                Histogram one = new Histogram();
                for (int i = 0; i < 1 + random.nextInt(30); i++) {
                    long value = (long) (random.nextDouble() * largest);
                    one.add(value, 1);
                    list.add(Duration.ofSeconds(value));
                    total += value;
                }
                sum.addAll(one.toString());
            }
            assertThat(sum.durations(total, Duration.ofSeconds(1))).isEqualTo(DurationFigures.of(list));
        }
    }

    @Test
    void aValueTakenBackOutLeavesNoTraceAndOneNeverAddedIsRefused() {
        Histogram h = Histogram.read("5:1,9:2");
        h.add(9, -1);
        h.add(5, -1);
        assertThat(h).hasToString("9:1");
        h.add(9, -1);
        assertThat(h.isEmpty()).isTrue();
        assertThat(h.durations(0, Duration.ofSeconds(1))).isEqualTo(DurationFigures.NONE);
        assertThatThrownBy(() -> h.add(3, -1)).isInstanceOf(IllegalStateException.class);
    }
}
