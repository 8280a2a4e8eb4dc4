"""Where the server's time went in a flight recording of bench/run --jfr: the CPU samples of the
request threads, each put down to the first frame outside the JDK, by component, for the pages
(Faces) and for the REST calls apart.
    python3 bench/profile.py RECORDING.jfr [JFR_TOOL]   (JFR_TOOL: a JDK's bin/jfr, default jfr)"""
import collections, json, subprocess, sys

COMPONENTS = [
    ("database driver", ("org.postgresql.", "org.h2.")),
    ("JPA (EclipseLink)", ("org.eclipse.persistence.",)),
    ("Faces rendering (Mojarra, PrimeFaces)", ("com.sun.faces.", "org.primefaces.", "jakarta.faces.")),
    ("JSON (Yasson, Parsson)", ("org.eclipse.yasson.", "org.eclipse.parsson.")),
    ("REST (Jersey)", ("org.glassfish.jersey.",)),
    ("CDI, EJB, transactions", ("org.jboss.weld.", "com.sun.ejb.", "org.glassfish.ejb.", "com.sun.enterprise.transaction.",
                                "com.sun.jts.", "org.glassfish.weld.")),
    ("password and token hashing", ("org.bouncycastle.",)),
    ("HTTP server (Grizzly, servlets)", ("org.glassfish.grizzly.", "org.apache.catalina.", "com.sun.enterprise.web.")),
    ("monitoring and tracing", ("fish.payara.microprofile.", "fish.payara.nucleus.", "io.opentelemetry.")),
    ("the platform's own code", ("org.dronecoalition.",)),
]


def component(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        if name.startswith(("java.", "javax.", "jdk.", "sun.", "com.sun.proxy.")):
            continue
        for label, prefixes in COMPONENTS:
            if name.startswith(prefixes):
                return label
        return "other (" + ".".join(name.split(".")[:3]) + ")"
    return "the JDK alone"


tool = sys.argv[2] if len(sys.argv) > 2 else "jfr"
out = subprocess.run([tool, "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
by_kind = {"pages": collections.Counter(), "REST": collections.Counter()}
for event in json.loads(out)["recording"]["events"]:
    thread = event["values"]["sampledThread"]["javaName"] or ""
    if not thread.startswith("http-thread-pool"):
        continue
    frames = event["values"]["stackTrace"]["frames"]
    kind = "pages" if any(f["method"]["type"]["name"].endswith("faces/webapp/FacesServlet") for f in frames) else "REST"
    by_kind[kind][component(frames)] += 1
for kind, counts in by_kind.items():
    total = sum(counts.values())
    if total:
        print(f"\n{kind}: {total} samples of request threads")
        for label, n in counts.most_common(12):
            print(f"  {100 * n / total:5.1f}%  {label}")
