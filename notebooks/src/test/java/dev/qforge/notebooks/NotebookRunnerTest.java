package dev.qforge.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.EvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself: it must pass good notebooks and fail bad ones with a useful message. */
class NotebookRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CLASSPATH = List.copyOf(TestClasspath.entries());

    @TempDir
    Path dir;

    /** Writes an nbformat-4 Java notebook; a cell starting with "#md " becomes markdown. */
    private Path notebook(String name, String language, String... cells) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("cells");
        for (String cell : cells) {
            boolean md = cell.startsWith("#md ");
            ObjectNode c = list.addObject();
            c.put("cell_type", md ? "markdown" : "code");
            c.putObject("metadata");
            ArrayNode source = c.putArray("source");
            String text = md ? cell.substring(4) : cell;
            text.lines().forEach(line -> source.add(line + "\n"));
            if (!md) {
                c.putNull("execution_count");
                c.putArray("outputs");
            }
        }
        ObjectNode meta = root.putObject("metadata");
        meta.putObject("kernelspec").put("name", language).put("display_name", language).put("language", language);
        meta.putObject("language_info").put("name", language);
        root.put("nbformat", 4).put("nbformat_minor", 4);
        Path path = dir.resolve(name);
        JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), root);
        return path;
    }

    private static NotebookRunner.Report run(Path path) {
        return NotebookRunner.run(Notebook.read(path), CLASSPATH);
    }

    @Test
    void runsCellsInOrderSharingStateAndSeesTheProjectClasspath() throws IOException {
        Path nb = notebook("good.ipynb", "java",
                "#md # A title",
                "import dev.qforge.data.synth.*;\nint a = 20; int b = 22;",
                "%classpath ../market-data/target/classes\nvar g = GbmGenerator.of(0.05, 0.2);\nint sum = a + b;",
                "%%loadFromPOM\n<dependency/>",
                "// only a comment",
                "if (sum != 42 || g.sigma() != 0.2) throw new AssertionError(\"state lost\");\nsum");
        NotebookRunner.Report report = run(nb);
        assertThat(report.codeCells()).isEqualTo(4);
        assertThat(report.snippets()).isEqualTo(7);
        assertThat(report.notes()).hasSize(2);
        assertThat(report.notes().get(0)).contains("good.ipynb cell 3").contains("line magic %classpath");
        assertThat(report.notes().get(1)).contains("cell 4").contains("cell magic %%loadFromPOM");
    }

    @Test
    void aCompileErrorNamesNotebookCellSnippetAndDiagnostic() throws IOException {
        Path nb = notebook("broken.ipynb", "java",
                "int ok = 1;",
                "#md some prose",
                "int x = ok;\nString s = x;\nint never = 2;");
        assertThatThrownBy(() -> run(nb))
                .isInstanceOf(NotebookRunner.NotebookFailure.class)
                .hasMessageContaining("broken.ipynb, cell 3")
                .hasMessageContaining("String s = x;")
                .hasMessageContaining("does not compile")
                .hasMessageContaining("error at cell line 2, column 12")
                .hasMessageContaining("incompatible types");
    }

    @Test
    void anExceptionAtRunTimeNamesItsClassAndMessage() throws IOException {
        Path nb = notebook("throws.ipynb", "java",
                "java.util.List<Integer> xs = java.util.List.of(1, 2);",
                "int boom(int i) { if (i > 1) throw new IllegalStateException(\"bad value \" + i); return i; }",
                "boom(1);\nboom(2);");
        assertThatThrownBy(() -> run(nb))
                .isInstanceOf(NotebookRunner.NotebookFailure.class)
                .hasMessageContaining("throws.ipynb, cell 3")
                .hasMessageContaining("boom(2);")
                .hasMessageContaining("java.lang.IllegalStateException: bad value 2")
                .hasCauseInstanceOf(EvalException.class);
    }

    @Test
    void anUnresolvedNameFails() throws IOException {
        Path nb = notebook("unresolved.ipynb", "java", "void f() { helperThatDoesNotExist(); }");
        assertThatThrownBy(() -> run(nb)).isInstanceOf(NotebookRunner.NotebookFailure.class)
                .hasMessageContaining("unresolved.ipynb, cell 1")
                .hasMessageContaining("does not exist");
    }

    @Test
    void anUnfinishedCellFails() throws IOException {
        Path nb = notebook("open.ipynb", "java", "for (int i = 0; i < 3; i++) {\n  System.out.println(i);");
        assertThatThrownBy(() -> run(nb)).isInstanceOf(NotebookRunner.NotebookFailure.class)
                .hasMessageContaining("open.ipynb, cell 1");
    }

    @Test
    void aNotebookForAnotherLanguageIsRefused() throws IOException {
        Path nb = notebook("py.ipynb", "python", "print(1)");
        assertThatThrownBy(() -> Notebook.read(nb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("py.ipynb").hasMessageContaining("'python'");
    }

    @Test
    void theSkipMarkIsRead() throws IOException {
        Path nb = notebook("later.ipynb", "java", "int x = 1;");
        ObjectNode root = (ObjectNode) JSON.readTree(nb.toFile());
        ((ObjectNode) root.get("metadata")).putObject("qforge").put("skip", "needs the loader");
        JSON.writeValue(nb.toFile(), root);
        assertThat(Notebook.read(nb).skipReason()).isEqualTo("needs the loader");
        assertThat(Files.readString(nb)).contains("\"nbformat\":4");
    }

    @Test
    void notebooksAreFoundBelowTheFolderButNotInCheckpointsOrTarget() throws IOException {
        notebook("a.ipynb", "java", "1");
        Files.createDirectories(dir.resolve("sub/.ipynb_checkpoints"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("sub/b.ipynb"), "{}");
        Files.writeString(dir.resolve("sub/.ipynb_checkpoints/b-checkpoint.ipynb"), "{}");
        Files.writeString(dir.resolve("target/c.ipynb"), "{}");
        assertThat(NotebooksTest.notebooks(dir)).containsExactly(dir.resolve("a.ipynb"), dir.resolve("sub/b.ipynb"));
    }
}
