#!/usr/bin/env python3
"""Writes a release with N workloads for the render benchmark (issue #3), plus a vendor key pair and a
signed license, into OUT:

  OUT/release/            manifests (100 objects per file), a kots.io/v1beta1 Application, license-key.pem
  OUT/license.yaml        license for app "bench", proxy domain proxy.example.com
  OUT/signing-key.pem     the vendor key that signed it (bench only)

Workloads cycle through Deployment, StatefulSet, DaemonSet, Job and CronJob, each with a container and
half of them with an init container; every tenth workload also gets a Service and a ConfigMap. Images
come from a pool of 250 spellings (quay.io, ghcr.io, a registry with a port, Docker Hub in several
spellings, digests), so the images list and the rewrite are realistic. The Application sets
proxyPublicImages: true, so no image is probed over the network: the benchmark times the render itself.

Usage: generate-release.py N OUT
"""
import base64
import json
import os
import subprocess
import sys


def images():
    pool = []
    for i in range(250):
        kind = i % 5
        if kind == 0:
            pool.append(f"quay.io/acme/svc-{i}:1.{i % 7}")
        elif kind == 1:
            pool.append(f"ghcr.io/acme/tool-{i}@sha256:{i:064x}")
        elif kind == 2:
            pool.append(f"registry.acme.io:5000/team/job-{i}:v{i}")
        elif kind == 3:
            pool.append(["nginx:1.25", "library/redis:7", "docker.io/acme/api:2", "docker.io/library/busybox:1.36"][i % 4])
        else:
            pool.append(f"acme/worker-{i}:3")
    return pool


def pod_spec(i, pool, indent):
    pad = " " * indent
    lines = [f"{pad}containers:", f"{pad}- name: main", f"{pad}  image: {pool[i % len(pool)]}",
             f"{pad}  ports:", f"{pad}  - containerPort: 8080",
             f"{pad}  env:", f"{pad}  - name: INDEX", f"{pad}    value: \"{i}\"",
             f"{pad}  resources:", f"{pad}    limits: {{cpu: 0.5, memory: 256Mi}}"]
    if i % 2 == 0:
        lines += [f"{pad}initContainers:", f"{pad}- name: init", f"{pad}  image: {pool[(i * 7 + 3) % len(pool)]}"]
    return "\n".join(lines)


def workload(i, pool):
    kind = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"][i % 5]
    name = f"w{i:05d}"
    head = f"metadata:\n  name: {name}\n  labels:\n    app: {name}\n    tier: t{i % 3}\n"
    if kind == "Job":
        return f"apiVersion: batch/v1\nkind: Job\n{head}spec:\n  template:\n    spec:\n      restartPolicy: Never\n{pod_spec(i, pool, 6)}\n"
    if kind == "CronJob":
        return (f"apiVersion: batch/v1\nkind: CronJob\n{head}spec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n"
                f"      template:\n        spec:\n          restartPolicy: OnFailure\n{pod_spec(i, pool, 10)}\n")
    return (f"apiVersion: apps/v1\nkind: {kind}\n{head}spec:\n  selector:\n    matchLabels:\n      app: {name}\n"
            f"  template:\n    metadata:\n      labels:\n        app: {name}\n    spec:\n{pod_spec(i, pool, 6)}\n")


def extras(i):
    name = f"w{i:05d}"
    return [f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  selector:\n    app: {name}\n  ports:\n  - port: 80\n    targetPort: 8080\n",
            f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}-config\ndata:\n  settings.json: '{{\"index\": {i}}}'\n"]


def sign_license(out):
    key = os.path.join(out, "signing-key.pem")
    subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key], check=True)
    public = subprocess.run(["openssl", "pkey", "-in", key, "-pubout"], check=True, capture_output=True).stdout
    with open(os.path.join(out, "release", "license-key.pem"), "wb") as f:
        f.write(public)
    spec = {"appSlug": "bench", "customerName": "Bench Customer", "licenseID": "BenchLicense0123456789abcdef",
            "proxyRegistryDomain": "proxy.example.com"}
    # The signed bytes: the spec as compact JSON with sorted keys (docs/LICENSES.md, "Canonical form").
    canonical = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    der = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=canonical, check=True, capture_output=True).stdout
    signature = base64.b64encode(der_to_p1363(der)).decode()
    with open(os.path.join(out, "license.yaml"), "w") as f:
        f.write("apiVersion: kots.io/v1beta1\nkind: License\nmetadata:\n  name: bench-customer\nspec:\n")
        for k in ["licenseID", "appSlug", "customerName", "proxyRegistryDomain"]:
            f.write(f"  {k}: {spec[k]}\n")
        f.write(f"  signature: {signature}\n")


def der_to_p1363(der):
    # SEQUENCE { INTEGER r, INTEGER s } -> r||s, 32 bytes each.
    assert der[0] == 0x30
    i = 2 if der[1] < 0x80 else 3
    out = b""
    for _ in range(2):
        assert der[i] == 0x02
        n = der[i + 1]
        out += der[i + 2:i + 2 + n].lstrip(b"\0").rjust(32, b"\0")
        i += 2 + n
    return out


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    release = os.path.join(out, "release", "manifests")
    os.makedirs(release, exist_ok=True)
    pool = images()
    docs = []
    for i in range(n):
        docs.append(workload(i, pool))
        if i % 10 == 0:
            docs += extras(i)
    for f in range(0, len(docs), 100):
        with open(os.path.join(release, f"part-{f // 100:04d}.yaml"), "w") as fh:
            fh.write("---\n".join(docs[f:f + 100]))
    with open(os.path.join(out, "release", "application.yaml"), "w") as fh:
        fh.write("apiVersion: kots.io/v1beta1\nkind: Application\nmetadata:\n  name: bench\nspec:\n  proxyPublicImages: true\n")
    sign_license(out)
    print(f"wrote {n} workloads ({len(docs)} objects) to {out}/release")


if __name__ == "__main__":
    main()
