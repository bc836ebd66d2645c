#!/usr/bin/env python3
"""Generate a large synthetic protobuf tree for benchmarking `breaking` checks.

Writes two sibling trees:

  <out>/previous/   the baseline
  <out>/current/    a copy of previous with ~200 scattered breaking edits
                    (deleted fields, changed field types, renamed fields,
                    deleted enum values, changed RPC request types, deleted
                    messages) plus some non-breaking additions

and two metadata files:

  <out>/edits.json  every edit applied, with the buf rule(s) it should trigger
  <out>/stats.json  size of both trees (files, messages, fields, ...)

The tree is proto3, laid out as acme/<domain>/<version>/<name>.proto with
package acme.<domain>.<version>. Files import earlier files of the same and of
other packages (so the import graph is acyclic), some import
google/protobuf/timestamp.proto or duration.proto. Everything is driven by one
seeded RNG, so the output is byte-for-byte deterministic for a given
--seed/--files/--edits.

The breaking edits are chosen so that each maps to a known buf rule of the
default FILE category and so that both trees still compile (a deleted message
is never referenced; an unused import is dropped because imports are computed
from the references actually present).

Usage:
  python3 bench/gen_tree.py --out bench/work/tree [--files 2000] [--seed 42]
"""

import argparse
import copy
import json
import os
import random
import shutil
import sys

# --------------------------------------------------------------------------
# vocabulary

DOMAINS = [
    ("billing", "v1"), ("catalog", "v1"), ("identity", "v1"), ("inventory", "v1"),
    ("logistics", "v1"), ("payments", "v1"), ("orders", "v1"), ("shipping", "v1"),
    ("analytics", "v1"), ("notifications", "v1"), ("search", "v1"), ("reviews", "v1"),
    ("pricing", "v1"), ("support", "v1"), ("accounts", "v1"), ("compliance", "v1"),
    ("marketing", "v1"), ("media", "v1"), ("scheduling", "v1"), ("warehouse", "v1"),
    ("billing", "v2"), ("orders", "v2"),
]

NOUNS = [
    "account", "address", "adjustment", "agent", "alert", "allocation", "approval",
    "asset", "attachment", "audit", "balance", "batch", "benefit", "bid", "bundle",
    "campaign", "capture", "carrier", "cart", "case", "channel", "charge", "claim",
    "client", "coupon", "credit", "currency", "customer", "dashboard", "delivery",
    "deposit", "device", "discount", "dispute", "document", "draft", "employee",
    "estimate", "event", "exchange", "export", "facility", "feature", "fee", "feed",
    "filter", "forecast", "fulfillment", "grant", "group", "holding", "import",
    "incident", "invoice", "journal", "label", "ledger", "license", "listing",
    "location", "lot", "manifest", "member", "merchant", "meter", "milestone",
    "note", "offer", "order", "package", "parcel", "partner", "payout", "period",
    "permit", "plan", "policy", "portfolio", "position", "premium", "product",
    "profile", "program", "promotion", "quota", "quote", "rate", "rebate", "receipt",
    "refund", "region", "reminder", "report", "request", "reservation", "resource",
    "retention", "return", "review", "reward", "risk", "role", "route", "rule",
    "schedule", "segment", "session", "settlement", "shift", "shipment", "sku",
    "slot", "snapshot", "source", "statement", "station", "stock", "subscription",
    "supplier", "survey", "tariff", "task", "tax", "template", "tenant", "ticket",
    "token", "transfer", "trip", "usage", "vendor", "venue", "voucher", "wallet",
    "warranty", "wave", "workflow", "zone",
]

# Names used for nested messages/enums only; disjoint from top-level names
# (top-level names are always two or more NOUNS words).
NESTED_MSG_NAMES = ["Detail", "Summary", "Item", "Breakdown", "Window", "Limit",
                    "Contact", "Threshold", "Attribute", "Step", "Line", "Part"]
NESTED_ENUM_NAMES = ["Kind", "Mode", "Stage", "Reason", "Level", "Visibility"]
TOP_ENUM_SUFFIXES = ["Status", "Type", "State", "Category", "Priority", "Tier"]
MSG_SUFFIXES = ["Record", "Snapshot", "Settings", "Metadata", "Stats", "Spec"]

FIELD_WORDS = [
    "name", "title", "description", "code", "kind", "amount", "count", "total",
    "source", "target", "owner", "region", "country", "locale", "currency",
    "quantity", "price", "cost", "weight", "height", "width", "length", "score",
    "rank", "priority", "version", "revision", "etag", "checksum", "hash",
    "url", "uri", "path", "email", "phone", "street", "city", "postal", "state",
    "note", "comment", "reason", "message", "tag", "color", "size", "limit",
    "offset", "threshold", "ratio", "rate", "percent", "margin", "balance",
    "latitude", "longitude", "timezone", "language", "format", "encoding",
    "external", "internal", "primary", "secondary", "display", "legal", "billing",
    "shipping", "parent", "child", "origin", "destination", "requested",
    "approved", "expected", "actual", "minimum", "maximum", "default", "custom",
]
FIELD_QUALIFIERS = ["id", "name", "code", "count", "amount", "value", "text",
                    "ref", "key", "flag", "level", "index", "label", "hint"]

