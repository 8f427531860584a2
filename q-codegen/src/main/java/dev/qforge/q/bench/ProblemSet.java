package dev.qforge.q.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A set of problems in the layout of the Q benchmark paper: one folder per problem holding
 * {@code problem_description.txt}, {@code q_sol.q}, and pairs {@code q_test_case_N.q} /
 * {@code q_exact_ans_test_case_N.txt} (N = 1, 2, ...; ordered by N, not by name). An optional
 * {@code meta.json} ({@code id}, {@code title}, {@code difficulty}, {@code tags}) adds labels; without it the
 * difficulty is {@link Difficulty#UNKNOWN} and the title is the folder name. Python files of the paper's data
 * set are ignored. A test case without its answer file, or an answer without its test, is an error naming the
 * file. Problems are ordered by id.
 */
public final class ProblemSet {
    /** Classpath folder of the bundled problems; {@code index.txt} there lists the problem folders. */
    public static final String BUNDLED = "qbench/problems";
    private static final Pattern TEST = Pattern.compile("q_test_case_(\\d+)\\.q");
    private static final Pattern ANSWER = Pattern.compile("q_exact_ans_test_case_(\\d+)\\.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Problem> byId;

    private ProblemSet(Collection<Problem> problems) {
        Map<String, Problem> m = new LinkedHashMap<>();
        problems.stream().sorted(Comparator.comparing(Problem::id)).forEach(p -> {
            if (m.put(p.id(), p) != null) throw new IllegalArgumentException("duplicate problem id " + p.id());
        });
        this.byId = m;
    }

    /** A set of the given problems. */
    public static ProblemSet of(Collection<Problem> problems) {
        return new ProblemSet(problems);
    }

    /** The problems shipped with qforge (classpath {@value #BUNDLED}). */
    public static ProblemSet bundled() {
        ClassLoader cl = ProblemSet.class.getClassLoader();
        String index = resource(cl, BUNDLED + "/index.txt")
                .orElseThrow(() -> new IllegalStateException("classpath " + BUNDLED + "/index.txt is missing"));
        List<Problem> out = new ArrayList<>();
        for (String id : index.split("\n")) {
            if (id.isBlank()) continue;
            String base = BUNDLED + "/" + id.strip() + "/";
            List<String> names = new ArrayList<>();
            for (int i = 1; resource(cl, base + "q_test_case_" + i + ".q").isPresent(); i++) {
                names.add("q_test_case_" + i + ".q");
                names.add("q_exact_ans_test_case_" + i + ".txt");
            }
            names.addAll(List.of("problem_description.txt", "q_sol.q", "meta.json"));
            out.add(parse(id.strip(), names, n -> resource(cl, base + n), "classpath:" + base));
        }
        return new ProblemSet(out);
    }

    /**
     * Loads every sub-folder of {@code dir} that holds a {@code problem_description.txt}; when {@code dir}
     * itself holds one, it is loaded as a single problem.
     */
    public static ProblemSet load(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("problem folder not found: " + dir);
        List<Problem> out = new ArrayList<>();
        if (Files.exists(dir.resolve("problem_description.txt"))) {
            out.add(loadFolder(dir));
        } else {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                    if (Files.exists(d.resolve("problem_description.txt"))) out.add(loadFolder(d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no problem folders (with problem_description.txt) in " + dir);
        return new ProblemSet(out);
    }

    private static Problem loadFolder(Path d) {
        List<String> names;
        try (Stream<Path> s = Files.list(d)) {
            names = s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + d, e);
        }
        return parse(d.getFileName().toString(), names, n -> read(d.resolve(n)), d + "/");
    }

    private static Problem parse(String folder, List<String> names, Function<String, Optional<String>> file, String where) {
        String description = file.apply("problem_description.txt")
                .orElseThrow(() -> new IllegalArgumentException(where + "problem_description.txt is missing"));
        String solution = file.apply("q_sol.q").orElse("");
        TreeMap<Integer, String> tests = new TreeMap<>(), answers = new TreeMap<>();
        for (String n : names) {
            Matcher t = TEST.matcher(n), a = ANSWER.matcher(n);
            if (t.matches()) tests.put(Integer.parseInt(t.group(1)), n);
            if (a.matches()) answers.put(Integer.parseInt(a.group(1)), n);
        }
        for (int i : tests.keySet()) {
            if (!answers.containsKey(i)) throw new IllegalArgumentException(where + "q_exact_ans_test_case_" + i + ".txt is missing");
        }
        for (int i : answers.keySet()) {
            if (!tests.containsKey(i)) throw new IllegalArgumentException(where + "q_test_case_" + i + ".q is missing");
        }
        if (tests.isEmpty()) throw new IllegalArgumentException(where + " has no q_test_case_N.q files");
        List<TestCase> cases = new ArrayList<>();
        for (var e : tests.entrySet()) {
            cases.add(new TestCase(e.getKey(), file.apply(e.getValue()).orElseThrow(),
                    file.apply(answers.get(e.getKey())).orElseThrow()));
        }
        String id = folder, title = null;
        Difficulty difficulty = Difficulty.UNKNOWN;
        List<String> tags = List.of();
        Optional<String> meta = file.apply("meta.json");
        if (meta.isPresent()) {
            try {
                JsonNode m = JSON.readTree(meta.get());
                if (m.hasNonNull("id")) id = m.get("id").asText();
                if (m.hasNonNull("title")) title = m.get("title").asText();
                difficulty = Difficulty.parse(m.path("difficulty").asText(null));
                List<String> t = new ArrayList<>();
                m.path("tags").forEach(x -> t.add(x.asText()));
                tags = t;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "meta.json: " + e.getMessage(), e);
            }
        }
        return new Problem(id, title, difficulty, tags, description, solution, cases);
    }

    private static Optional<String> read(Path p) {
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static Optional<String> resource(ClassLoader cl, String name) {
        try (InputStream in = cl.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath " + name, e);
        }
    }

    /** All problems, ordered by id. */
    public List<Problem> problems() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** The problem with this id, if any. */
    public Optional<Problem> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The problem with this id; an unknown id is an error that lists how many problems exist. */
    public Problem get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no problem '" + id + "' among " + size()));
    }

    /** The subset with these ids (in set order); an unknown id is an error. */
    public ProblemSet select(Collection<String> ids) {
        return new ProblemSet(ids.stream().distinct().map(this::get).toList());
    }

    /** The subset with this difficulty. */
    public ProblemSet withDifficulty(Difficulty d) {
        return new ProblemSet(byId.values().stream().filter(p -> p.difficulty() == d).toList());
    }
}
