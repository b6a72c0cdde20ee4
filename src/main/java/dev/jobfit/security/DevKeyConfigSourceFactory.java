package dev.jobfit.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * When development tokens are enabled ({@code jobfit.auth.dev-tokens.enabled}, set in the local, dev and test
 * profiles only), generates an elliptic-curve (P-256, ES256) key pair in memory at start and supplies it as
 * configuration: the public key as {@code mp.jwt.verify.publickey} for SmallRye JWT to verify tokens with, the
 * private key as {@code smallrye.jwt.sign.key} for {@link DevTokenIssuer} to sign them with. An EC pair takes
 * about a millisecond to make where an RSA one took a noticeable part of the start-up. The pair lives only as long as the
 * process, so a restart invalidates every development token, and no key is ever written to disk or the
 * repository. Configured values (application.properties, environment) take precedence over these.
 */
public class DevKeyConfigSourceFactory implements ConfigSourceFactory {

    /** The issuer of development tokens; the verifier accepts only this one while they are enabled. */
    public static final String DEV_ISSUER = "https://jobfit.dev/dev-tokens";

    static final String ENABLED_KEY = "jobfit.auth.dev-tokens.enabled";

    /** The signature algorithm of development tokens (JWA name). */
    public static final String ALGORITHM = "ES256";

    /** Below application.properties (250) and the default ordinal (100): any configured value wins. */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue enabled = context.getValue(ENABLED_KEY);
        if (enabled == null || enabled.getValue() == null || !Boolean.parseBoolean(enabled.getValue().strip())) {
            return List.of();
        }
        KeyPair pair = generate();
        Map<String, String> properties = Map.of(
                "mp.jwt.verify.publickey", pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                "mp.jwt.verify.publickey.algorithm", ALGORITHM,
                "mp.jwt.verify.issuer", DEV_ISSUER,
                "smallrye.jwt.sign.key", pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                "smallrye.jwt.new-token.signature-algorithm", ALGORITHM);
        return List.of(new PropertiesConfigSource(properties, "jobfit development token key (in memory)", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** A new P-256 key pair, the curve of ES256. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 elliptic-curve keys are not available in this JVM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----";
    }
}
