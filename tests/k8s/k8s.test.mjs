// The manifests in k8s/ render (a kustomize subset, render.mjs) and validate against the Kubernetes schemas
// (validate.mjs) offline; a deliberately broken manifest fails. Run by ./test.sh: node --test tests/k8s/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { render, RenderError } from "./render.mjs";
import { validate, readObjects } from "./validate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const k8s = join(here, "..", "..", "k8s");
const overlays = readdirSync(join(k8s, "overlays"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const find = (objects, kind) => objects.find((o) => o.kind === kind);
const container = (objects) => find(objects, "Deployment").spec.template.spec.containers[0];
const envNames = (objects) => container(objects).env.map((e) => e.name);

test("there are dev and prod overlays", () => {
  assert.deepEqual([...overlays].sort(), ["dev", "prod"]);
});

for (const overlay of overlays) {
  test(`overlay ${overlay}: every rendered object is valid against the Kubernetes schemas`, async () => {
    const objects = render(join(k8s, "overlays", overlay));
    const problems = await validate(objects);
    assert.deepEqual(problems, []);
    assert.deepEqual(objects.map((o) => o.kind).sort(), [
      "ConfigMap", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Role", "RoleBinding", "Service", "ServiceAccount",
    ]);
  });

  test(`overlay ${overlay}: namespaced, labelled, and the service account bound in that namespace`, () => {
    const objects = render(join(k8s, "overlays", overlay));
    const namespace = find(objects, "Deployment").metadata.namespace;
    assert.match(namespace, /^cognito/);
    for (const object of objects) {
      assert.equal(object.metadata.namespace, namespace, `${object.kind} namespace`);
      assert.equal(object.metadata.labels["app.kubernetes.io/name"], "cognito-cluster", `${object.kind} label`);
    }
    assert.equal(find(objects, "RoleBinding").subjects[0].namespace, namespace);
  });

  test(`overlay ${overlay}: what Orleans' Kubernetes hosting and the silo need`, () => {
    const objects = render(join(k8s, "overlays", overlay));
    const deployment = find(objects, "Deployment");
    const pod = deployment.spec.template;
    const config = find(objects, "ConfigMap").data;
    assert.equal(pod.metadata.labels["orleans/serviceId"], config.Silo__ServiceId);
    assert.equal(pod.metadata.labels["orleans/clusterId"], config.Silo__ClusterId);
    assert.deepEqual(find(objects, "Role").rules[0].verbs.sort(), ["delete", "get", "list", "watch"]);
    assert.equal(pod.spec.serviceAccountName, find(objects, "ServiceAccount").metadata.name);
    for (const name of ["POD_NAME", "POD_NAMESPACE", "POD_IP", "Silo__AdvertisedAddress"]) assert.ok(envNames(objects).includes(name), name);
    const secrets = Object.fromEntries(container(objects).env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => [e.name, e.valueFrom.secretKeyRef]));
    for (const name of ["Storage__AzureConnectionString", "Security__KeyEncryptionKey", "Security__TokenSealingKey", "AdminCredentials__SecretAccessKey"]) {
      assert.equal(secrets[name]?.name, "cognito-cluster-secrets", name);
      assert.notEqual(secrets[name]?.optional, true, `${name} must not be optional`);
    }
    assert.match(config.OTEL_EXPORTER_OTLP_ENDPOINT, /^https?:\/\/[^/]+:\d+$/);
    assert.match(config.Service__PublicBaseUrl, /^https?:\/\//);
    assert.equal(container(objects).readinessProbe.httpGet.path, "/health/ready");
    assert.equal(container(objects).livenessProbe.httpGet.path, "/health/live");
    assert.ok(container(objects).resources.requests.cpu && container(objects).resources.limits.memory);
  });

  test(`overlay ${overlay}: the grace period covers preStop plus the silo's stop`, () => {
    const objects = render(join(k8s, "overlays", overlay));
    const pod = find(objects, "Deployment").spec.template.spec;
    const preStop = pod.containers[0].lifecycle.preStop.sleep.seconds;
    const drain = Number(find(objects, "ConfigMap").data.Silo__ShutdownDrainDelay.split(":").reduce((a, b) => a * 60 + Number(b), 0));
    // The silo's host allows the drain plus 30 s for in-flight requests, the grain hand-off and leaving the cluster.
    assert.ok(pod.terminationGracePeriodSeconds >= preStop + drain + 30, `${pod.terminationGracePeriodSeconds} s < ${preStop} + ${drain} + 30 s`);
  });
}

test("overlay prod runs three silos or more and pins the image", () => {
  const objects = render(join(k8s, "overlays", "prod"));
  assert.ok(find(objects, "Deployment").spec.replicas >= 3);
  assert.ok(find(objects, "HorizontalPodAutoscaler").spec.minReplicas >= 3);
  assert.match(container(objects).image, /:\d+\.\d+\.\d+$/);
});

test("overlay dev runs one small silo", () => {
  const objects = render(join(k8s, "overlays", "dev"));
  assert.equal(find(objects, "Deployment").spec.replicas, 1);
  assert.equal(find(objects, "HorizontalPodAutoscaler").spec.minReplicas, 1);
});

test("the deliberately broken deployment fails validation, naming each mistake", async () => {
  const problems = await validate(readObjects(join(here, "fixtures", "broken-deployment.yaml")));
  const text = problems.join("\n");
  assert.ok(problems.length > 0, "the broken fixture passed validation");
  assert.match(text, /selector/);
  assert.match(text, /replicas must be integer/);
  assert.match(text, /containerPort must be integer/);
  assert.match(text, /readinessProbe port metrics is not a container port/);
});

test("an unknown kind has no schema and fails", async () => {
  const problems = await validate([{ apiVersion: "apps/v1", kind: "Deploymnet", metadata: { name: "typo" } }]);
  assert.match(problems.join("\n"), /no schema for apiVersion apps\/v1 kind Deploymnet/);
});

test("the renderer refuses what it does not implement, and patches that miss", () => {
  const dir = mkdtempSync(join(tmpdir(), "kustomize-"));
  writeFileSync(join(dir, "cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
  const write = (text) => writeFileSync(join(dir, "kustomization.yaml"), text);
  write("resources: [cm.yaml]\nconfigMapGenerator: []\n");
  assert.throws(() => render(dir), (e) => e instanceof RenderError && /configMapGenerator/.test(e.message));
  write("resources: [cm.yaml]\npatches:\n  - target: { kind: ConfigMap, name: nope }\n    patch: '[{\"op\": \"add\", \"path\": \"/data/x\", \"value\": \"y\"}]'\n");
  assert.throws(() => render(dir), (e) => e instanceof RenderError && /matches no resource/.test(e.message));
  write("resources: [cm.yaml]\npatches:\n  - target: { kind: ConfigMap, name: a }\n    patch: '[{\"op\": \"replace\", \"path\": \"/data/missing\", \"value\": \"y\"}]'\n");
  assert.throws(() => render(dir), (e) => e instanceof RenderError && /no such path/.test(e.message));
  write("resources: [cm.yaml]\nnamespace: n1\npatches:\n  - target: { kind: ConfigMap, name: a }\n    patch: '[{\"op\": \"add\", \"path\": \"/data/x\", \"value\": \"y\"}, {\"op\": \"remove\", \"path\": \"/data/k\"}]'\n");
  assert.deepEqual(render(dir), [{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "n1" }, data: { x: "y" } }]);
});
