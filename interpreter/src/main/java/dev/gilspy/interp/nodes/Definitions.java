package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.ClassBuilder;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Importer;
import dev.gilspy.interp.runtime.Instantiate;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyCell;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Statements that bind names to new objects: def, class, import, annotations and global/nonlocal declarations. */
public final class Definitions {
    private Definitions() {}

    /** {@code name: annotation [= value]} at module or class level: records {@code __annotations__}. */
    public static final class Annotated extends Stmt {
        final String name;
        final Expr annotation;
        final Stmt assign;
        public Annotated(String name, Expr annotation, Stmt assign) {
            this.name = name;
            this.annotation = annotation;
            this.assign = assign;
        }
        public @Override Completion exec(PyFrame f) {
            if (assign != null) {
                assign.exec(f);
            }
            Object ann = annotation.eval(f);
            Object d = f.classDict != null ? f.classDict.get("__annotations__") : f.globals.get("__annotations__");
            if (d == null) {
                d = new PyDict();
                if (f.classDict != null) {
                    f.classDict.put("__annotations__", d);
                } else {
                    f.globals.put("__annotations__", d);
                }
            }
            if (d instanceof PyDict dict) {
                dict.put(name, ann);
            } else {
                Ops.setitem(d, name, ann); // a mapping of the user's (a __prepare__ namespace's, exec's globals')
            }
            return NORMAL;
        }
    }

    /** Global/nonlocal declarations only matter at compile time. */
    public static final class Declaration extends Stmt {
        public @Override Completion exec(PyFrame f) { return NORMAL; }
    }

    public static final class ClassDef extends Stmt {
        final String name;
        final String qualname;
        final Code body;
        final Expr[] bases;
        final String[] kwnames;
        final Expr[] kwvalues;
        final Expr[] decorators;
        final Target target;
        public int[] captureSlots = new int[0];

