package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VndTest {
    @Test
    void formatsAsVietnameseWriteMoney() {
        assertThat(Vnd.of(1_000_000).format()).isEqualTo("1.000.000 ₫");
        assertThat(Vnd.of(5_000).format()).isEqualTo("5.000 ₫");
        assertThat(Vnd.of(999).format()).isEqualTo("999 ₫");
        assertThat(Vnd.ZERO.format()).isEqualTo("0 ₫");
        assertThat(Vnd.of(-2_500_000).format()).isEqualTo("-2.500.000 ₫");
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Vnd.of(5_000_000).minus(Vnd.of(1_250_000))).isEqualTo(Vnd.of(3_750_000));
        assertThat(Vnd.of(1).plus(Vnd.of(2))).isEqualTo(Vnd.of(3));
        assertThat(Vnd.of(1).minus(Vnd.of(2)).isNegative()).isTrue();
        assertThatThrownBy(() -> Vnd.of(Long.MAX_VALUE).plus(Vnd.of(1))).isInstanceOf(ArithmeticException.class);
    }
}
