package dev.qforge.notebooks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath of the running test JVM, as file-system entries for JShell. Surefire may start the JVM
 * with a single manifest-only jar whose {@code Class-Path} attribute lists the real entries; those are
 * expanded (relative URLs resolve against the jar's folder).
 */
final class TestClasspath {

    private TestClasspath() {
    }

    static Set<String> entries() {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            out.add(entry);
            out.addAll(manifestClassPath(Path.of(entry)));
        }
        return out;
    }

    private static Set<String> manifestClassPath(Path jar) {
        Set<String> out = new LinkedHashSet<>();
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) return out;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (cp == null) return out;
            URI base = jar.toAbsolutePath().getParent().toUri();
            for (String url : cp.trim().split("\\s+")) {
                if (!url.isEmpty()) out.add(Path.of(base.resolve(url)).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
        return out;
    }
}
