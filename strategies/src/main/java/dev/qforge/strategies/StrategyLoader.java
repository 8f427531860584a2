package dev.qforge.strategies;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.params.Params;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads a user's own strategy class from a jar (or a directory of classes).
 *
 * <p>The class is loaded by a new {@link URLClassLoader} over the jar whose parent is the loader of qforge's own
 * classes, so the user's class sees {@code dev.qforge.backtest.Strategy} and everything qforge ships (ta4j
 * included) as the same classes the engine uses. It must be a public, concrete class implementing
 * {@link Strategy}, with a public constructor taking {@code Map<String, String>} (it gets the parameters, as
 * strings, sorted by name) or a public no-arg constructor (then no parameters may be given). The first is used
 * when both exist. The class loader stays open as long as the strategy may load further classes from the jar,
 * which is for the life of the returned object; each call makes a new loader, so a jar rebuilt between two runs is
 * read afresh.
 */
public final class StrategyLoader {

    private StrategyLoader() {
    }

    public static Strategy load(Path jar, String className, Params params) {
        return load(jar, className, params == null ? Map.of() : params.toStringMap());
    }

    public static Strategy load(Path jar, String className, Map<String, String> params) {
        if (jar == null || !Files.exists(jar)) throw new StrategyLoadException("strategy jar " + jar + " does not exist");
        if (!Files.isDirectory(jar) && !Files.isReadable(jar)) throw new StrategyLoadException("strategy jar " + jar + " cannot be read");
        if (className == null || className.isBlank()) throw new StrategyLoadException("no strategy class name given for " + jar);
        URLClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, StrategyLoader.class.getClassLoader());
        Class<?> cls;
        try {
            cls = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new StrategyLoadException("class " + className + " not found in " + jar + classesIn(jar), e);
        } catch (LinkageError e) {
            throw new StrategyLoadException("class " + className + " in " + jar + " cannot be loaded: " + e, e);
        }
        if (!Strategy.class.isAssignableFrom(cls)) {
            throw new StrategyLoadException("class " + className + " in " + jar + " does not implement " + Strategy.class.getName());
        }
        if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers())) {
            throw new StrategyLoadException("class " + className + " in " + jar + " is abstract; name a concrete strategy class");
        }
        if (!Modifier.isPublic(cls.getModifiers())) {
            throw new StrategyLoadException("class " + className + " in " + jar + " is not public");
        }
        Constructor<?> withMap = mapConstructor(cls);
        Constructor<?> noArg = noArgConstructor(cls);
        Map<String, String> p = java.util.Collections.unmodifiableMap(params == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(params));
        if (withMap == null && noArg == null) {
            throw new StrategyLoadException("class " + className + " in " + jar
                    + " has no usable constructor: it needs a public no-arg constructor or a public constructor taking Map<String, String>");
        }
        if (withMap == null && !p.isEmpty()) {
            throw new StrategyLoadException("class " + className + " takes no parameters (it has only a no-arg constructor) but was given "
                    + p.keySet() + "; add a public constructor taking Map<String, String> to accept them");
        }
        try {
            Object o = withMap != null ? withMap.newInstance(p) : noArg.newInstance();
            return (Strategy) o;
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            throw new StrategyLoadException("constructing " + className + " failed: " + c, c);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StrategyLoadException("cannot construct " + className + " from " + jar + ": " + e, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new StrategyLoadException("bad path " + jar, e);
        }
    }

    private static Constructor<?> mapConstructor(Class<?> cls) {
        for (Constructor<?> c : cls.getConstructors()) {
            if (c.getParameterCount() != 1 || c.getParameterTypes()[0] != Map.class) continue;
            Type t = c.getGenericParameterTypes()[0];
            if (t instanceof ParameterizedType pt) {
                Type[] args = pt.getActualTypeArguments();
                if (args[0] != String.class || args[1] != String.class) continue;
            }
            return c;
        }
        return null;
    }

    private static Constructor<?> noArgConstructor(Class<?> cls) {
        try {
            return cls.getConstructor();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** "; it holds a.B, c.D" listing up to ten classes of a jar, to help spot a mistyped name. */
    private static String classesIn(Path jar) {
        if (Files.isDirectory(jar)) return "";
        List<String> names = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> e = f.entries();
            while (e.hasMoreElements()) {
                String n = e.nextElement().getName();
                if (n.endsWith(".class") && !n.contains("$") && !n.equals("module-info.class")) {
                    names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                }
            }
        } catch (IOException ex) {
            return " (and it is not a readable jar: " + ex.getMessage() + ")";
        }
        if (names.isEmpty()) return "; the jar holds no classes";
        names.sort(null);
        return "; it holds " + String.join(", ", names.subList(0, Math.min(10, names.size()))) + (names.size() > 10 ? ", ..." : "");
    }
}
