package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.Forecasters;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSearchTest {

    @Test
    void everyDrawIsASpecTheModelsRegistryAccepts() {
        ModelSearch s = new ModelSearch(List.of("ridge", "xgboost", "mlp", "lstm", "gru"));
        SplittableRandom rng = new SplittableRandom(1);
        Set<String> types = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String text = s.draw(rng);
            var spec = ModelSpecText.parse(text, 3);
            types.add(spec.type());
            Forecasters.create(spec); // throws, naming the parameter, when a grid uses a name the model does not know
        }
        assertThat(types).containsExactlyInAnyOrder("ridge", "xgboost", "mlp", "lstm", "gru");
        assertThat(new ModelSearch(List.of("ridge")).draw(new SplittableRandom(5))).isEqualTo(new ModelSearch(List.of("ridge")).draw(new SplittableRandom(5)));
        assertThatThrownBy(() -> new ModelSearch(List.of("svm"))).hasMessageContaining("no search grid for model type 'svm'");
    }
}
