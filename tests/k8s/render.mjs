// Renders a kustomization the way `kubectl kustomize` does, for the subset of kustomize that k8s/ uses:
// resources (files, and folders holding a kustomization.yaml), namespace, labels, patches (JSON 6902, inline or
// from a file, chosen by target kind/name) and images. Anything else in a kustomization is an error rather than
// silently ignored, so a manifest change that needs real kustomize is noticed here.
// Usage: node tests/k8s/render.mjs k8s/overlays/prod   (prints the rendered YAML stream)
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments, parse, stringify } from "yaml";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const SUPPORTED_KEYS = new Set(["apiVersion", "kind", "resources", "namespace", "labels", "patches", "images"]);
// Kinds that live outside namespaces: the namespace transformer leaves them alone.
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass"]);

export class RenderError extends Error {}

function kustomizationFile(dir) {
  const file = KUSTOMIZATION_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new RenderError(`${dir}: no kustomization.yaml`);
  return file;
}

function readYamlDocuments(file) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  const objects = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new RenderError(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

/** Every object of the kustomization in `dir`, with this level's transformers applied after its resources'. */
export function render(dir) {
  dir = resolve(dir);
  const file = kustomizationFile(dir);
  const k = parse(readFileSync(file, "utf8")) ?? {};
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED_KEYS.has(key));
  if (unsupported.length > 0) throw new RenderError(`${file}: not supported by this renderer: ${unsupported.join(", ")}`);

  let objects = [];
  for (const entry of k.resources ?? []) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw new RenderError(`${file}: resource ${entry} does not exist`);
    objects.push(...(statSync(path).isDirectory() ? render(path) : readYamlDocuments(path)));
  }
  for (const object of objects) {
    if (typeof object !== "object" || Array.isArray(object)) throw new RenderError(`${file}: a resource is not a mapping`);
  }
  objects = structuredClone(objects);

  for (const patch of k.patches ?? []) applyPatch(objects, patch, dir, file);
  if (k.namespace) setNamespace(objects, k.namespace);
  for (const label of k.labels ?? []) addLabels(objects, label, file);
  for (const image of k.images ?? []) setImage(objects, image);
  return objects;
}

function matches(object, target) {
  return (!target.kind || object.kind === target.kind) && (!target.name || object.metadata?.name === target.name) &&
    (!target.namespace || object.metadata?.namespace === target.namespace) &&
    (!target.group || (object.apiVersion ?? "").split("/")[0] === target.group) &&
    (!target.version || (object.apiVersion ?? "").split("/").pop() === target.version);
}

function applyPatch(objects, entry, dir, file) {
  const text = entry.patch ?? (entry.path ? readFileSync(resolve(dir, entry.path), "utf8") : undefined);
  if (text === undefined) throw new RenderError(`${file}: a patch needs 'patch' or 'path'`);
  const operations = parse(text);
  if (!Array.isArray(operations)) throw new RenderError(`${file}: only JSON 6902 patches (a list of operations) are supported`);
  if (!entry.target) throw new RenderError(`${file}: a JSON 6902 patch needs a target`);
  const targets = objects.filter((o) => matches(o, entry.target));
  if (targets.length === 0) throw new RenderError(`${file}: patch target ${JSON.stringify(entry.target)} matches no resource`);
  for (const object of targets) {
    for (const op of operations) applyOperation(object, op, file);
  }
}

function pointer(path, file) {
  if (typeof path !== "string" || !path.startsWith("/")) throw new RenderError(`${file}: bad JSON pointer ${path}`);
  return path.slice(1).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function applyOperation(root, op, file) {
  const parts = pointer(op.path, file);
  const last = parts.pop();
  let parent = root;
  for (const part of parts) {
    parent = Array.isArray(parent) ? parent[Number(part)] : parent?.[part];
    if (parent === undefined || parent === null) throw new RenderError(`${file}: ${op.op} ${op.path}: no such path`);
  }
  const index = Array.isArray(parent) ? (last === "-" ? parent.length : Number(last)) : undefined;
  switch (op.op) {
    case "add":
      if (Array.isArray(parent)) parent.splice(index, 0, structuredClone(op.value));
      else parent[last] = structuredClone(op.value);
      break;
    case "replace":
      if (Array.isArray(parent) ? index >= parent.length : !(last in parent)) throw new RenderError(`${file}: replace ${op.path}: no such path`);
      if (Array.isArray(parent)) parent[index] = structuredClone(op.value);
      else parent[last] = structuredClone(op.value);
      break;
    case "remove":
      if (Array.isArray(parent) ? index >= parent.length : !(last in parent)) throw new RenderError(`${file}: remove ${op.path}: no such path`);
      if (Array.isArray(parent)) parent.splice(index, 1);
      else delete parent[last];
      break;
    case "test":
      if (JSON.stringify((Array.isArray(parent) ? parent[index] : parent[last])) !== JSON.stringify(op.value)) {
        throw new RenderError(`${file}: test ${op.path} failed`);
      }
      break;
    default:
      throw new RenderError(`${file}: JSON 6902 operation ${op.op} is not supported`);
  }
}

function setNamespace(objects, namespace) {
  for (const object of objects) {
    if (!CLUSTER_SCOPED.has(object.kind)) {
      object.metadata = { ...object.metadata, namespace };
    }
    // As kustomize does: service accounts named without a namespace are the ones deployed with these objects.
    if ((object.kind === "RoleBinding" || object.kind === "ClusterRoleBinding") && Array.isArray(object.subjects)) {
      for (const subject of object.subjects) {
        if (subject.kind === "ServiceAccount" && !subject.namespace) subject.namespace = namespace;
      }
    }
  }
}

function addLabels(objects, label, file) {
  if (!label.pairs || typeof label.pairs !== "object") throw new RenderError(`${file}: labels entry without pairs`);
  for (const object of objects) {
    object.metadata = { ...object.metadata, labels: { ...object.metadata?.labels, ...label.pairs } };
    const template = object.spec?.template;
    if ((label.includeTemplates || label.includeSelectors) && template) {
      template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...label.pairs } };
    }
    if (label.includeSelectors) {
      if (object.spec?.selector?.matchLabels) Object.assign(object.spec.selector.matchLabels, label.pairs);
      else if (object.kind === "Service" && object.spec?.selector) Object.assign(object.spec.selector, label.pairs);
    }
  }
}

function setImage(objects, image) {
  for (const object of objects) {
    const pod = object.spec?.template?.spec;
    for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      const [name, tag] = splitImage(container.image);
      if (name !== image.name) continue;
      const newName = image.newName ?? name;
      container.image = image.digest ? `${newName}@${image.digest}` : `${newName}:${image.newTag ?? tag ?? "latest"}`;
    }
  }
}

function splitImage(image) {
  const at = image.indexOf("@");
  if (at >= 0) return [image.slice(0, at), undefined];
  const colon = image.lastIndexOf(":");
  return colon > image.lastIndexOf("/") ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}

export function toYaml(objects) {
  return objects.map((o) => stringify(o)).join("---\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.length !== 3) {
    console.error("usage: node tests/k8s/render.mjs <folder with kustomization.yaml>");
    process.exit(2);
  }
  process.stdout.write(toYaml(render(process.argv[2])));
}
