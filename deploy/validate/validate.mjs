// Validates rendered Kubernetes manifests (multi-document YAML, from files or stdin "-") offline against the
// OpenAPI schemas of the Kubernetes API and of the Strimzi, KEDA, CloudNativePG and Prometheus Operator CRDs, as shipped by the
// kubernetes-models packages pinned in package.json. A kind without a known schema is an error, never a pass.
// Limit: these schemas do not forbid unknown fields, so a misspelt optional field is not caught here (the
// deploy tests check the fields that matter by value).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const MODEL_PACKAGES = {
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

function modelPath(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  if (slash < 0) {
    return `kubernetes-models/${apiVersion}/${kind}`; // core group: "v1"
  }
  const group = apiVersion.slice(0, slash);
  const pkg = MODEL_PACKAGES[group] ?? "kubernetes-models";
  const groupDir = pkg === "kubernetes-models" ? apiVersion : `${group}/${apiVersion.slice(slash + 1)}`;
  return `${pkg}/${groupDir}/${kind}`;
}

async function problemsOf(manifest) {
  const { apiVersion, kind } = manifest;
  if (!apiVersion || !kind) {
    return ["has no apiVersion or kind"];
  }
  let model;
  try {
    model = (await import(modelPath(apiVersion, kind)))[kind];
  } catch (error) {
    if (error.code === "ERR_MODULE_NOT_FOUND" || error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      return [`no schema for ${apiVersion} ${kind}`];
    }
    throw error;
  }
  try {
    new model(manifest).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error("usage: node validate.mjs FILE.yaml... (or - for stdin)");
  process.exit(2);
}
let valid = 0;
let invalid = 0;
for (const source of sources) {
  const text = readFileSync(source === "-" ? 0 : source, "utf8");
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      console.log(`INVALID ${source}: YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      invalid++;
      continue;
    }
    const manifest = document.toJS();
    if (manifest === null) {
      continue;
    }
    const problems = await problemsOf(manifest);
    const name = `${manifest.kind ?? "?"} ${manifest.metadata?.name ?? "?"}`;
    if (problems.length === 0) {
      valid++;
    } else {
      invalid++;
      console.log(`INVALID ${source}: ${name}: ${problems.join("; ")}`);
    }
  }
}
console.log(`${sources.join(" ")}: ${valid} manifests valid, ${invalid} invalid`);
process.exit(invalid === 0 && valid > 0 ? 0 : 1);