SCALARS = ["string", "string", "string", "string", "int32", "int64", "uint32",
           "uint64", "bool", "bool", "double", "float", "bytes", "sint32",
           "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64"]
MAP_KEYS = ["string", "string", "string", "int32", "int64", "uint32", "bool"]
# scalar -> candidate replacement scalars for a FIELD_SAME_TYPE edit
TYPE_SWAP = {
    "string": ["bytes", "int64"], "bytes": ["string"], "int32": ["int64", "string", "uint32"],
    "int64": ["int32", "string", "uint64"], "uint32": ["uint64", "int32"],
    "uint64": ["int64", "uint32"], "bool": ["int32", "string"], "double": ["float", "string"],
    "float": ["double"], "sint32": ["int32", "sint64"], "sint64": ["int64"],
    "fixed32": ["uint32", "fixed64"], "fixed64": ["uint64"], "sfixed32": ["int32"],
    "sfixed64": ["int64"],
}
TIME_FIELDS = ["create_time", "update_time", "expire_time", "delete_time",
               "start_time", "end_time", "effective_time", "last_seen_time"]
DURATION_FIELDS = ["ttl", "retention_period", "grace_period", "timeout"]


def camel(snake):
    return "".join(p.capitalize() for p in snake.split("_"))


def upper_snake(camel_name):
    out = []
    for i, ch in enumerate(camel_name):
        if ch.isupper() and i > 0:
            out.append("_")
        out.append(ch.upper())
    return "".join(out)


def snake_of(camel_name):
    return upper_snake(camel_name).lower()


def article(word):
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def json_name(snake):
    parts = snake.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# --------------------------------------------------------------------------
# model

class Field:
    __slots__ = ("name", "number", "label", "type", "comment")

    def __init__(self, name, number, label, ftype, comment=None):
        self.name = name
        self.number = number
        self.label = label          # "", "repeated", "optional"
        self.type = ftype           # ("scalar", s) | ("enum", full, file) | ("message", full, file) | ("map", key, valtype)
        self.comment = comment


class Oneof:
    def __init__(self, name):
        self.name = name
        self.fields = []


class Enum:
    def __init__(self, name, full, file):
        self.name = name
        self.full = full
        self.file = file
        self.values = []            # (name, number)
        self.comment = None


class Message:
    def __init__(self, name, full, file):
        self.name = name
        self.full = full
        self.file = file
        self.fields = []
        self.oneofs = []
        self.nested = []
        self.enums = []
        self.reserved_numbers = []
        self.reserved_names = []
        self.retired_numbers = []   # numbers of fields deleted by an edit (never reused)
        self.comment = None

    def all_fields(self):
        yield from self.fields
        for o in self.oneofs:
            yield from o.fields

    def next_number(self):
        used = {f.number for f in self.all_fields()} | set(self.reserved_numbers) | set(self.retired_numbers)
        n = max(used) + 1 if used else 1
        if 19000 <= n <= 19999:
            n = 20000
        return n

    def used_names(self):
        names = {f.name for f in self.all_fields()} | set(self.reserved_names)
        names |= {o.name for o in self.oneofs}
        return names


class Rpc:
    def __init__(self, name, req, resp, client_stream=False, server_stream=False):
        self.name = name
        self.req = req              # full message name (same file)
        self.resp = resp
        self.client_stream = client_stream
        self.server_stream = server_stream


class Service:
    def __init__(self, name):
        self.name = name
        self.rpcs = []


class ProtoFile:
    def __init__(self, path, package, domain, version, base):
        self.path = path
        self.package = package
        self.domain = domain
        self.version = version
        self.base = base
        self.messages = []
        self.enums = []
        self.services = []


def iter_messages(msgs):
    for m in msgs:
        yield m
        yield from iter_messages(m.nested)


def iter_enums(f):
    yield from f.enums
    for m in iter_messages(f.messages):
        yield from m.enums


def msg_refs(m):
    """Full names referenced by the fields of m and its nested messages."""
    for msg in iter_messages([m]):
        for fld in msg.all_fields():
            t = fld.type
            if t[0] == "map":
                t = t[2]
            if t[0] in ("enum", "message"):
                yield t[1], t[2]


# --------------------------------------------------------------------------
# generation of "previous"

