package dev.qforge.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a run writes its files: {@code <root>/<kind>/<run-id>/}, root {@code qforge-out} by default.
 * Run ids are made from the run's start time (passed in, never read from the system clock here) and a
 * short tag, so they sort by time.
 */
public record RunOutput(Path dir, String runId) {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public static RunOutput create(Path root, String kind, Instant start, String tag) {
        String id = ID.format(start) + (tag == null || tag.isBlank() ? "" : "-" + tag.replaceAll("[^A-Za-z0-9._-]", "_"));
        Path dir = root.resolve(kind).resolve(id);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        return new RunOutput(dir, id);
    }

    public Path file(String name) {
        return dir.resolve(name);
    }
}
