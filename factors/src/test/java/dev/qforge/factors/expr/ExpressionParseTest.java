package dev.qforge.factors.expr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParseTest {

    @Test
    void parsesQlibSyntaxWithPrecedence() {
        assertThat(Expression.parse("Mean($close,5)/$close-1").canonical()).isEqualTo("((Mean($close,5)/$close)-1)");
        assertThat(Expression.parse("$a+$b*$c").canonical()).isEqualTo("($a+($b*$c))");
        assertThat(Expression.parse("-$a*2").canonical()).isEqualTo("((-$a)*2)");
        assertThat(Expression.parse("$a>$b & $c<=1 | $d!=2").canonical()).isEqualTo("((($a>$b)&($c<=1))|($d!=2))");
        assertThat(Expression.parse("($high-$low+1e-12)").canonical()).isEqualTo("(($high-$low)+1.0E-12)");
        assertThat(Expression.parse("Ref($close, -2)/Ref($close, -1) - 1").canonical()).isEqualTo("((Ref($close,-2)/Ref($close,-1))-1)");
        assertThat(Expression.parse("Quantile($close, 5, 0.8)").canonical()).isEqualTo("Quantile($close,5,0.8)");
        assertThat(Expression.parse("Corr($close, Log($volume+1), 10)").fields()).containsExactly("close", "volume");
    }

    @Test
    void extentCountsLookBackAndLookAhead() {
        assertThat(Expression.parse("Mean(Ref($close,1),5)").extent()).containsExactly(5, 0);
        assertThat(Expression.parse("Ref($close,-2)/Ref($close,-1)-1").extent()).containsExactly(0, 2);
    }

    @Test
    void unknownOperatorNamesTheColumnAndSuggests() {
        assertThatThrownBy(() -> Expression.parse("$close/Maen($close,5)"))
                .isInstanceOf(FactorSyntaxException.class)
                .hasMessageContaining("column 8").hasMessageContaining("unknown operator 'Maen'").hasMessageContaining("did you mean Mean?")
                .satisfies(e -> assertThat(((FactorSyntaxException) e).column()).isEqualTo(8));
        assertThatThrownBy(() -> Expression.parse("mean($close,5)")).hasMessageContaining("did you mean Mean?");
    }

    @Test
    void unknownFieldIsReportedAgainstTheData() {
        Expression e = Expression.parse("Mean($clsoe, 5)");
        assertThatThrownBy(() -> e.checkFields(List.of("open", "high", "low", "close", "volume")))
                .isInstanceOf(FactorSyntaxException.class)
                .hasMessageContaining("column 6").hasMessageContaining("unknown field $clsoe").hasMessageContaining("did you mean $close?");
    }

    @Test
    void wrongArityIsReported() {
        assertThatThrownBy(() -> Expression.parse("Mean($close)"))
                .hasMessageContaining("column 1").hasMessageContaining("Mean takes 2 arguments").hasMessageContaining("Mean(x, N)").hasMessageContaining("got 1");
        assertThatThrownBy(() -> Expression.parse("Corr($close, $volume)")).hasMessageContaining("Corr takes 3 arguments");
        assertThatThrownBy(() -> Expression.parse("Abs($close, 2)")).hasMessageContaining("Abs takes 1 argument ");
    }

    @Test
    void badWindowsAreReported() {
        assertThatThrownBy(() -> Expression.parse("Mean($close, 0)"))
                .hasMessageContaining("column 14").hasMessageContaining("window of Mean must be at least 1, got 0");
        assertThatThrownBy(() -> Expression.parse("Std($close, -3)")).hasMessageContaining("window of Std must be at least 1, got -3");
        assertThatThrownBy(() -> Expression.parse("Mean($close, 2.5)")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Expression.parse("Mean($close, $open)")).hasMessageContaining("must be a number, got $open");
        assertThatThrownBy(() -> Expression.parse("Kurt($close, 3)")).hasMessageContaining("at least 4");
        assertThatThrownBy(() -> Expression.parse("Ref($close, 0)")).hasMessageContaining("non-zero offset");
        assertThatThrownBy(() -> Expression.parse("Quantile($close, 5, 1.5)")).hasMessageContaining("in [0, 1]");
    }

    @Test
    void constantExpressionIsRejected() {
        assertThatThrownBy(() -> Expression.parse("1+2*Abs(-3)"))
                .isInstanceOf(FactorSyntaxException.class).hasMessageContaining("constant");
    }

    @Test
    void syntaxErrorsPointAtTheToken() {
        assertThatThrownBy(() -> Expression.parse("Mean($close,5"))
                .hasMessageContaining("column 14").hasMessageContaining("end of expression");
        assertThatThrownBy(() -> Expression.parse("$close $open")).hasMessageContaining("column 8").hasMessageContaining("'open'");
        assertThatThrownBy(() -> Expression.parse("$close = 1")).hasMessageContaining("column 8").hasMessageContaining("'=='");
        assertThatThrownBy(() -> Expression.parse("$close # 1")).hasMessageContaining("unexpected character '#'");
        assertThatThrownBy(() -> Expression.parse("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Expression.parse("Mean $close")).hasMessageContaining("Mean is an operator");
    }
}
