package dev.gilspy.interp.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Installs the methods and constructors of the built-in types into {@link Types}. Each type keeps
 * its methods in its own file beside it: {@link ListMethods} beside {@link PyList}, {@link DictMethods}
 * beside {@link PyDict}, {@link StrMethods} for {@code str}, and so on.
 */
final class Methods {
    private Methods() {}

    static void def(PyType t, String name, PyCallable body) {
        t.dict.put(name, new PyBuiltin(name, body).ownedBy(t));
    }

    /** Installs every builtin type's methods, in dependency order; {@link Types}' initializer calls it once. */
    static void installAll() {
        Coroutines.install();
        PyMappingProxy.install();
        ObjectMethods.install();
        StrMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        NumberMethods.install();
        IteratorMethods.install();
        IteratorReduce.install();
        RangeMethods.install();
        StrMethods.installConstructor();
        DescriptorMethods.install();
        ExceptionMethods.install();
        BytesMethods.install();
        ByteArrayMethods.install();
        ComplexMethods.install();
        ObjectReduce.install();
        CallableDunders.install();
        ObjectMethods.newOnBuiltins();
        Arity.install();
    }

    static List<Object> list(Object[] a) {
        return new ArrayList<>(Arrays.asList(a));
    }
}
