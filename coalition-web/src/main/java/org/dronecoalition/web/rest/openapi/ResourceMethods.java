package org.dronecoalition.web.rest.openapi;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The resource methods of the API by operation id, found among the classes of a package: the
 * document's operations are matched to the Java signatures that say what they send and receive.
 */
final class ResourceMethods {

    private ResourceMethods() {
    }

    static Map<String, Method> byOperationId(Package root, ClassLoader loader) {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> resource : resourceClasses(root.getName(), loader)) {
            for (Method m : resource.getMethods()) {
                Operation operation = m.getAnnotation(Operation.class);
                if (operation != null && methods.put(operation.operationId(), m) != null) {
                    throw new IllegalStateException("Two operations are named " + operation.operationId());
                }
            }
        }
        return methods;
    }

    private static List<Class<?>> resourceClasses(String packageName, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames(packageName, loader)) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(Path.class)) {
                    classes.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot read " + name + " for the API document", e);
            }
        }
        return classes;
    }

    private static List<String> classNames(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                try (Stream<String> entries = entries(url, folder)) {
                    entries.filter(e -> e.endsWith(".class") && !e.contains("-"))
                            .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The class files under the folder, as paths from the class path's root. */
    private static Stream<String> entries(URL url, String folder) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> {
                try {
                    java.nio.file.Path base = Paths.get(url.toURI());
                    return Files.walk(base).filter(Files::isRegularFile)
                            .map(p -> folder + "/" + base.relativize(p).toString().replace('\\', '/'));
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            }
            case "jar" -> {
                JarURLConnection jar = (JarURLConnection) url.openConnection();
                // In a WAR the classes sit under WEB-INF/classes/: keep the path from the package on.
                return jar.getJarFile().stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.contains(folder + "/")).map(n -> n.substring(n.indexOf(folder + "/")));
            }
            default -> throw new IOException("Cannot list the classes at " + url);
        }
    }
}
