package dev.qforge.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every notebook of the notebooks folder top to bottom, one dynamic test per notebook. */
class NotebooksTest {

    /** The notebooks folder: {@code qforge.notebooks.dir} (set by the pom), else the working directory. */
    static Path notebooksDir() {
        return Path.of(System.getProperty("qforge.notebooks.dir", "")).toAbsolutePath();
    }

    /** Every {@code *.ipynb} below {@code dir}, sorted, outside build output and Jupyter checkpoints. */
    static List<Path> notebooks(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb"))
                    .filter(p -> !dir.relativize(p).toString().contains(".ipynb_checkpoints"))
                    .filter(p -> !dir.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsTopToBottom() throws IOException {
        Path dir = notebooksDir();
        List<Path> found = notebooks(dir);
        assertThat(found).as("notebooks under " + dir).isNotEmpty();
        List<String> classpath = List.copyOf(TestClasspath.entries());
        return found.stream().map(path -> dynamicTest(dir.relativize(path).toString(), () -> {
            Notebook notebook = Notebook.read(path);
            Assumptions.assumeTrue(notebook.skipReason() == null,
                    () -> notebook.name() + " is marked skip in its metadata: " + notebook.skipReason());
            NotebookRunner.Report report = NotebookRunner.run(notebook, classpath);
            report.notes().forEach(System.out::println);
            System.out.println(notebook.name() + ": " + report.codeCells() + " code cells, " + report.snippets() + " snippets ran");
            assertThat(report.codeCells()).as(notebook.name() + " code cells").isPositive();
        }));
    }
}
