package dev.gilspy.cli;

/** {@code gilspy COMMAND}: the command-line entry of gilspy.jar. */
public final class GilspyCli {
    private GilspyCli() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(dev.gilspy.interp.Main.run(rest, System.in, System.out, System.err));
        }
        System.err.println("usage: gilspy run FILE.py [ARGS]");
        System.exit(2);
    }
}
