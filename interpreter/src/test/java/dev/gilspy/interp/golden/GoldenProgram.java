package dev.gilspy.interp.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One program of the golden corpus and the files beside it: {@code X.py} with its inputs
 * ({@code X.args}, {@code X.stdin}, {@code X.mask}, {@code X.timeout}) and CPython's results
 * ({@code X.out}, {@code X.meta}) as written by {@code tools/regen-golden}.
 */
record GoldenProgram(Path root, Path script) {
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** Outputs store the program's folder as this placeholder, so they do not depend on the checkout. */
    static final String DIR_PLACEHOLDER = "<DIR>";
    private static final Pattern FLOAT = Pattern.compile("\\d+(?:\\.\\d+)+");

    String relativePath() {
        return root.relativize(script).toString().replace('\\', '/');
    }

    String folder() {
        return script.getParent().toAbsolutePath().toString();
    }

    List<String> args() {
        Path p = sibling(".args");
        return Files.exists(p) ? readString(p).lines().toList() : List.of();
    }

    byte[] stdin() {
        Path p = sibling(".stdin");
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean masked() {
        return Files.exists(sibling(".mask"));
    }

    int timeoutSeconds() {
        Path p = sibling(".timeout");
        return Files.exists(p) ? Integer.parseInt(readString(p).strip()) : DEFAULT_TIMEOUT_SECONDS;
    }

    boolean hasExpectations() {
        return Files.exists(sibling(".out")) && Files.exists(sibling(".meta"));
    }

    String expectedStdout() {
        return readString(sibling(".out")).replace(DIR_PLACEHOLDER, folder());
    }

    int expectedExit() {
        return Integer.parseInt(metaValue("exit"));
    }

    String expectedStderrLast() {
        return metaValue("stderr_last").replace(DIR_PLACEHOLDER, folder());
    }

    /** Applies the {@code .mask} rule: every float-looking number becomes {@code <F>}, for timing output. */
    String mask(String text) {
        return masked() ? FLOAT.matcher(text).replaceAll("<F>") : text;
    }

    private String metaValue(String key) {
        String prefix = key + "=";
        return readString(sibling(".meta")).lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(relativePath() + ": .meta has no " + key));
    }

    private Path sibling(String extension) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
