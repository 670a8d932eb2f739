#!/usr/bin/env python3
"""Independent verifier of an Escalation Desk audit export, written from docs/audit-trail.md alone.

  verify-audit.py TICKET_EXPORT.json                 a ticket's export: its hash chain, and each entry's
                                                     inclusion proof against the checkpoint it carries
  verify-audit.py ENTRIES.json [CHECKPOINT.json]     a period export: every chain it holds whole, and, given
                                                     a checkpoint, the Merkle root of the entries it covers

Checks the checkpoint's Ed25519 signature with `openssl` when it is installed. Exit 0: verified; 1: not."""
import base64, hashlib, json, os, shutil, subprocess, sys, tempfile

def field(v):
    return b"N" if v is None else b"S%d:" % len(v.encode()) + v.encode()

def encoding(e):  # the recipe's name and nine fields, per recipe 2's rules (also the leaf's start)
    name = "escalation-desk-audit/%d" % e["recipe"]
    return b"".join(field(v) for v in (name, e["chain"], str(e["sequenceNo"]), e["actor"], e["action"], e["summary"],
                                       e.get("before"), e.get("after"), str(e["occurredAtMicros"]), e["previousHash"]))

def entry_hash(e):
    if e["recipe"] == 1:  # the legacy recipe: UTF-16 lengths, a null as U+0000, epoch milliseconds
        parts = [e["chain"], str(e["sequenceNo"]), e["actor"], e["action"], e["summary"], e.get("before"), e.get("after"),
                 str(e["occurredAtMicros"] // 1000), e["previousHash"]]
        text = "".join("%d:%s;" % (len(p.encode("utf-16-le")) // 2, p) for p in ("\0" if p is None else p for p in parts))
        return hashlib.sha256(text.encode()).hexdigest()
    return hashlib.sha256(encoding(e)).hexdigest()

def leaf(e):
    return hashlib.sha256(b"\0" + encoding(e) + field(e["hash"])).digest()

def node(l, r):
    return hashlib.sha256(b"\1" + l + r).digest()

def root(leaves):  # RFC 6962 MTH
    if len(leaves) == 0: return hashlib.sha256(b"").digest()
    if len(leaves) == 1: return leaves[0]
    k = 1 << (len(leaves) - 1).bit_length() - 1
    return node(root(leaves[:k]), root(leaves[k:]))

def included(index, size, h, path, expected):  # RFC 9162 2.1.3.2
    fn, sn = index, size - 1
    for p in map(bytes.fromhex, path):
        if sn == 0: return False
        if fn & 1 or fn == sn:
            h = node(p, h)
            while not fn & 1 and fn: fn, sn = fn >> 1, sn >> 1
        else: h = node(h, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and h == expected

def signature_ok(c):
    if not shutil.which("openssl"): return None
    text = "%s\n%d\n%s\n%d\n" % (c["format"], c["size"], c["rootHash"], c["timeMillis"])
    if hashlib.sha256(base64.b64decode(c["publicKey"])).hexdigest() != c["keyId"]: return False
    with tempfile.TemporaryDirectory() as d:
        for name, data in (("msg", text.encode()), ("sig", base64.b64decode(c["signature"])),
                           ("key.pem", ("-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % c["publicKey"]).encode())):
            open(os.path.join(d, name), "wb").write(data)
        return subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", d + "/key.pem", "-rawin",
                               "-in", d + "/msg", "-sigfile", d + "/sig"], capture_output=True).returncode == 0

def main(args):
    data = json.load(open(args[0]))
    entries, checkpoint = (data["entries"], data.get("checkpoint")) if isinstance(data, dict) else (data, None)
    if len(args) > 1: checkpoint = json.load(open(args[1]))
    problems, chains = [], {}
    for e in entries: chains.setdefault(e["chain"], []).append(e)
    for chain, es in chains.items():
        es.sort(key=lambda e: e["sequenceNo"])
        previous = "0" * 64 if es[0]["sequenceNo"] == 1 else es[0]["previousHash"]  # a period may start mid-chain
        for want, e in enumerate(es, es[0]["sequenceNo"]):
            if e["sequenceNo"] != want: problems.append("%s: entry #%d is missing" % (chain, want)); break
            if entry_hash(e) != e["hash"]: problems.append("%s #%d: content does not match its hash" % (chain, want)); break
            if e["previousHash"] != previous: problems.append("%s #%d: does not link to #%d" % (chain, want, want - 1)); break
            previous = e["hash"]
    if checkpoint:
        ok = signature_ok(checkpoint)
        if ok is False: problems.append("the checkpoint's signature does not verify")
        size, expected = checkpoint["size"], bytes.fromhex(checkpoint["rootHash"])
        if isinstance(data, dict):
            proofs = {p["logIndex"]: p["path"] for p in data.get("inclusion", [])}
            for e in entries:
                if e.get("logIndex") is not None and e.get("logIndex") < size and not included(
                        e.get("logIndex"), size, leaf(e), proofs.get(e.get("logIndex"), []), expected):
                    problems.append("%s #%d is not in the checkpoint" % (e["chain"], e["sequenceNo"]))
        else:
            covered = sorted((e for e in entries if e.get("logIndex") is not None and e.get("logIndex") < size), key=lambda e: e.get("logIndex"))
            if [e.get("logIndex") for e in covered] != list(range(size)): problems.append("entries the checkpoint covers are missing")
            elif root([leaf(e) for e in covered]) != expected: problems.append("the entries do not hash to the checkpoint's root")
        print("checkpoint: %d entries, key %s (compare it with the key id you trust), signature %s"
              % (size, checkpoint["keyId"], {True: "valid", False: "INVALID", None: "not checked (no openssl)"}[ok]))
    print("checked %d entries in %d chains" % (len(entries), len(chains)))
    for p in problems: print("PROBLEM: " + p)
    print("verified" if not problems else "NOT verified")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
