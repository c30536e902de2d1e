package dev.gilspy.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Build step (process-classes, see the interpreter's pom): turns the interpreter's non-capturing
 * lambdas into instances of one generated dispatcher class per host class and interface, so that
 * start-up links no {@code invokedynamic} for them.
 *
 * <p>Why: the interpreter builds its builtin types' method tables at start-up from about 500
 * lambdas ({@code Methods.def(t, "join", (th, a, k) -> ...)}). On JDK 17 each lambda expression
 * bootstraps once through {@code LambdaMetafactory} (method handle resolution, the proxy class,
 * a reflective constructor), even when the class-data archive holds the proxy class: that was
 * about half of {@code hello.py}'s start-up CPU. A dispatcher links like any class: the site
 * {@code (th, a, k) -> body} becomes {@code Host$$Dispatch0.get(17)}, whose {@code call} switches on
 * 17 and calls the lambda's body method {@code lambda$install$17} directly.
 *
 * <p>What is rewritten: {@code LambdaMetafactory.metafactory} sites (not {@code altMetafactory}:
 * serializable or marker lambdas stay) whose body is a static method of the same class (a lambda
 * body that does not use {@code this}, or a method reference to a static method) taking the
 * captured values and then the interface method's erased arguments (or, where those are Object, the
 * reference types of the generic instantiation: the dispatcher casts), in classes that are not
 * interfaces. The body method loses {@code private} (the dispatcher, a separate class of
 * the same package, calls it; a static method cannot be overridden). A site that captures nothing
 * returns the same instance at each evaluation, as LambdaMetafactory's does; a capturing site a
 * new dispatcher holding the captured values. Everything else (lambdas using {@code this}, adapted
 * signatures) keeps its {@code invokedynamic}. Idempotent: a class already rewritten has no such
 * site left; dispatchers a class file already uses keep their names, and a class compiled again
 * starts from {@code $$Dispatch0}, overwriting the old ones.
 */
public final class LambdaDispatch {
    private static final String LMF = "java/lang/invoke/LambdaMetafactory";
    /** Cases per dispatcher method: well under HotSpot's 8000-byte limit for compiling a method. */
    private static final int MAX_CASES = 128;

