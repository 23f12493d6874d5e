// Validates rendered Kubernetes objects: each against the API's JSON schema for its apiVersion and kind (the
// kubernetes-models package, generated from the Kubernetes OpenAPI spec), then across objects: selectors that
// select the pods, references to objects that exist, probe ports that the container declares.
// Usage: node tests/k8s/validate.mjs FILE.yaml... | --kustomize DIR   (exit 1 and one line per problem if invalid)
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { render } from "./render.mjs";

async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return undefined;
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

function name(object) {
  return `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
}

function selects(selector, labels) {
  return selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** One message per problem; an empty list means the objects are valid. */
export async function validate(objects) {
  const problems = [];
  for (const object of objects) {
    if (!object?.metadata?.name) problems.push(`${name(object)}: metadata.name is required`);
    const Model = await modelFor(object?.apiVersion, object?.kind);
    if (!Model) {
      problems.push(`${name(object)}: no schema for apiVersion ${object?.apiVersion} kind ${object?.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${name(object)}: ${error.message}`);
    }
  }
  problems.push(...crossChecks(objects));
  return problems;
}

function crossChecks(objects) {
  const problems = [];
  const byKind = (kind) => objects.filter((o) => o?.kind === kind);
  const deployments = byKind("Deployment");
  const podLabels = deployments.map((d) => d.spec?.template?.metadata?.labels ?? {});

  for (const d of deployments) {
    if (!selects(d.spec?.selector?.matchLabels, d.spec?.template?.metadata?.labels)) {
      problems.push(`${name(d)}: spec.selector.matchLabels does not select the pod template's labels`);
    }
    for (const c of d.spec?.template?.spec?.containers ?? []) {
      const ports = new Set((c.ports ?? []).flatMap((p) => [p.name, p.containerPort]));
      for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
        const port = c[probe]?.httpGet?.port;
        if (port !== undefined && !ports.has(port)) problems.push(`${name(d)}: ${c.name} ${probe} port ${port} is not a container port`);
      }
      const env = (c.env ?? []).map((e) => e.name);
      for (const duplicate of env.filter((e, i) => env.indexOf(e) !== i)) problems.push(`${name(d)}: ${c.name} sets ${duplicate} twice`);
      for (const from of c.envFrom ?? []) {
        const ref = from.configMapRef?.name;
        if (ref && !objects.some((o) => o?.kind === "ConfigMap" && o.metadata?.name === ref)) problems.push(`${name(d)}: envFrom names ConfigMap ${ref}, which is not rendered`);
      }
    }
    const account = d.spec?.template?.spec?.serviceAccountName;
    if (account && !objects.some((o) => o?.kind === "ServiceAccount" && o.metadata?.name === account)) {
      problems.push(`${name(d)}: serviceAccountName ${account} is not rendered`);
    }
  }
  for (const s of byKind("Service")) {
    if (!podLabels.some((l) => selects(s.spec?.selector, l))) problems.push(`${name(s)}: spec.selector selects no pod template`);
  }
  for (const p of byKind("PodDisruptionBudget")) {
    if (!podLabels.some((l) => selects(p.spec?.selector?.matchLabels, l))) problems.push(`${name(p)}: spec.selector selects no pod template`);
  }
  for (const h of byKind("HorizontalPodAutoscaler")) {
    const target = h.spec?.scaleTargetRef;
    if (!objects.some((o) => o?.kind === target?.kind && o.metadata?.name === target?.name)) problems.push(`${name(h)}: scaleTargetRef ${target?.kind}/${target?.name} is not rendered`);
    if (h.spec?.minReplicas > h.spec?.maxReplicas) problems.push(`${name(h)}: minReplicas is above maxReplicas`);
  }
  for (const b of byKind("RoleBinding")) {
    if (b.roleRef?.kind === "Role" && !objects.some((o) => o?.kind === "Role" && o.metadata?.name === b.roleRef.name)) problems.push(`${name(b)}: roleRef Role ${b.roleRef.name} is not rendered`);
    for (const subject of b.subjects ?? []) {
      if (subject.kind === "ServiceAccount" && !subject.namespace) problems.push(`${name(b)}: subject ServiceAccount ${subject.name} has no namespace`);
    }
  }
  return problems;
}

export function readObjects(file) {
  return parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter((o) => o !== null && o !== undefined);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const objects = args[0] === "--kustomize" ? render(args[1]) : args.flatMap(readObjects);
  const problems = await validate(objects);
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? `${objects.length} objects valid` : `${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
