package dev.gilspy.interp.runtime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The shipped library's pseudo paths ({@code <gilspy>/lib/python3.11/...}, {@code <gilspy>/lib/gilspy/...},
 * what {@code __file__} and {@code __path__} say for modules read from the jar) as a read-only file tree,
 * so that a program that lists or reads the files beside a module finds them, as it would in CPython's
 * install: {@code os.listdir(encodings.__path__[0])}, {@code os.stat}, {@code open(...)} for reading,
 * {@code glob}, {@code pkgutil.iter_modules}, {@code importlib.resources}. In a jar the tree is the jar's
 * zip file system, opened on first use; in a development build it is the directory the classes come from.
 * Writing there is refused with {@code EROFS}, as on a read-only install.
 */
public final class LibraryFiles {
    private static final String PREFIX = "<gilspy>/";
    private static volatile FileSystem zip;

    private LibraryFiles() {}

    /** Whether {@code text} names something under the pseudo install root (even if no such file exists). */
    public static boolean isLibraryPath(String text) {
        return pseudo(text) != null;
    }

    /**
     * The path that a pseudo library path stands for, readable with {@link java.nio.file.Files}, or
     * null when {@code text} is no library path. A pseudo path made absolute by {@code os.path.abspath}
     * ({@code /cwd/<gilspy>/lib/...}) counts too.
     */
    public static Path path(String text) {
        String p = pseudo(text);
        if (p == null) {
            return null;
        }
        String res = Importer.resourceDir(p);
        if (res == null) {
            return null;
        }
        LibraryJar jar = LibraryJar.get();
        if (jar != null) {
            FileSystem fs = zipFileSystem(jar);
            if (fs != null) {
                return fs.getPath(res);
            }
        }
        String root = res.substring(0, res.indexOf('/', "/dev/gilspy/interp/".length()) < 0 ? res.length()
                : res.indexOf('/', "/dev/gilspy/interp/".length()));
        URL url = Importer.class.getResource(root);
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path base = Path.of(url.toURI());
            String rest = res.substring(root.length());
            return rest.isEmpty() ? base : base.resolve(rest.substring(1));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The name a descriptor keeps for {@code p}: its pseudo path when {@code p} is in the library jar's
     * file system (so that {@code fstat} finds it again), else {@code p} as a string.
     */
    public static String name(Path p) {
        FileSystem fs = zip;
        if (fs == null || p.getFileSystem() != fs) {
            return p.toString();
        }
        String res = p.toAbsolutePath().toString();
        String pseudo = Importer.pseudoDir(res);
        return pseudo == null ? res : pseudo;
    }

    private static String pseudo(String text) {
        if (text == null) {
            return null;
        }
        if (text.startsWith(PREFIX)) {
            return strip(text);
        }
        int i = text.indexOf("/" + PREFIX);
        return i >= 0 && text.startsWith("/") ? strip(text.substring(i + 1)) : null;
    }

    private static String strip(String p) {
        while (p.length() > PREFIX.length() && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static FileSystem zipFileSystem(LibraryJar jar) {
        FileSystem fs = zip;
        if (fs == null) {
            synchronized (LibraryFiles.class) {
                fs = zip;
                if (fs == null) {
                    try {
                        fs = FileSystems.newFileSystem(jar.location(), Map.of());
                    } catch (IOException | RuntimeException e) {
                        return null;
                    }
                    zip = fs;
                }
            }
        }
        return fs;
    }
}
