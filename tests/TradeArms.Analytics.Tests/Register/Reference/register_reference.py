#!/usr/bin/env python3
"""Independent reference figures for the Trade Register tests (RegisterReleasesTest, ReleaseRevisionsTest).

Reads SIPRI's register files with plain string splitting (no code shared with the C# reader) and prints:
  * deal counts per release, rows and deals of the by-delivery-year files;
  * the reconciliation of the 2024 by-delivery-year sums with SIPRI's 2024 importer/exporter totals;
  * release comparisons under the matching rules documented on ReleaseComparison.

Usage: python3 register_reference.py [path/to/shared/data]   (default: ../shared/data beside the repository)
"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, *[".."] * 5, "shared", "data"))
REPO = os.path.normpath(os.path.join(HERE, *[".."] * 4))

F = ['recipient', 'supplier', 'oy', 'oyq', 'no', 'noq', 'des', 'desc', 'nd', 'ndq', 'years', 'status', 'comments',
     'unit', 'total', 'deliv']

CATALOGUE = {}
with open(os.path.join(REPO, "src", "TradeArms.Analytics", "Actors", "actors.csv"), encoding="utf-8") as f:
    for row in csv.reader(f):
        if row[0] == "name":
            continue
        CATALOGUE[row[0].lower()] = row[0]
        for alias in row[4].split("|"):
            if alias.strip():
                CATALOGUE[alias.strip().lower()] = row[0]


def canon(name):
    return CATALOGUE.get(name.strip().lower(), name.strip())


def full_rows(path):
    """The full register; the broken records end their comment with a line break, so joining ',\n' repairs them."""
    text = open(path, encoding="cp1252", newline="").read().replace("\r\n,", ",").replace("\n,", ",")
    rows = []
    for line in text.split("\n")[12:]:
        if not line:
            continue
        d = dict(zip(F, line.split(",")))
        d["idx"] = len(rows)
        # The reader's two documented interpretations.
        if d["no"] == "" and d["total"] == "0":
            d["total"] = ""
        if d["nd"] == "0" and d["years"] == "":
            for k in ("unit", "total", "deliv"):
                if d[k] == "0":
                    d[k] = ""
        for k in ("unit", "total", "deliv"):
            if d[k] not in ("", "0"):
                d[k] = repr(float(d[k]))
        d["recipient"], d["supplier"] = canon(d["recipient"]), canon(d["supplier"])
        rows.append(d)
    return rows


def by_year_rows(path):
    lines = open(path, encoding="cp1252").read().split("\n")[12:]
    return [l.split(",") for l in lines if l]


def norm(s):
    return s.strip().lower()


PASSES = [("FullKey", ["recipient", "supplier", "oy", "des", "desc"]),
          ("WithoutDescription", ["recipient", "supplier", "oy", "des"]),
          ("WithoutDesignation", ["recipient", "supplier", "oy", "desc", "no"]),
          ("WithoutWeaponNames", ["recipient", "supplier", "oy", "no", "years"]),
          ("WithoutSupplier", ["recipient", "oy", "des", "no"]),
          ("WithoutOrderYear", ["recipient", "supplier", "des", "no"])]
DISAMBIGUATORS = [["no", "status", "years"], ["no", "status"], ["no"], ["status", "years"], ["comments"], ["years"], ["nd"]]


def compare(old, new):
    done_old, done_new, pairs, ambiguous = set(), set(), [], []
    fields = lambda r: tuple(r[f] for f in F)
    for name, key in PASSES:
        def k(r):
            return tuple(r[f] if f in ("recipient", "supplier", "oy", "no", "years") else norm(r[f]) for f in key)
        eligible = lambda r: not (name == "WithoutWeaponNames" and r["years"] == "")
        groups_old, groups_new = collections.defaultdict(list), collections.defaultdict(list)
        for r in old:
            if r["idx"] not in done_old and eligible(r):
                groups_old[k(r)].append(r)
        for r in new:
            if r["idx"] not in done_new and eligible(r):
                groups_new[k(r)].append(r)
        for g, os_ in groups_old.items():
            ns = list(groups_new.get(g, []))
            if not ns:
                continue
            os_ = list(os_)

            def take(o, n):
                pairs.append((o, n, name))
                done_old.add(o["idx"])
                done_new.add(n["idx"])
                os_.remove(o)
                ns.remove(n)
            for o in list(os_):
                twin = next((n for n in ns if fields(n) == fields(o)), None)
                if twin is not None:
                    take(o, twin)
            if len(os_) == 1 and len(ns) == 1:
                take(os_[0], ns[0])
            for d in DISAMBIGUATORS:
                if not os_ or not ns:
                    break
                dk = lambda r: tuple(norm(r[f]) for f in d)
                for o in list(os_):
                    partners = [n for n in ns if dk(n) == dk(o)]
                    if len(partners) == 1 and sum(1 for x in os_ if dk(x) == dk(o)) == 1:
                        take(o, partners[0])
                if len(os_) == 1 and len(ns) == 1:
                    take(os_[0], ns[0])
            if os_ and ns:
                ambiguous.append((name, os_, ns))
                done_old.update(o["idx"] for o in os_)
                done_new.update(n["idx"] for n in ns)
    changed = [(o, n, p) for o, n, p in pairs if fields(o) != fields(n)]
    removed = [r for r in old if r["idx"] not in done_old]
    added = [r for r in new if r["idx"] not in done_new]
    return pairs, changed, removed, added, ambiguous


def main():
    reg = os.path.join(DATA, "sipri-register")
    releases = {name: full_rows(os.path.join(reg, name, "trade-register.csv"))
                for name in ("full-2024-10-13", "full-2025-03-13", "full-2026-05-18")}
    for name, rows in releases.items():
        rp = [r for r in rows if r["supplier"] == "Russia" and r["recipient"] == "Pakistan"]
        print(f"{name}: {len(rows)} deals; Russia->Pakistan {len(rp)} deals, TIV delivered {sum(float(r['deliv'] or 0) for r in rp):.2f}")

    early = by_year_rows(os.path.join(reg, "by-delivery-year-2024-04", "trade-register_initial_situation.csv"))
    late = by_year_rows(os.path.join(reg, "by-delivery-year-2024-04", "trade-register.csv"))
    print(f"by delivery year 2024: {len(early)} + {len(late)} rows, {len({r[0] for r in early} | {r[0] for r in late})} deal ids")

    tiv = os.path.join(DATA, "sipri-tiv", "country-totals-2024-04-13")
    for file, column in (("import-values_1990-2023.csv", 2), ("export-values_1990-2023.csv", 1)):
        sums, rows = collections.defaultdict(float), collections.Counter()
        for r in late:
            for key in ((r[column], int(r[10])), (r[column], None), (None, int(r[10])), (None, None)):
                sums[key] += float(r[15])
                rows[key] += 1
        lines = open(os.path.join(tiv, file), encoding="cp1252").read().split("\n")
        years = [int(h) for h in lines[9].split(",")[1:35]]
        checks = differ = 0
        for line in lines[10:]:
            if not line:
                continue
            cells = line.split(",")
            actor = None if cells[0].startswith("Total") else cells[0]
            for i, year in enumerate(years + [None]):
                text = cells[i + 1].strip()
                printed = None if text == "" else float(text)
                computed = sums.get((actor, year))
                checks += 1
                if (printed is None) != (computed is None) or (printed is not None and abs(printed - computed) > 0.5 + 0.005 * rows[(actor, year)] + 1e-9):
                    differ += 1
        print(f"{file}: {checks} printed cells, {differ} differ beyond rounding")

    for a, b in (("full-2024-10-13", "full-2025-03-13"), ("full-2025-03-13", "full-2026-05-18"), ("full-2024-10-13", "full-2026-05-18")):
        pairs, changed, removed, added, ambiguous = compare(releases[a], releases[b])
        print(f"{a} -> {b}: {len(added)} added, {len(removed)} removed, {len(changed)} changed, {len(pairs) - len(changed)} unchanged, "
              f"{len(ambiguous)} ambiguous groups ({sum(len(x[1]) for x in ambiguous)} old, {sum(len(x[2]) for x in ambiguous)} new); "
              f"by rule {dict(collections.Counter(p for _, _, p in pairs))}")


if __name__ == "__main__":
    main()