class Generator:
    def __init__(self, rng, nfiles):
        self.rng = rng
        self.nfiles = nfiles
        self.files = []
        self.pkg_names = {}         # package -> set of used top-level names
        self.pkg_files = {}         # package -> list of file indices

    # -- naming helpers
    def unique_top_name(self, pkg, wanted):
        used = self.pkg_names.setdefault(pkg, set())
        name = wanted
        i = 2
        while name in used:
            name = "%s%d" % (wanted, i)
            i += 1
        used.add(name)
        return name

    def field_name(self, msg, base=None):
        used = msg.used_names()
        used_json = {json_name(n) for n in used}
        rng = self.rng
        for _ in range(50):
            if base is None:
                if rng.random() < 0.3:
                    cand = rng.choice(FIELD_WORDS)
                else:
                    cand = rng.choice(FIELD_WORDS) + "_" + rng.choice(FIELD_QUALIFIERS)
            else:
                cand = base
            if cand not in used and json_name(cand) not in used_json:
                return cand
            base = None if base is None else base + "_" + rng.choice(FIELD_QUALIFIERS)
        i = 2
        while True:
            cand = "extra_field_v%d" % i
            if cand not in used:
                return cand
            i += 1

    # -- types
    def make_enum(self, name, full, file, nvalues, comment):
        e = Enum(name, full, file)
        prefix = upper_snake(name)
        e.values.append((prefix + "_UNSPECIFIED", 0))
        words = self.rng.sample(
            ["ACTIVE", "INACTIVE", "PENDING", "APPROVED", "REJECTED", "CANCELLED",
             "COMPLETED", "FAILED", "ARCHIVED", "DRAFT", "SUSPENDED", "EXPIRED",
             "PROCESSING", "ON_HOLD", "REFUNDED", "DISPUTED", "VERIFIED", "BLOCKED",
             "PARTIAL", "SCHEDULED", "RUNNING", "PAUSED", "LOW", "MEDIUM", "HIGH"],
            nvalues - 1)
        for i, w in enumerate(words):
            e.values.append((prefix + "_" + w, i + 1))
        e.comment = comment
        return e

    def pick_type(self, ctx, allow_complex=True):
        """Random field type. ctx: dict with candidate enums/messages."""
        rng = self.rng
        r = rng.random()
        if allow_complex and r < 0.13 and ctx["enums"]:
            e = rng.choice(ctx["enums"])
            return ("enum", e[0], e[1])
        if allow_complex and r < 0.30 and ctx["messages"]:
            m = rng.choice(ctx["messages"])
            return ("message", m[0], m[1])
        return ("scalar", rng.choice(SCALARS))

    def fill_message(self, m, nfields, ctx, file_ctx, allow_nested=True, allow_oneof=True):
        rng = self.rng
        num = 1
        # occasionally a reserved range from earlier evolution
        if rng.random() < 0.12:
            k = rng.randint(1, 3)
            m.reserved_numbers = list(range(2, 2 + k))
            m.reserved_names = ["legacy_%s" % rng.choice(FIELD_WORDS)]
        local_ctx = {"enums": list(ctx["enums"]), "messages": list(ctx["messages"])}

        if allow_nested:
            for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
                nname = rng.choice([n for n in NESTED_ENUM_NAMES if n not in {e.name for e in m.enums}])
                ne = self.make_enum(nname, m.full + "." + nname, m.file, rng.randint(3, 7),
                                    "%s of %s." % (nname, article(m.name)))
                m.enums.append(ne)
                local_ctx["enums"].append((ne.full, m.file))
            for _ in range(rng.choice([0, 0, 0, 1, 1])):
                nname = rng.choice([n for n in NESTED_MSG_NAMES if n not in {x.name for x in m.nested}])
                nm = Message(nname, m.full + "." + nname, m.file)
                nm.comment = "%s of %s." % (nname, article(m.name))
                self.fill_message(nm, rng.randint(3, 10), local_ctx, file_ctx,
                                  allow_nested=False, allow_oneof=False)
                m.nested.append(nm)
                local_ctx["messages"].append((nm.full, m.file))

        def next_num():
            nonlocal num
            while num in m.reserved_numbers:
                num += 1
            n = num
            num += 1
            return n

        # identity first
        m.fields.append(Field(self.field_name(m, "id") if "id" not in m.used_names() else self.field_name(m),
                              next_num(), "", ("scalar", "string"), "Unique identifier."))
        if file_ctx["timestamp"] and rng.random() < 0.7:
            for tname in rng.sample(TIME_FIELDS, rng.randint(1, 3)):
                if tname not in m.used_names():
                    m.fields.append(Field(tname, next_num(), "",
                                          ("message", "google.protobuf.Timestamp", "google/protobuf/timestamp.proto")))
        if file_ctx["duration"] and rng.random() < 0.5:
            dname = rng.choice(DURATION_FIELDS)
            if dname not in m.used_names():
                m.fields.append(Field(dname, next_num(), "",
                                      ("message", "google.protobuf.Duration", "google/protobuf/duration.proto")))

        oneof_at = rng.randint(2, max(2, nfields - 3)) if allow_oneof and rng.random() < 0.3 else -1
        while len(m.fields) + sum(len(o.fields) for o in m.oneofs) < nfields:
            idx = len(m.fields) + sum(len(o.fields) for o in m.oneofs)
            if idx == oneof_at:
                o = Oneof(self.field_name(m, rng.choice(["payload", "target", "selector", "value", "method"])))
                m.oneofs.append(o)
                for _ in range(rng.randint(2, 4)):
                    t = self.pick_type(local_ctx)
                    base = snake_of(t[1].split(".")[-1]) if t[0] != "scalar" else None
                    f = Field(self.field_name(m, base), next_num(), "", t)
                    o.fields.append(f)
                continue
            r = rng.random()
            if r < 0.06:
                kt = rng.choice(MAP_KEYS)
                vt = self.pick_type(local_ctx)
                if vt[0] == "scalar" and vt[1] in ("double", "float", "bytes") and rng.random() < 0.5:
                    vt = ("scalar", "string")
                fname = self.field_name(m, rng.choice(["labels", "attributes", "annotations", "counts",
                                                       "properties", "overrides", "metadata"]))
                m.fields.append(Field(fname, next_num(), "", ("map", kt, vt)))
                continue
            t = self.pick_type(local_ctx)
            label = ""
            lr = rng.random()
            if lr < 0.15:
                label = "repeated"
            elif lr < 0.20 and t[0] == "scalar":
                label = "optional"
            if t[0] == "scalar":
                base = None
            else:
                base = snake_of(t[1].split(".")[-1])
                if label == "repeated":
                    base = base + "s" if not base.endswith("s") else base + "_list"
            comment = None
            if rng.random() < 0.35:
                comment = "The %s of this %s." % (base or "value", m.name)
            m.fields.append(Field(self.field_name(m, base), next_num(), label, t, comment))

    def gen_entity_file(self, idx, domain, version, pkg):
        rng = self.rng
        base = None
        for _ in range(200):
            cand = "%s_%s" % (rng.choice(NOUNS), rng.choice(NOUNS))
            a, b = cand.split("_")
            if a != b and camel(cand) not in self.pkg_names.get(pkg, set()):
                base = cand
                break
        if base is None:
            base = "%s_%d" % (rng.choice(NOUNS), idx)
        path = "acme/%s/%s/%s.proto" % (domain, version, base)
        f = ProtoFile(path, pkg, domain, version, base)
        file_ctx = {"timestamp": rng.random() < 0.35, "duration": rng.random() < 0.08}

        # candidate imports: earlier files of the same package and of others
        ctx = {"enums": [], "messages": []}
        same = self.pkg_files.get(pkg, [])
        cands = rng.sample(same, min(len(same), rng.randint(0, 4)))
        others = [i for i in range(len(self.files)) if self.files[i].package != pkg]
        if others and rng.random() < 0.6:
            cands += rng.sample(others, min(len(others), rng.randint(1, 2)))
        for ci in cands:
            cf = self.files[ci]
            for m in iter_messages(cf.messages):
                ctx["messages"].append((m.full, cf.path))
            for e in iter_enums(cf):
                ctx["enums"].append((e.full, cf.path))
        # keep the pools bounded so refs stay spread over few files
        rng.shuffle(ctx["messages"])
        rng.shuffle(ctx["enums"])
        ctx["messages"] = ctx["messages"][:8]
        ctx["enums"] = ctx["enums"][:6]

        # top-level enums
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            ename = self.unique_top_name(pkg, camel(base) + rng.choice(TOP_ENUM_SUFFIXES))
            e = self.make_enum(ename, pkg + "." + ename, path, rng.randint(3, 12),
                               "%s enumerates the states of %s." % (ename, article(camel(base))))
            f.enums.append(e)
            ctx["enums"].append((e.full, path))

        nmsgs = rng.choice([1, 1, 1, 1, 2])
        for i in range(nmsgs):
            wanted = camel(base) if i == 0 else camel(base) + rng.choice(MSG_SUFFIXES)
            mname = self.unique_top_name(pkg, wanted)
            m = Message(mname, pkg + "." + mname, path)
            m.comment = "%s is %s resource of the %s domain." % (mname, article(base.replace("_", " ")), domain)
            self.fill_message(m, rng.randint(10, 40), ctx, file_ctx)
            f.messages.append(m)
            ctx["messages"].append((m.full, path))
        return f

    def gen_service_file(self, idx, domain, version, pkg):
        rng = self.rng
        same = [i for i in self.pkg_files.get(pkg, []) if self.files[i].messages
                and not self.files[i].services]
        target = self.files[rng.choice(same)]
        entity = target.messages[0]
        ent = entity.name
        base = snake_of(ent) + "_service"
        path = "acme/%s/%s/%s.proto" % (domain, version, base)
        f = ProtoFile(path, pkg, domain, version, base)
        sname = self.unique_top_name(pkg, ent + "Service")
        svc = Service(sname)
        f.services.append(svc)
        plural = ent + "s"
        verbs = [("Get", ent, False), ("List", plural, False), ("Create", ent, False),
                 ("Update", ent, False), ("Delete", ent, False), ("BatchGet", plural, False),
                 ("Search", plural, False), ("Watch", ent + "Events", True),
                 ("Import", plural, False), ("Export", plural, True)]
        chosen = verbs[:2] + rng.sample(verbs[2:], rng.randint(1, 5))
        ctx = {"enums": [], "messages": [(entity.full, target.path)]}
        for e in iter_enums(target):
            ctx["enums"].append((e.full, target.path))
        file_ctx = {"timestamp": rng.random() < 0.3, "duration": False}
        for verb, obj, sstream in chosen:
            rname = verb + obj
            req = Message(self.unique_top_name(pkg, rname + "Request"), None, path)
            req.full = pkg + "." + req.name
            req.comment = "Request message for %s.%s." % (sname, rname)
            resp = Message(self.unique_top_name(pkg, rname + "Response"), None, path)
            resp.full = pkg + "." + resp.name
            resp.comment = "Response message for %s.%s." % (sname, rname)
            self.fill_message(req, rng.randint(2, 8), {"enums": ctx["enums"], "messages": []},
                              file_ctx, allow_nested=False, allow_oneof=False)
            self.fill_message(resp, rng.randint(2, 8), ctx, file_ctx,
                              allow_nested=False, allow_oneof=False)
            # make the response carry the entity
            if verb in ("List", "BatchGet", "Search", "Import", "Export"):
                resp.fields.append(Field(self.field_name(resp, snake_of(plural)), resp.next_number(),
                                         "repeated", ("message", entity.full, target.path)))
                if verb == "List":
                    req.fields.append(Field(self.field_name(req, "page_size"), req.next_number(), "", ("scalar", "int32")))
                    req.fields.append(Field(self.field_name(req, "page_token"), req.next_number(), "", ("scalar", "string")))
                    resp.fields.append(Field(self.field_name(resp, "next_page_token"), resp.next_number(), "", ("scalar", "string")))
            else:
                resp.fields.append(Field(self.field_name(resp, snake_of(ent)), resp.next_number(),
                                         "", ("message", entity.full, target.path)))
            f.messages += [req, resp]
            svc.rpcs.append(Rpc(rname, req.full, resp.full, False, sstream))
        return f

    def generate(self):
        rng = self.rng
        pkgs = ["acme.%s.%s" % d for d in DOMAINS]
        for i in range(self.nfiles):
            d = DOMAINS[i % len(DOMAINS)]
            pkg = pkgs[i % len(pkgs)]
            nsame = len(self.pkg_files.get(pkg, []))
            if nsame >= 3 and rng.random() < 0.12:
                f = self.gen_service_file(i, d[0], d[1], pkg)
            else:
                f = self.gen_entity_file(i, d[0], d[1], pkg)
            # avoid path collisions (a second service for the same entity, ...)
            if any(x.path == f.path for x in self.files):
                stem = f.path[:-len(".proto")]
                k = 2
                while any(x.path == "%s_%d.proto" % (stem, k) for x in self.files):
                    k += 1
                f.path = "%s_%d.proto" % (stem, k)
                for m in iter_messages(f.messages):
                    m.file = f.path
                for e in iter_enums(f):
                    e.file = f.path
                for m in iter_messages(f.messages):
                    for fld in m.all_fields():
                        pass  # refs into this file are only made by later files
                f.base = os.path.basename(stem) + "_%d" % k
            self.files.append(f)
            self.pkg_files.setdefault(pkg, []).append(i)
        return self.files


