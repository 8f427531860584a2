package dev.qforge.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources and the optional shared real data folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file under src/test/resources, as a path. */
    public static Path resource(String name) {
        try {
            var url = TestFiles.class.getClassLoader().getResource(name);
            if (url == null) throw new IllegalStateException("test resource " + name + " is missing");
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The shared real data folder ({@code shared/data}), or null: the system property {@code qforge.shared} or the
     * environment variable {@code QFORGE_SHARED} (naming either the {@code shared} folder or its {@code data} folder),
     * else the first {@code shared/data} found walking up from the working directory.
     */
    public static Path sharedData() {
        for (String given : new String[] {System.getProperty("qforge.shared"), System.getenv("QFORGE_SHARED")}) {
            if (given == null || given.isBlank()) continue;
            Path p = Path.of(given);
            if (Files.isDirectory(p.resolve("data"))) return p.resolve("data");
            if (Files.isDirectory(p)) return p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }
}
