package dev.gilspy.interp.modules.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A running hash: what {@code _hashlib.HASH}, {@code _blake2.blake2b} and HMAC hold. */
public interface Digest {
    void update(byte[] b, int off, int len);

    /** The digest of everything so far, leaving the state as it is ({@code length} only for SHAKE). */
    byte[] digest(int length);

    Digest copy();

    /** CPython's name: md5, sha256, sha3_256, shake_128, blake2b. */
    String name();

    int digestSize();

    int blockSize();

    /** The JDK's {@link MessageDigest} under CPython's name. */
    final class Jdk implements Digest {
        private final MessageDigest md;
        private final String name;
        private final int block;

        Jdk(String name, String jdkName, int block) {
            this.name = name;
            this.block = block;
            try {
                this.md = MessageDigest.getInstance(jdkName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private Jdk(String name, MessageDigest md, int block) {
            this.name = name;
            this.md = md;
            this.block = block;
        }

        @Override public void update(byte[] b, int off, int len) { md.update(b, off, len); }

        @Override public byte[] digest(int length) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public Digest copy() {
            try {
                return new Jdk(name, (MessageDigest) md.clone(), block);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public String name() { return name; }
        @Override public int digestSize() { return md.getDigestLength(); }
        @Override public int blockSize() { return block; }
    }

    /** A new digest by CPython's (OpenSSL's) name, lower case; null when there is none. */
    static Digest create(String name) {
        switch (name) {
            case "md5": return new Jdk("md5", "MD5", 64);
            case "sha1": return new Jdk("sha1", "SHA-1", 64);
            case "sha224": return new Jdk("sha224", "SHA-224", 64);
            case "sha256": return new Jdk("sha256", "SHA-256", 64);
            case "sha384": return new Jdk("sha384", "SHA-384", 128);
            case "sha512": return new Jdk("sha512", "SHA-512", 128);
            case "sha512_224": return new Jdk("sha512_224", "SHA-512/224", 128);
            case "sha512_256": return new Jdk("sha512_256", "SHA-512/256", 128);
            case "sha3_224": return new Keccak(name, 224, false);
            case "sha3_256": return new Keccak(name, 256, false);
            case "sha3_384": return new Keccak(name, 384, false);
            case "sha3_512": return new Keccak(name, 512, false);
            case "shake_128": return new Keccak(name, 128, true);
            case "shake_256": return new Keccak(name, 256, true);
            case "blake2b": return new Blake2b(64, null, null, null);
            case "blake2s": return new Blake2s(32, null, null, null);
            default: return null;
        }
    }

    /** The names {@link #create} knows, as {@code openssl_md_meth_names} lists them. */
    String[] NAMES = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256", "sha3_224", "sha3_256",
        "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"};
}
