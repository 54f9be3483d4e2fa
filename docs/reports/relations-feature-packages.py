#!/usr/bin/env python3
"""Moves relations-service's service/ and messaging/ classes into feature packages.

Run from the repository root on a clean tree: python3 relations-feature-packages.py
It git-mv's each listed class (main and test), rewrites its package line, rewrites every
import of a moved class across the repository's Java sources, adds the imports that classes
of the old shared package now need, and makes public the few package-private classes and
members that are now used across packages. Classes it does not know are listed at the end
and stay where they are.
"""
import os
import re
import subprocess
import sys

BASE = "org.entente.relations"
SRC = "relations-service/src/%s/java/org/entente/relations"
FEATURES = {
    # applying events: consume, check, log, fold into ties, rebuild
    "ties": ["ActiveScoring", "AppliedEvent", "EventApplier", "EventLogWriter", "ExactSumsUpgrade",
             "RecomputeLock", "RecomputeStatus", "Recomputer", "RollupIncrements", "TieRebuilder",
             "EventConsumer", "EventReader", "EventTimeWindow", "PoisonEventException", "DatabaseRefusal",
             "TransientFailures", "Quoted",
             # tests
             "ExactTiesTest", "EventConsumerTest", "EventDatabaseRefusalTest", "EventPoisonRecordTest",
             "EventReaderTest", "EventTraffic", "PoisonRecords", "TransientFailuresTest"],
    # alerting: rules, evaluation, record, outbox, publication, live feed
    "alerts": ["AlertDispatcher", "AlertEvaluator", "AlertLiveFeed", "AlertMatch", "AlertOutbox",
               "AlertPublication", "AlertRecorder", "AlertRuleBook", "AlertRuleService", "StoryAlertPlan",
               "StoryLinks", "AlertPublisher", "WorkerLoop",
               "AlertStore", "AlertSuppression",
               "AlertEvaluatorTest", "AlertRestartTest", "StoryAlertPlanTest", "AlertPipelineTest",
               "AlertSuppressionTest"],
    "webhooks": ["WebhookBackoff", "WebhookDeliveries", "WebhookDispatcher", "WebhookSigner",
                 "AlertWebhookSignatureTest", "AlertWebhookTest"],
    # read side for the REST resources
    "queries": ["AlertQueries", "AlertViews", "EventCursor", "EventFilter", "EventQueries", "EvidenceFinder",
                "HistoryQueries", "NetworkQueries", "RollupReader", "TieQueries", "Views"],
    # the leaf every feature may import: records on the wire and topic names
    "wire": ["EventMessage", "AlertMessage", "Topics", "AlertTopic"],
}
OLD = ["service", "messaging"]


def run(*args):
    subprocess.run(args, check=True)


def java_files(root="."):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("target", ".git", "node_modules")]
        for f in files:
            if f.endswith(".java"):
                yield os.path.join(d, f)


new_pkg = {}      # simple name -> feature
old_pkg = {}      # simple name -> old package
moved = []        # paths after the move
for feature, names in FEATURES.items():
    for name in names:
        new_pkg[name] = feature
for kind in ("main", "test"):
    for old in OLD:
        folder = SRC % kind + "/" + old
        if not os.path.isdir(folder):
            continue
        for f in sorted(os.listdir(folder)):
            name = f[:-5]
            if not f.endswith(".java") or name not in new_pkg:
                continue
            old_pkg[name] = old
            target = SRC % kind + "/" + new_pkg[name]
            os.makedirs(target, exist_ok=True)
            run("git", "mv", folder + "/" + f, target + "/" + f)
            moved.append(target + "/" + f)

fqcn = {n: (BASE + "." + old_pkg[n], BASE + "." + new_pkg[n]) for n in old_pkg}
IMPORT = re.compile(r"^import (static )?([\w.]+);$", re.M)


