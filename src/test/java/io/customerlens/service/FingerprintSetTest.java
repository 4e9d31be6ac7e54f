package io.customerlens.service;

import io.customerlens.domain.LineFingerprint;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintSetTest {

    @Test
    void aFingerprintIsAddedOnce() {
        FingerprintSet set = new FingerprintSet();

        assertThat(set.add(new LineFingerprint(1, 2))).isTrue();
        assertThat(set.add(new LineFingerprint(1, 2))).isFalse();
        assertThat(set.contains(new LineFingerprint(1, 2))).isTrue();
        assertThat(set.contains(new LineFingerprint(2, 1))).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void theAllZeroFingerprintIsAnOrdinaryMember() {
        FingerprintSet set = new FingerprintSet();

        assertThat(set.contains(0, 0)).isFalse();
        assertThat(set.add(0, 0)).isTrue();
        assertThat(set.add(0, 0)).isFalse();
        assertThat(set.contains(0, 0)).isTrue();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void growingKeepsEveryMemberAndAgreesWithAHashSet() {
        FingerprintSet set = new FingerprintSet();
        Set<LineFingerprint> reference = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            // Few distinct high halves and small lows: structured values must still spread over the table.
            LineFingerprint fingerprint = new LineFingerprint(random.nextInt(4), random.nextInt(30_000));
            assertThat(set.add(fingerprint)).isEqualTo(reference.add(fingerprint));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        reference.forEach(fingerprint -> assertThat(set.contains(fingerprint)).isTrue());
        assertThat(set.contains(new LineFingerprint(9, 9))).isFalse();
    }
}
