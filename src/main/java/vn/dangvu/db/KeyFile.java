package vn.dangvu.db;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;

/// The key of an encrypted database (encryption at rest, issue 9), stored beside it as `<name>.key`: a random 256-bit
/// file key (H2 `CIPHER=AES` is opened with it) wrapped twice with AES-256-GCM, once under a key derived from the
/// user's password and once under a key derived from the recovery code printed on the recovery sheet, each with
/// PBKDF2-HMAC-SHA256 ([#ITERATIONS] rounds, a random salt of its own). Changing the password re-wraps the same file
/// key: the data is not rewritten. A wrong password fails GCM's tag check and is told as such; nothing is counted or
/// locked. The file is UTF-8 `key=value` lines, written the safe way ([AtomicFile]).
public final class KeyFile {

    /// PBKDF2 rounds (OWASP 2023 for PBKDF2-HMAC-SHA256: 600,000).
    public static final int ITERATIONS = 600_000;
    static final String SUFFIX = ".key";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String WRAP = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_CHARS = 28;
    private static final HexFormat HEX = HexFormat.of();

    /// One wrapping of the file key: the KDF's salt and rounds, the GCM nonce, the wrapped key with its tag.
    record Wrapped(byte[] salt, int iterations, byte[] iv, byte[] wrapped) {
    }

    private final Wrapped byPassword;
    private final Wrapped byRecovery;

    private KeyFile(Wrapped byPassword, Wrapped byRecovery) {
        this.byPassword = byPassword;
        this.byRecovery = byRecovery;
    }

    /// A new file key, wrapped under `password` and under a new recovery code.
    public record Created(KeyFile keyFile, byte[] fileKey, String recoveryCode) {
    }

    public static Created create(char[] password, SecureRandom random) throws AppException {
        byte[] fileKey = new byte[KEY_BYTES];
        random.nextBytes(fileKey);
        String code = recoveryCode(random);
        KeyFile k = new KeyFile(wrap(fileKey, password, ITERATIONS, random), wrap(fileKey, normalize(code).toCharArray(), ITERATIONS, random));
        return new Created(k, fileKey, code);
    }

    /// The file key, when `password` is the one it was wrapped under; otherwise "wrong password" (nothing locked).
    public byte[] unwrap(char[] password) throws AppException {
        return unwrap(byPassword, password, "db.error.wrongPassword");
    }

    /// The file key from the recovery code (spaces, dashes and case do not matter).
    public byte[] unwrapWithRecoveryCode(String code) throws AppException {
        return unwrap(byRecovery, normalize(code).toCharArray(), "db.error.wrongRecoveryCode");
    }

    /// The same file key wrapped under a new password (the recovery code stays). `fileKey` comes from [#unwrap] or
    /// [#unwrapWithRecoveryCode] (a forgotten password is replaced that way).
    public KeyFile withPassword(byte[] fileKey, char[] newPassword, SecureRandom random) throws AppException {
        return new KeyFile(wrap(fileKey, newPassword, ITERATIONS, random), byRecovery);
    }

    /// Where the key of the database at `base` is kept.
    public static Path path(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public static boolean exists(Path base) {
        return Files.isRegularFile(path(base));
    }

    public void write(Path base) throws IOException {
        StringBuilder s = new StringBuilder("# Đảng vụ: khóa của tệp dữ liệu mã hóa. Đừng xóa: không có tệp này (hoặc mã khôi phục) thì không mở được dữ liệu.\n");
        s.append("format=1\nkdf=").append(KDF).append('\n');
        put(s, "password", byPassword);
        put(s, "recovery", byRecovery);
        AtomicFile.writeString(path(base), s.toString());
    }

    public static KeyFile read(Path base) throws AppException {
        Path p = path(base);
        try {
            Properties props = new Properties();
            props.load(new StringReader(Files.readString(p, StandardCharsets.UTF_8)));
            if (!"1".equals(props.getProperty("format")) || !KDF.equals(props.getProperty("kdf"))) {
                throw new AppException("db.error.keyFile", p);
            }
            return new KeyFile(get(props, "password"), get(props, "recovery"));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new AppException(e, "db.error.keyFile", p);
        }
    }

    /// The H2 file password for a file key (`CIPHER=AES` derives its AES key from this text).
    public static String filePassword(byte[] fileKey) {
        return HEX.formatHex(fileKey);
    }

    private static void put(StringBuilder s, String name, Wrapped w) {
        s.append(name).append(".salt=").append(HEX.formatHex(w.salt())).append('\n')
                .append(name).append(".iterations=").append(w.iterations()).append('\n')
                .append(name).append(".iv=").append(HEX.formatHex(w.iv())).append('\n')
                .append(name).append(".wrapped=").append(HEX.formatHex(w.wrapped())).append('\n');
    }

    private static Wrapped get(Properties p, String name) {
        return new Wrapped(HEX.parseHex(p.getProperty(name + ".salt")), Integer.parseInt(p.getProperty(name + ".iterations")),
                HEX.parseHex(p.getProperty(name + ".iv")), HEX.parseHex(p.getProperty(name + ".wrapped")));
    }

    private static Wrapped wrap(byte[] fileKey, char[] secret, int iterations, SecureRandom random) throws AppException {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] kek = derive(secret, salt, iterations);
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            return new Wrapped(salt, iterations, iv, c.doFinal(fileKey));
        } catch (GeneralSecurityException e) {
            throw new AppException(e, "db.error.crypto", e.getMessage());
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] unwrap(Wrapped w, char[] secret, String wrongKey) throws AppException {
        byte[] kek = derive(secret, w.salt(), w.iterations());
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, w.iv()));
            return c.doFinal(w.wrapped());
        } catch (AEADBadTagException e) {
            throw new AppException(e, wrongKey);
        } catch (GeneralSecurityException e) {
            throw new AppException(e, "db.error.crypto", e.getMessage());
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] derive(char[] secret, byte[] salt, int iterations) throws AppException {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new AppException(e, "db.error.crypto", e.getMessage());
        } finally {
            spec.clearPassword();
        }
    }

    /// 28 characters from 32 easily read ones (no 0/O, 1/I): 140 bits, printed in groups of four.
    private static String recoveryCode(SecureRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < CODE_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return s.toString();
    }

    private static String normalize(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
