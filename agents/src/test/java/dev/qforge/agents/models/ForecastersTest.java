package dev.qforge.agents.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastersTest {

    @Test
    void unknownTypeListsTheKnownOnes() {
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("lightgbm", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lightgbm'")
                .hasMessageContaining(String.join(", ", Forecasters.types()));
        assertThat(Forecasters.types()).contains("ridge");
    }

    @Test
    void unknownParameterIsRefusedByName() {
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("ridge", 1).with("alpah", 1)))
                .hasMessageContaining("unknown parameter 'alpah'").hasMessageContaining("alpha");
    }

    @Test
    void loadingAnEmptyFolderSaysWhatIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> Forecasters.load(dir)).hasMessageContaining("spec.json");
    }

    @Test
    void anIntegerParameterBeyondTheIntRangeIsRefusedNotClamped() {
        // (int) 3e9 would silently become 2147483647 hidden units, a native allocation failure far from the cause
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("mlp", 1).with("hidden", 3_000_000_000L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden").hasMessageContaining("3000000000");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("xgboost", 1).with("num_round", -3e10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("num_round");
    }
}
