package dev.gilspy.interp.real;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of {@code realprograms/programs.txt}: a program nobody here wrote, its arguments, and
 * whether gilspy gives CPython's result today ({@code pass}) or not yet ({@code fail: why}).
 */
record RealProgram(String name, String knownGap, String script, List<String> args, String stdinFile, Pattern mask) {

    boolean expectedToPass() {
        return knownGap == null;
    }

    /** Parses the manifest; {@code $EX} in paths becomes {@code examples}. */
    static List<RealProgram> parse(List<String> lines, Path examples) {
        List<RealProgram> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ");
            if (f.length < 3) {
                throw new IllegalArgumentException("programs.txt line " + (n + 1) + ": need name | status | command");
            }
            String status = f[1].strip();
            String gap;
            if (status.equals("pass")) {
                gap = null;
            } else if (status.startsWith("fail:")) {
                gap = status.substring(5).strip();
            } else {
                throw new IllegalArgumentException("programs.txt line " + (n + 1) + ": status is pass or 'fail: why', not " + status);
            }
            List<String> cmd = new ArrayList<>();
            for (String word : f[2].strip().split("\\s+")) {
                cmd.add(word.replace("$EX", examples.toString()));
            }
            String stdin = null;
            Pattern mask = null;
            for (int i = 3; i < f.length; i++) {
                String opt = f[i].strip();
                if (opt.startsWith("stdin=")) {
                    stdin = opt.substring(6).replace("$EX", examples.toString());
                } else if (opt.startsWith("mask=")) {
                    mask = Pattern.compile(opt.substring(5));
                } else {
                    throw new IllegalArgumentException("programs.txt line " + (n + 1) + ": unknown option " + opt);
                }
            }
            out.add(new RealProgram(f[0].strip(), gap, examples.resolve(cmd.get(0)).toString(),
                    List.copyOf(cmd.subList(1, cmd.size())), stdin, mask));
        }
        return out;
    }

    byte[] stdin() throws IOException {
        return stdinFile == null ? new byte[0] : Files.readAllBytes(Path.of(stdinFile));
    }

    String masked(String text) {
        return mask == null ? text : mask.matcher(text).replaceAll("<M>");
    }
}
