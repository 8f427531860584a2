package dev.qforge.q;

/** Result of running a script: captured stdout, error text ({@code 'type} style, empty if none) and exit code. */
public record QRun(String stdout, String error, int exitCode) {}
