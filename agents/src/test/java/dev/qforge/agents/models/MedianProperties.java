package dev.qforge.agents.models;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MedianProperties {

    @Property(tries = 300)
    void selectionMedianEqualsTheSortedOne(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = -5, max = 5) Integer> values) {
        // small integer range: many ties, the hard case for a partition
        double[] a = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        int m = a.length;
        double expected = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
        assertThat(RobustScaler.median(a, m)).isEqualTo(expected);
    }
}