        public ClassDef(String name, String qualname, CodeBuilder body, Expr[] bases, String[] kwnames, Expr[] kwvalues,
                 Expr[] decorators, Target target) {
            this.name = name;
            this.qualname = qualname;
            this.body = body.code();
            this.bases = bases;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public Completion exec(PyFrame f) {
            Object[] decos = new Object[decorators.length];
            for (int i = 0; i < decos.length; i++) {
                decos[i] = decorators[i].eval(f);
            }
            Object[] orig = Exprs.evalItems(f, bases);
            Object[] bs = ClassBuilder.resolveBases(orig);
            Object metaclass = null;
            List<String> classKwNames = new ArrayList<>();
            List<Object> classKwValues = new ArrayList<>();
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i] == null) {
                    Object m = kwvalues[i].eval(f);
                    if (!(m instanceof PyDict d)) {
                        throw Err.type("__build_class__() argument after ** must be a mapping, not " + Ops.typeName(m));
                    }
                    for (var e : d.entries()) {
                        if (!(e.getKey() instanceof String k)) {
                            throw Err.type("keywords must be strings");
                        }
                        if (k.equals("metaclass")) {
                            metaclass = e.getValue();
                        } else {
                            classKwNames.add(k);
                            classKwValues.add(e.getValue());
                        }
                    }
                } else if (kwnames[i].equals("metaclass")) {
                    metaclass = kwvalues[i].eval(f);
                } else {
                    classKwNames.add(kwnames[i]);
                    classKwValues.add(kwvalues[i].eval(f));
                }
            }
            String[] kwNames = classKwNames.toArray(new String[0]);
            Object[] kwValues = classKwValues.toArray();
            Object meta = ClassBuilder.selectMetaclass(metaclass, bs);
            PyFrame cf = PyFrame.create(body, f.globals, f.t);
            Object ns = null;
            if (meta == Types.TYPE) {
                cf.classDict = new LinkedHashMap<>();
            } else {
                ns = ClassBuilder.prepare(f.t, meta, name, bs, kwNames, kwValues);
                cf.classDict = ClassBuilder.namespaceView(ns);
            }
            Object moduleName = f.globals.get("__name__"); // the class body's __module__ = __name__
            cf.classDict.put("__module__", moduleName != null ? moduleName : f.globals.name);
            cf.classDict.put("__qualname__", qualname);
            if (body.doc != null || ns == null) {
                cf.classDict.put("__doc__", body.doc == null ? PyNone.NONE : body.doc);
            }
            if (bs != orig) {
                cf.classDict.put("__orig_bases__", new PyTuple(orig));
            }
            PyCell[] closure = Functions.MakeFunction.capture(f, captureSlots);
            if (closure != null) {
                for (int i = 0; i < closure.length; i++) {
                    cf.slots[body.freeSlots[i]] = closure[i];
                }
            }
            PyFunction.execute(f.t, cf);
            Object cls;
            if (ns == null) {
                PyType[] baseTypes = new PyType[bs.length];
                for (int i = 0; i < bs.length; i++) {
                    if (!(bs[i] instanceof PyType bt)) {
                        throw Err.type("bases must be types");
                    }
                    baseTypes[i] = bt;
                }
                cls = Instantiate.makeClass(name, baseTypes, cf.classDict, kwNames, kwValues);
            } else {
                cls = ClassBuilder.build(f.t, meta, name, bs, ns, kwNames, kwValues);
            }
            for (int i = decos.length - 1; i >= 0; i--) {
                cls = Ops.call(f.t, decos[i], new Object[] {cls}, null);
            }
            target.assign(f, cls);
            return NORMAL;
        }

    }

    /** {@code @deco def f(): ...}: creates the function, applies decorators bottom-up, binds the name. */
    public static final class FunctionDef extends Stmt {
        final Functions.MakeFunction make;
        final Expr[] decorators;
        final Target target;
        final String[] annotationNames;
        final Expr[] annotations;

        public FunctionDef(Functions.MakeFunction make, Expr[] decorators, Target target, String[] annotationNames, Expr[] annotations) {
            this.make = make;
            this.decorators = decorators;
            this.target = target;
            this.annotationNames = annotationNames;
            this.annotations = annotations;
        }

        @Override
        public Completion exec(PyFrame f) {
            Object[] decos = new Object[decorators.length];
            for (int i = 0; i < decos.length; i++) {
                decos[i] = decorators[i].eval(f);
            }
            Object fn = make.eval(f);
            if (annotations.length > 0 && fn instanceof PyFunction pf) {
                PyDict ann = new PyDict();
                for (int i = 0; i < annotations.length; i++) {
                    ann.put(annotationNames[i], annotations[i].eval(f));
                }
                pf.annotations = ann;
            }
            for (int i = decos.length - 1; i >= 0; i--) {
                fn = Ops.call(f.t, decos[i], new Object[] {fn}, null);
            }
            target.assign(f, fn);
            return NORMAL;
        }
    }

    public static final class Import extends Stmt {
        final String module;
        final Target target;
        /** True for {@code import a.b} without {@code as}: binds the top package {@code a}. */
        final boolean bindTop;
        public Import(String module, Target target, boolean bindTop) {
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
        }
        public @Override Completion exec(PyFrame f) {
            Object hook = f.t.interp.importer.importHook();
            if (hook != null) {
                Object top = f.t.interp.importer.callHook(f.t, hook, module, f.globals, PyNone.NONE, 0);
                if (!bindTop) {
                    String[] parts = module.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        top = f.t.interp.importer.importFrom(top, parts[i]);
                    }
                }
                target.assign(f, top);
                return NORMAL;
            }
            Object m = f.t.interp.importer.importObject(f.t, module);
            if (bindTop && module.contains(".")) {
                m = f.t.interp.importer.importObject(f.t, module.substring(0, module.indexOf('.')));
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    /** {@code from [.]*module import names} or {@code import *}: {@code level} counts the leading dots. */
    public static final class ImportFrom extends Stmt {
        final String module;
        final int level;
        final String[] names;
        final Target[] targets;
        public ImportFrom(String module, int level, String[] names, Target[] targets) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }
        public @Override Completion exec(PyFrame f) {
            Importer imp = f.t.interp.importer;
            Object hook = imp.importHook();
            Object m;
            if (hook != null) {
                Object fromlist = names == null ? PyTuple.of("*") : new PyTuple(names.clone());
                m = imp.callHook(f.t, hook, module, f.globals, fromlist, level);
            } else {
                String abs = level > 0 ? Importer.resolveName(module, imp.packageOf(f.globals), level) : module;
                m = imp.importObject(f.t, abs);
            }
            if (names == null) {
                imp.importStar(f.t, m, f.globals);
                return NORMAL;
            }
            if (hook == null) {
                imp.handleFromlist(f.t, m, names);
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(f, imp.importFrom(m, names[i]));
            }
            return NORMAL;
        }
    }
}