    private LambdaDispatch() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int classes = 0;
        int sites = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("dev/gilspy"))) {
            files = s.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$$Dispatch")).toList();
        }
        for (Path f : files) {
            int n = rewrite(root, f);
            if (n > 0) {
                classes++;
                sites += n;
            }
        }
        System.out.println("[lambda-dispatch] " + sites + " lambda sites in " + classes + " classes now use dispatcher classes");
    }

    /** A group of sites sharing one interface method: one dispatcher class. */
    private record Group(String iface, String sam, String samDesc, Type[] captured, String dispatcher, List<Handle> bodies) {}

    private static int rewrite(Path root, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ClassNode cn = new ClassNode();
        new ClassReader(bytes).accept(cn, 0);
        if ((cn.access & Opcodes.ACC_INTERFACE) != 0) {
            return 0;
        }
        Map<String, Group> current = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        // dispatchers an earlier run made for this class file (sites left for this run): keep their names
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode insn : m.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.startsWith(cn.name + "$$Dispatch")) {
                    taken.add(call.owner);
                }
            }
        }
        int nextName = 0;
        int sites = 0;
        for (MethodNode m : cn.methods) {
            InsnList code = m.instructions;
            for (AbstractInsnNode insn = code.getFirst(); insn != null; ) {
                AbstractInsnNode next = insn.getNext();
                if (insn instanceof InvokeDynamicInsnNode indy && eligible(cn, indy)) {
                    Type sam = (Type) indy.bsmArgs[0];
                    Handle body = (Handle) indy.bsmArgs[1];
                    String iface = Type.getReturnType(indy.desc).getInternalName();
                    Type[] captured = Type.getArgumentTypes(indy.desc);
                    String key = iface + "." + indy.name + sam.getDescriptor() + Type.getMethodDescriptor(Type.VOID_TYPE, captured);
                    Group g = current.get(key);
                    if (g == null || g.bodies.size() >= MAX_CASES) {
                        while (taken.contains(cn.name + "$$Dispatch" + nextName)) {
                            nextName++;
                        }
                        g = new Group(iface, indy.name, sam.getDescriptor(), captured, cn.name + "$$Dispatch" + nextName++, new ArrayList<>());
                        groups.add(g);
                        current.put(key, g);
                    }
                    int id = g.bodies.indexOf(body);
                    if (id < 0) {
                        id = g.bodies.size();
                        g.bodies.add(body);
                    }
                    InsnList repl = new InsnList();
                    repl.add(new LdcInsnNode(id));
                    repl.add(new MethodInsnNode(Opcodes.INVOKESTATIC, g.dispatcher, "get", getDesc(g), false));
                    code.insertBefore(insn, repl);
                    code.remove(insn);
                    sites++;
                }
                insn = next;
            }
        }
        if (sites == 0) {
            return 0;
        }
        for (Group g : groups) {
            for (Handle body : g.bodies) {
                for (MethodNode m : cn.methods) {
                    if (m.name.equals(body.getName()) && m.desc.equals(body.getDesc())) {
                        m.access &= ~Opcodes.ACC_PRIVATE;
                    }
                }
            }
            Files.write(root.resolve(g.dispatcher + ".class"), dispatcher(cn, g));
        }
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cn.accept(cw);
        Files.write(file, cw.toByteArray());
        return sites;
    }

    private static boolean eligible(ClassNode cn, InvokeDynamicInsnNode indy) {
        Handle bsm = indy.bsm;
        if (!bsm.getOwner().equals(LMF) || !bsm.getName().equals("metafactory") || indy.bsmArgs.length != 3) {
            return false;
        }
        if (!(indy.bsmArgs[0] instanceof Type sam) || !(indy.bsmArgs[1] instanceof Handle body) || !(indy.bsmArgs[2] instanceof Type inst)) {
            return false;
        }
        // the body takes the captured values first, then the interface method's arguments: the same
        // types, or a reference type where the erased interface method has Object (a generic
        // interface: the dispatcher casts, as LambdaMetafactory's class does)
        Type[] captured = Type.getArgumentTypes(indy.desc);
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = inst.getArgumentTypes();
        Type[] bodyArgs = Type.getArgumentTypes(body.getDesc());
        if (body.getTag() != Opcodes.H_INVOKESTATIC || !body.getOwner().equals(cn.name) || body.isInterface()
                || bodyArgs.length != captured.length + samArgs.length || instArgs.length != samArgs.length) {
            return false;
        }
        for (int i = 0; i < captured.length; i++) {
            if (!captured[i].equals(bodyArgs[i])) {
                return false;
            }
        }
        for (int i = 0; i < samArgs.length; i++) {
            Type want = bodyArgs[captured.length + i];
            if (!samArgs[i].equals(want) && !(isObject(samArgs[i]) && isReference(want) && instArgs[i].equals(want))) {
                return false;
            }
        }
        Type samRet = sam.getReturnType();
        Type bodyRet = Type.getReturnType(body.getDesc());
        return samRet.equals(bodyRet) || (isObject(samRet) && isReference(bodyRet));
    }

    private static boolean isObject(Type t) {
        return t.getSort() == Type.OBJECT && t.getInternalName().equals("java/lang/Object");
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    /** The site's factory: {@code get(captured..., id)}. */
    private static String getDesc(Group g) {
        Type[] args = new Type[g.captured.length + 1];
        System.arraycopy(g.captured, 0, args, 0, g.captured.length);
        args[g.captured.length] = Type.INT_TYPE;
        return Type.getMethodDescriptor(Type.getObjectType(g.dispatcher), args);
    }

    private static byte[] dispatcher(ClassNode host, Group g) {
        String self = g.dispatcher;
        String selfDesc = "L" + self + ";";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(host.version, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, self, null, "java/lang/Object", new String[] {g.iface});
        cw.visitSource(host.sourceFile, null);
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "id", "I", null, null).visitEnd();
        Type[] captured = g.captured;
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + i, captured[i].getDescriptor(), null, null).visitEnd();
        }
        boolean cached = captured.length == 0;
        MethodVisitor mv;
        if (cached) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "CACHE", "[" + selfDesc, null, null).visitEnd();
            mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            mv.visitLdcInsn(g.bodies.size());
            mv.visitTypeInsn(Opcodes.ANEWARRAY, self);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, self, "CACHE", "[" + selfDesc);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        // <init>(id, captured...)
        Type[] ctorArgs = new Type[captured.length + 1];
        ctorArgs[0] = Type.INT_TYPE;
        System.arraycopy(captured, 0, ctorArgs, 1, captured.length);
        String ctorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, ctorArgs);
        mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitFieldInsn(Opcodes.PUTFIELD, self, "id", "I");
        int slot = 2;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, self, "c" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(Opcodes.ACC_STATIC, "get", getDesc(g), null, null);
        mv.visitCode();
        if (cached) {
            // one instance per site, made on first use (a race makes a spare, harmlessly)
            Label have = new Label();
            mv.visitFieldInsn(Opcodes.GETSTATIC, self, "CACHE", "[" + selfDesc);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitVarInsn(Opcodes.ASTORE, 1);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitJumpInsn(Opcodes.IFNONNULL, have);
            mv.visitTypeInsn(Opcodes.NEW, self);
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", ctorDesc, false);
            mv.visitVarInsn(Opcodes.ASTORE, 1);
            mv.visitFieldInsn(Opcodes.GETSTATIC, self, "CACHE", "[" + selfDesc);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitInsn(Opcodes.AASTORE);
            mv.visitLabel(have);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitInsn(Opcodes.ARETURN);
        } else {
            // a capturing lambda: a new instance per evaluation, as LambdaMetafactory makes
            int idSlot = 0;
            for (Type c : captured) {
                idSlot += c.getSize();
            }
            mv.visitTypeInsn(Opcodes.NEW, self);
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ILOAD, idSlot);
            slot = 0;
            for (Type c : captured) {
                mv.visitVarInsn(c.getOpcode(Opcodes.ILOAD), slot);
                slot += c.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", ctorDesc, false);
            mv.visitInsn(Opcodes.ARETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // the interface method: switch on id to the lambda's body
        Type samType = Type.getMethodType(g.samDesc);
        Type[] params = samType.getArgumentTypes();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, g.sam, g.samDesc, null, null);
        mv.visitCode();
        Label[] cases = new Label[g.bodies.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
        Label fail = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, self, "id", "I");
        mv.visitTableSwitchInsn(0, cases.length - 1, fail, cases);
        for (int i = 0; i < cases.length; i++) {
            mv.visitLabel(cases[i]);
            for (int c = 0; c < captured.length; c++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitFieldInsn(Opcodes.GETFIELD, self, "c" + c, captured[c].getDescriptor());
            }
            Handle body = g.bodies.get(i);
            Type[] bodyArgs = Type.getArgumentTypes(body.getDesc());
            slot = 1;
            for (int j = 0; j < params.length; j++) {
                Type p = params[j];
                mv.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
                Type want = bodyArgs[captured.length + j];
                if (!want.equals(p)) {
                    mv.visitTypeInsn(Opcodes.CHECKCAST, want.getInternalName());
                }
                slot += p.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, body.getOwner(), body.getName(), body.getDesc(), false);
            mv.visitInsn(samType.getReturnType().getOpcode(Opcodes.IRETURN));
        }
        mv.visitLabel(fail);
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/AssertionError");
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/AssertionError", "<init>", "()V", false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
