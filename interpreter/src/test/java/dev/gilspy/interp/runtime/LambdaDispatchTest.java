package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build step {@code src/build/java/dev/gilspy/build/LambdaDispatch.java} (process-classes) has
 * turned the builtin types' method lambdas into generated dispatcher classes: start-up then links no
 * {@code invokedynamic} for them. A build that skipped it (an IDE's own compile, a changed pom)
 * would still run, only slower to start; this test says so instead.
 */
class LambdaDispatchTest {
    @Test
    void builtinMethodsAreDispatcherInstancesNotLambdaProxies() {
        Object join = Types.STR.dict.get("join");
        assertThat(join).isInstanceOf(PyBuiltin.class);
        Class<?> body = ((PyBuiltin) join).body.getClass();
        assertThat(body.isHidden()).as("str.join's body is a LambdaMetafactory proxy: the lambda-dispatch build step did not run").isFalse();
        assertThat(body.getName()).contains("$$Dispatch"); // StrMethods', or Arity's wrapper (a capturing lambda)

        List<String> proxies = new ArrayList<>();
        int builtins = 0;
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.DICT, Types.INT, Types.OBJECT, Types.TYPE}) {
            for (var e : t.dict.entrySet()) {
                if (e.getValue() instanceof PyBuiltin b) {
                    builtins++;
                    if (b.body.getClass().isHidden()) {
                        proxies.add(t.name + "." + e.getKey());
                    }
                }
            }
        }
        assertThat(builtins).isGreaterThan(100);
        assertThat(proxies).as("methods whose body is still a lambda proxy").isEmpty();
    }

    @Test
    void aDispatcherCallsTheRightBody() {
        PyBuiltin upper = (PyBuiltin) Types.STR.dict.get("upper");
        PyBuiltin lower = (PyBuiltin) Types.STR.dict.get("lower");
        assertThat(upper.body.getClass()).isSameAs(lower.body.getClass());
        assertThat(upper.body.call(null, new Object[] {"MiXed"}, null)).isEqualTo("MIXED");
        assertThat(lower.body.call(null, new Object[] {"MiXed"}, null)).isEqualTo("mixed");
    }
}