# --------------------------------------------------------------------------
# edits producing "current"

def apply_edits(files, rng, nbreaking, pkg_names):
    edits = []
    by_path = {f.path: f for f in files}

    # references across the whole tree: full name -> count (excluding self-refs
    # from inside the message itself, handled per candidate below)
    def all_refs():
        refs = {}
        for f in files:
            for m in f.messages:
                for full, _ in msg_refs(m):
                    refs.setdefault(full, set()).add(m.full)
            for s in f.services:
                for r in s.rpcs:
                    refs.setdefault(r.req, set()).add("rpc")
                    refs.setdefault(r.resp, set()).add("rpc")
        return refs

    touched_fields = set()          # (msg full, field number)
    touched_msgs = set()
    touched_rpcs = set()

    kinds = [("delete_field", 0.24), ("change_field_type", 0.20), ("rename_field", 0.16),
             ("delete_enum_value", 0.15), ("change_rpc_request", 0.10), ("delete_message", 0.15)]
    quota = {}
    acc = 0
    for k, w in kinds:
        quota[k] = int(round(nbreaking * w))
        acc += quota[k]
    quota["delete_field"] += nbreaking - acc

    # --- delete messages first (never referenced, not RPC types)
    refs = all_refs()
    top_of = {}
    for f in files:
        for m in f.messages:
            for x in iter_messages([m]):
                top_of[x.full] = m.full
                for e in x.enums:
                    top_of[e.full] = m.full
    ext_referenced = set()
    for name, users in refs.items():
        t = top_of.get(name)
        if t is not None and any(u != t for u in users):
            ext_referenced.add(t)
    cands = [(f, m) for f in files if len(f.messages) >= 2 and not f.services
             for m in f.messages if m.full not in ext_referenced]
    rng.shuffle(cands)
    deleted = set()
    used_files = set()
    for f, m in cands:
        if quota["delete_message"] <= 0:
            break
        if f.path in used_files or len(f.messages) < 2:
            continue
        f.messages.remove(m)
        deleted.add(m.full)
        touched_msgs.add(m.full)
        used_files.add(f.path)
        # buf reports the message itself, every nested message (map entries
        # included) and every nested enum.
        rules = []
        for x in iter_messages([m]):
            rules.append("MESSAGE_NO_DELETE")
            rules += ["MESSAGE_NO_DELETE" for fl in x.all_fields() if fl.type[0] == "map"]
            rules += ["ENUM_NO_DELETE" for _ in x.enums]
        edits.append({"kind": "delete_message", "file": f.path, "message": m.full,
                      "rules": rules})
        quota["delete_message"] -= 1

    # leftover quota goes to field deletions
    quota["delete_field"] += quota["delete_message"]
    quota["delete_message"] = 0

    # --- field-level edits: one edit per field, scattered over random messages
    all_msgs = [(f, m) for f in files for m in iter_messages(f.messages)]

    def pick_field(pred):
        for _ in range(10000):
            f, m = rng.choice(all_msgs)
            if m.full in deleted or any(m.full.startswith(d + ".") for d in deleted):
                continue
            flds = [x for x in m.fields if pred(x) and (m.full, x.number) not in touched_fields]
            if not flds:
                continue
            return f, m, rng.choice(flds)
        raise RuntimeError("no candidate field")

    for _ in range(quota["delete_field"]):
        f, m, fld = pick_field(lambda x: x.label != "optional" and x.type[0] != "map")
        m.fields.remove(fld)
        m.retired_numbers.append(fld.number)
        touched_fields.add((m.full, fld.number))
        edits.append({"kind": "delete_field", "file": f.path, "message": m.full,
                      "field": fld.name, "number": fld.number, "rules": ["FIELD_NO_DELETE"]})

    for _ in range(quota["change_field_type"]):
        f, m, fld = pick_field(lambda x: x.label != "optional" and x.type[0] == "scalar")
        old = fld.type[1]
        new = rng.choice(TYPE_SWAP[old])
        fld.type = ("scalar", new)
        touched_fields.add((m.full, fld.number))
        edits.append({"kind": "change_field_type", "file": f.path, "message": m.full,
                      "field": fld.name, "from": old, "to": new, "rules": ["FIELD_SAME_TYPE"]})

    for _ in range(quota["rename_field"]):
        f, m, fld = pick_field(lambda x: x.label != "optional" and x.type[0] != "map")
        used = m.used_names()
        used_json = {json_name(n) for n in used}
        new = None
        for suffix in ("renamed", "new", "value", "v2_field", "updated"):
            cand = fld.name + "_" + suffix
            if cand not in used and json_name(cand) not in used_json:
                new = cand
                break
        old = fld.name
        fld.name = new
        touched_fields.add((m.full, fld.number))
        edits.append({"kind": "rename_field", "file": f.path, "message": m.full,
                      "field": old, "to": new, "rules": ["FIELD_SAME_NAME", "FIELD_SAME_JSON_NAME"]})

    # --- enum values
    all_enums = [(f, e) for f in files for e in iter_enums(f)
                 if len(e.values) >= 3 and not any(e.full.startswith(d + ".") for d in deleted)]
    rng.shuffle(all_enums)
    n = 0
    for f, e in all_enums:
        if n >= quota["delete_enum_value"]:
            break
        v = rng.choice(e.values[1:])
        e.values.remove(v)
        edits.append({"kind": "delete_enum_value", "file": f.path, "enum": e.full,
                      "value": v[0], "number": v[1], "rules": ["ENUM_VALUE_NO_DELETE"]})
        n += 1

    # --- rpc request types: switch to another request message of the same file
    rpcs = [(f, s, r) for f in files for s in f.services for r in s.rpcs]
    rng.shuffle(rpcs)
    n = 0
    for f, s, r in rpcs:
        if n >= quota["change_rpc_request"]:
            break
        others = sorted({x.req for x in s.rpcs if x.req != r.req})
        if not others:
            continue
        new = rng.choice(others)
        old = r.req
        r.req = new
        edits.append({"kind": "change_rpc_request", "file": f.path, "service": f.package + "." + s.name,
                      "rpc": r.name, "from": old, "to": new, "rules": ["RPC_SAME_REQUEST_TYPE"]})
        n += 1

    nbreak = len(edits)

    # --- non-breaking additions
    nb = []
    for _ in range(max(10, nbreaking // 3)):
        f, m = rng.choice(all_msgs)
        if m.full in deleted or any(m.full.startswith(d + ".") for d in deleted):
            continue
        used = m.used_names()
        used_json = {json_name(x) for x in used}
        for cand in ("added_note", "added_flag", "added_count", "added_label", "added_ref_id"):
            if cand not in used and json_name(cand) not in used_json:
                break
        else:
            continue
        num = m.next_number()
        t = rng.choice(["string", "int64", "bool"])
        m.fields.append(Field(cand, num, rng.choice(["", "", "repeated"]), ("scalar", t),
                              "Added in a later revision."))
        nb.append({"kind": "add_field", "file": f.path, "message": m.full, "field": cand, "number": num})
    for f, e in all_enums[-10:]:
        used = {v[0] for v in e.values}
        nm = upper_snake(e.name) + "_ADDED_LATER"
        if nm in used:
            continue
        e.values.append((nm, max(v[1] for v in e.values) + 1))
        nb.append({"kind": "add_enum_value", "file": f.path, "enum": e.full, "value": nm})
    ent_files = [f for f in files if not f.services and f.messages]
    for f in rng.sample(ent_files, 8):
        name = f.messages[0].name + "Annotation"
        used = pkg_names[f.package]
        i = 2
        base = name
        while name in used:
            name = "%s%d" % (base, i)
            i += 1
        used.add(name)
        m = Message(name, f.package + "." + name, f.path)
        m.comment = "Added in a later revision."
        m.fields = [Field("id", 1, "", ("scalar", "string")), Field("text", 2, "", ("scalar", "string")),
                    Field("author_email", 3, "", ("scalar", "string"))]
        f.messages.append(m)
        nb.append({"kind": "add_message", "file": f.path, "message": m.full})
    for f, s, r in rpcs[-5:]:
        name = "Ping" + s.name
        used = pkg_names[f.package]
        if name + "Request" in used or name + "Response" in used:
            continue
        used.add(name + "Request")
        used.add(name + "Response")
        req = Message(name + "Request", f.package + "." + name + "Request", f.path)
        resp = Message(name + "Response", f.package + "." + name + "Response", f.path)
        req.fields = [Field("nonce", 1, "", ("scalar", "string"))]
        resp.fields = [Field("nonce", 1, "", ("scalar", "string")), Field("healthy", 2, "", ("scalar", "bool"))]
        f.messages += [req, resp]
        s.rpcs.append(Rpc(name, req.full, resp.full))
        nb.append({"kind": "add_rpc", "file": f.path, "service": s.name, "rpc": name})
    # a few brand-new files
    for k in range(3):
        d = DOMAINS[k]
        pkg = "acme.%s.%s" % d
        path = "acme/%s/%s/added_in_current_%d.proto" % (d[0], d[1], k)
        f = ProtoFile(path, pkg, d[0], d[1], "added_in_current_%d" % k)
        name = "AddedInCurrent%d" % k
        pkg_names[pkg].add(name)
        m = Message(name, pkg + "." + name, path)
        m.fields = [Field("id", 1, "", ("scalar", "string")), Field("payload", 2, "", ("scalar", "bytes"))]
        f.messages.append(m)
        files.append(f)
        nb.append({"kind": "add_file", "file": path})
    return edits[:nbreak], nb


# --------------------------------------------------------------------------
# rendering

def type_ref(t, pkg):
    full = t[1]
    if full.startswith(pkg + "."):
        return full[len(pkg) + 1:]
    return full


def render_type(t, pkg):
    if t[0] == "scalar":
        return t[1]
    if t[0] == "map":
        return "map<%s, %s>" % (t[1], render_type(t[2], pkg))
    return type_ref(t, pkg)


def render_enum(e, ind, out):
    if e.comment:
        out.append("%s// %s" % (ind, e.comment))
    out.append("%senum %s {" % (ind, e.name))
    for name, num in e.values:
        out.append("%s  %s = %d;" % (ind, name, num))
    out.append("%s}" % ind)


def render_field(fld, pkg, ind, out):
    if fld.comment:
        out.append("%s// %s" % (ind, fld.comment))
    label = fld.label + " " if fld.label else ""
    out.append("%s%s%s %s = %d;" % (ind, label, render_type(fld.type, pkg), fld.name, fld.number))


def render_message(m, pkg, ind, out):
    if m.comment:
        out.append("%s// %s" % (ind, m.comment))
    out.append("%smessage %s {" % (ind, m.name))
    inner = ind + "  "
    for e in m.enums:
        render_enum(e, inner, out)
        out.append("")
    for nm in m.nested:
        render_message(nm, pkg, inner, out)
        out.append("")
    if m.reserved_numbers:
        out.append("%sreserved %s;" % (inner, ", ".join(str(n) for n in m.reserved_numbers)))
    if m.reserved_names:
        out.append("%sreserved %s;" % (inner, ", ".join('"%s"' % n for n in m.reserved_names)))
    for fld in m.fields:
        render_field(fld, pkg, inner, out)
    for o in m.oneofs:
        out.append("%soneof %s {" % (inner, o.name))
        for fld in o.fields:
            render_field(fld, pkg, inner + "  ", out)
        out.append("%s}" % inner)
    out.append("%s}" % ind)


def render_file(f):
    imports = set()
    for m in f.messages:
        for _, path in msg_refs(m):
            if path != f.path:
                imports.add(path)
    out = ['syntax = "proto3";', "", "package %s;" % f.package, ""]
    if imports:
        for p in sorted(imports):
            out.append('import "%s";' % p)
        out.append("")
    alias = "%s%s" % (f.domain, f.version)
    out.append('option go_package = "github.com/acme/apis/gen/go/acme/%s/%s;%s";' % (f.domain, f.version, alias))
    out.append("option java_multiple_files = true;")
    out.append('option java_outer_classname = "%sProto";' % camel(f.base))
    out.append('option java_package = "com.acme.%s.%s";' % (f.domain, f.version))
    out.append("")
    for s in f.services:
        out.append("// %s manages %s resources." % (s.name, f.domain))
        out.append("service %s {" % s.name)
        for r in s.rpcs:
            req = ("stream " if r.client_stream else "") + type_ref(("message", r.req), f.package)
            resp = ("stream " if r.server_stream else "") + type_ref(("message", r.resp), f.package)
            out.append("  rpc %s(%s) returns (%s);" % (r.name, req, resp))
        out.append("}")
        out.append("")
    for e in f.enums:
        render_enum(e, "", out)
        out.append("")
    for m in f.messages:
        render_message(m, f.package, "", out)
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def write_tree(files, root):
    if os.path.exists(root):
        shutil.rmtree(root)
    for f in files:
        p = os.path.join(root, f.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_file(f))


def stats(files):
    s = {"files": len(files), "packages": len({f.package for f in files}), "messages": 0,
         "fields": 0, "enums": 0, "enum_values": 0, "oneofs": 0, "services": 0, "rpcs": 0}
    for f in files:
        for m in iter_messages(f.messages):
            s["messages"] += 1
            s["fields"] += sum(1 for _ in m.all_fields())
            s["oneofs"] += len(m.oneofs)
        for e in iter_enums(f):
            s["enums"] += 1
            s["enum_values"] += len(e.values)
        s["services"] += len(f.services)
        s["rpcs"] += sum(len(x.rpcs) for x in f.services)
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory (previous/ and current/ are (re)created in it)")
    ap.add_argument("--files", type=int, default=2000, help="number of .proto files in previous (default 2000)")
    ap.add_argument("--edits", type=int, default=200, help="number of breaking edits (default 200)")
    ap.add_argument("--seed", type=int, default=42, help="RNG seed (default 42)")
    args = ap.parse_args()
    if args.files < 50:
        ap.error("--files must be at least 50")

    rng = random.Random(args.seed)
    gen = Generator(rng, args.files)
    prev = gen.generate()
    cur = copy.deepcopy(prev)
    pkg_names = copy.deepcopy(gen.pkg_names)
    edits, additions = apply_edits(cur, random.Random(args.seed + 1), args.edits, pkg_names)

    os.makedirs(args.out, exist_ok=True)
    write_tree(prev, os.path.join(args.out, "previous"))
    write_tree(cur, os.path.join(args.out, "current"))

    expected = sum(len(e["rules"]) for e in edits)
    st = {"seed": args.seed, "previous": stats(prev), "current": stats(cur),
          "breaking_edits": len(edits), "non_breaking_additions": len(additions),
          "expected_buf_findings": expected}
    with open(os.path.join(args.out, "stats.json"), "w") as fh:
        json.dump(st, fh, indent=2)
        fh.write("\n")
    with open(os.path.join(args.out, "edits.json"), "w") as fh:
        json.dump({"breaking": edits, "non_breaking": additions}, fh, indent=1)
        fh.write("\n")
    p, c = st["previous"], st["current"]
    print("previous: %d files, %d packages, %d messages, %d fields, %d enums, %d services, %d rpcs"
          % (p["files"], p["packages"], p["messages"], p["fields"], p["enums"], p["services"], p["rpcs"]))
    print("current:  %d files, %d messages, %d fields" % (c["files"], c["messages"], c["fields"]))
    kinds = {}
    for e in edits:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("breaking edits: %d (%s); non-breaking additions: %d"
          % (len(edits), ", ".join("%s=%d" % kv for kv in sorted(kinds.items())), len(additions)))
    print("expected findings under buf's default FILE rules: %d" % expected)
    print("wrote %s/{previous,current,stats.json,edits.json}" % args.out)


if __name__ == "__main__":
    sys.exit(main())