def rewrite(path):
    text = open(path).read()
    original = text
    m = re.search(r"^package ([\w.]+);", text, re.M)
    pkg = m.group(1) if m else ""
    name = os.path.basename(path)[:-5]
    if path in moved:
        was = BASE + "." + old_pkg[name]
        pkg = BASE + "." + new_pkg[name]
        text = text.replace("package %s;" % was, "package %s;" % pkg, 1)
    else:
        was = pkg
    # imports of moved classes (and static imports of their members)
    for n, (a, b) in fqcn.items():
        text = re.sub(r"^import (static )?%s\.%s\b" % (re.escape(a), n),
                      lambda mm: "import %s%s.%s" % (mm.group(1) or "", b, n), text, flags=re.M)
        text = text.replace("%s.%s" % (a, n), "%s.%s" % (b, n))   # fully qualified uses, javadoc
    # classes of the file's old package it used without an import
    body = IMPORT.sub("", text)
    body = re.sub(r"^package .*$", "", body, flags=re.M)
    needed = set()
    if was in (BASE + ".service", BASE + ".messaging"):
        for n, (a, b) in fqcn.items():
            if a == was and b != pkg and n != name and re.search(r"\b%s\b" % n, body):
                needed.add("import %s.%s;" % (b, n))
        # classes left behind in the old package (unknown to this script)
        if path in moved:
            for f in os.listdir(os.path.dirname(path).replace("/" + new_pkg[name], "/" + old_pkg[name])) \
                    if os.path.isdir(os.path.dirname(path).replace("/" + new_pkg[name], "/" + old_pkg[name])) else []:
                left = f[:-5]
                if f.endswith(".java") and left not in new_pkg and re.search(r"\b%s\b" % left, body):
                    needed.add("import %s.%s;" % (was, left))
    before = [l for l in original.splitlines() if IMPORT.match(l)]
    imports = [l for l in text.splitlines() if IMPORT.match(l)]
    lines = set(imports) | needed
    # an import of a moved class from the file's own (new) package is redundant
    lines = {l for l in lines if not any(l == "import %s.%s;" % (pkg, n) for n in fqcn)}
    if before != imports or set(imports) != lines:
        statics = sorted(l for l in lines if l.startswith("import static "))
        plain = sorted(l for l in lines if not l.startswith("import static "))
        block = "\n".join(statics) + ("\n\n" if statics and plain else "") + "\n".join(plain)
        head_end = re.search(r"^package .*;\n", text, re.M).end()
        rest = text[head_end:]
        rest = IMPORT.sub("", rest)
        rest = re.sub(r"^\n+", "", rest)
        # drop the blank lines the removed imports leave before the first declaration
        text = text[:head_end] + "\n" + block + "\n\n" + rest
    if text != original:
        open(path, "w").write(text)


for path in (os.path.normpath(p) for p in java_files()):
    rewrite(path)

# Package-private types and members now used from another feature.
PUBLIC = [
    ("ties/RecomputeLock.java", r"^final class RecomputeLock", "public final class RecomputeLock"),
    ("alerts/WorkerLoop.java", r"^final class WorkerLoop", "public final class WorkerLoop"),
    ("alerts/WorkerLoop.java", r"^    interface Step", "    public interface Step"),
    ("alerts/WorkerLoop.java", r"^    WorkerLoop\(", "    public WorkerLoop("),
    ("alerts/WorkerLoop.java", r"^    void start\(", "    public void start("),
    ("alerts/WorkerLoop.java", r"^    void stop\(", "    public void stop("),
]
for rel, pattern, repl in PUBLIC:
    p = SRC % "main" + "/" + rel
    if os.path.exists(p):
        s = open(p).read()
        open(p, "w").write(re.sub(pattern, repl, s, flags=re.M))

# Docs name classes by qualified name or by package/Class; journals in docs/reports/ stay as written.
docs = ["relations-service/README.md"] + ["docs/" + f for f in sorted(os.listdir("docs")) if f.endswith(".md")]
for doc in docs:
    s = open(doc).read()
    t = s
    for n, (a, b) in fqcn.items():
        t = t.replace("%s.%s" % (a, n), "%s.%s" % (b, n))
        t = re.sub(r"\b%s/%s\b" % (a.rsplit(".", 1)[1], n), "%s/%s" % (b.rsplit(".", 1)[1], n), t)
    if t != s:
        open(doc, "w").write(t)

for kind in ("main", "test"):
    for old in OLD:
        folder = SRC % kind + "/" + old
        if os.path.isdir(folder):
            left = [f for f in os.listdir(folder)]
            if left:
                print("left in %s: %s" % (folder, " ".join(sorted(left))))
            else:
                os.rmdir(folder)
print("moved %d files" % len(moved))
