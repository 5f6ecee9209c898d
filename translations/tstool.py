#!/usr/bin/env python3
"""Finish Qt .ts translations quickly and check them.

  tstool.py export FILE.ts [-o todo.tsv] [--all]
      Lists the unfinished messages (or all with --all) as TSV, one message a line:
        context  source  comment  numerus  translation  [form2 ...]
      Tabs, newlines and backslashes inside fields are written as \\t, \\n and \\\\.
      For a numerus message the header line names the language's plural forms; write one
      translation column per form, in the order the header gives.
  tstool.py apply FILE.ts done.tsv [--keep-going]
      Writes each translation of done.tsv into FILE.ts (matched by context, source and
      comment), marks it finished, and refuses (exit 2, FILE.ts untouched) when a line does
      not match a message, has the wrong number of plural forms or fails the check below.
  tstool.py check FILE.ts
      Checks every finished translation against its source: the same placeholders (%1..%99,
      %n, %L1), the same HTML tags, the same keyboard shortcut texts (Ctrl+X, F1...), at most
      one '&' accelerator, and a non-empty text. Prints the counts; exit 1 on a problem.
  tstool.py fill-english FILE.ts
      For the English (en_GB) file only: finishes every unfinished message with its source text,
      and a plural message with a singular and a plural made from "word(s)", "entry(ies)" and
      "match(es)" (printed, to be read). The source is English already; the file exists for
      the plural forms.
  tstool.py accels FILE.ts
      Lists, per context, the '&' letters two different translations share. A context can
      span several menus or pages, so a shared letter is a question, not always a clash.
  tstool.py stats FILE.ts
      Messages, finished, unfinished, numerus messages.

Only the Python standard library is used. The .ts is rewritten in lupdate's own layout
(4-space indent, <translation type="unfinished"> for unfinished messages) so diffs stay small.
"""

import argparse
import collections
import re
import sys
import xml.etree.ElementTree as ET

# Qt 6.4's plural rules (qttools src/linguist/shared/numerus.cpp), for the languages we ship:
# the form names Linguist shows and the counts each covers.
PLURAL_FORMS = {
    "cy": [("Nullar", "n == 0"), ("Singular", "n == 1"), ("Dual", "2 <= n <= 5"),
           ("Sexal", "n == 6"), ("Plural", "otherwise")],
    "en": [("Singular", "n == 1"), ("Plural", "otherwise")],
}

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?/?>")
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+(?:[A-Za-z0-9]+|[^\sA-Za-z0-9])|\bF(?:[1-9]|1[0-2])\b")
ACCEL = re.compile(r"&(?![&a-zA-Z]+;|&)")


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def language(root):
    lang = root.get("language", "")
    return lang.split("_")[0]


def forms_for(root):
    return PLURAL_FORMS.get(language(root), PLURAL_FORMS["en"])


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def key_of(ctxname, msg):
    return (ctxname, msg.findtext("source") or "", msg.findtext("comment") or "")


def is_finished(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")


def is_live(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") not in ("vanished", "obsolete")


def translation_texts(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def problems(source, text, numerus):
    """What is wrong with one translation (one plural form) of source; empty when fine."""
    out = []
    if not text.strip() and source.strip():
        out.append("empty translation")
    src_ph = collections.Counter(PLACEHOLDER.findall(source))
    tr_ph = collections.Counter(PLACEHOLDER.findall(text))
    if numerus:
        # A plural form may leave the number out ("dim", "un"), never add or lose others.
        src_ph.pop("%n", None)
        tr_ph.pop("%n", None)
    if set(src_ph) != set(tr_ph):
        out.append("placeholders %s, source has %s" % (sorted(tr_ph), sorted(src_ph)))
    src_tags = collections.Counter(t.lower() for t in TAG.findall(source))
    tr_tags = collections.Counter(t.lower() for t in TAG.findall(text))
    if src_tags != tr_tags:
        out.append("tags %s, source has %s" % (dict(tr_tags), dict(src_tags)))
    if sorted(SHORTCUT.findall(source)) != sorted(SHORTCUT.findall(text)):
        out.append("shortcut texts %s, source has %s"
                   % (SHORTCUT.findall(text), SHORTCUT.findall(source)))
    src_acc, tr_acc = len(ACCEL.findall(source)), len(ACCEL.findall(text))
    if src_acc != tr_acc and not (src_acc == 1 and tr_acc == 0):
        out.append("%d '&' accelerators, source has %d" % (tr_acc, src_acc))
    if source.endswith("\n") != text.endswith("\n"):
        out.append("trailing newline differs from the source")
    if source.startswith(" ") != text.startswith(" "):
        out.append("leading space differs from the source")
    return out


def indent(elem, level=0):
    pad = "\n" + "    " * level
    if len(elem):
        if not (elem.text or "").strip():
            elem.text = pad + "    "
        for child in elem:
            indent(child, level + 1)
        last = elem[-1]
        if not (last.tail or "").strip():
            last.tail = pad
    if not (elem.tail or "").strip():
        elem.tail = pad


def write_ts(tree, path):
    root = tree.getroot()
    # Reset whitespace only on structural elements; keep text of leaf elements as is.
    for elem in root.iter():
        if elem.tag in ("TS", "context", "message") or (
                elem.tag == "translation" and len(elem)):
            elem.text = None
        elem.tail = None
    # lupdate puts <context> at column 0 and indents everything inside it by 4 spaces.
    root.text = "\n"
    for ctx in root:
        indent(ctx, 0)
        ctx.tail = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    # lupdate writes <translation type="unfinished"></translation>, not a self-closed tag.
    body = re.sub(r"<(translation|numerusform|name)((?: [^ >/][^>]*?)?) ?/>", r"<\1\2></\1>", body)
    body = body.replace(" />", "/>")
    body = re.sub(r"(>[^<]*)", lambda m: m.group(1).replace('"', "&quot;").replace("'", "&apos;"), body)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def set_finished(msg, texts):
    """Makes texts (one, or one per plural form) msg's finished translation."""
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        tr.text = None
        for text in texts:
            ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = texts[0]


def cmd_reuse(args):
    """Finishes unfinished messages whose source text (with its comment and plural kind) has a
    translation elsewhere in the file: a string moved to another class keeps its translation.
    Vanished and obsolete messages count as donors; finished ones are preferred."""
    tree = ET.parse(args.ts)
    root = tree.getroot()
    donors = {}
    for ctxname, msg in messages(root):
        texts = translation_texts(msg)
        if not texts or not all(texts):
            continue
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            continue
        key = (msg.findtext("source") or "", msg.findtext("comment") or "", msg.get("numerus"))
        if key not in donors or is_finished(msg):
            donors[key] = texts
    reused = 0
    for ctxname, msg in messages(root):
        if not is_live(msg) or is_finished(msg):
            continue
        key = (msg.findtext("source") or "", msg.findtext("comment") or "", msg.get("numerus"))
        if key in donors:
            set_finished(msg, donors[key])
            reused += 1
    write_ts(tree, args.ts)
    print(f"{args.ts}: {reused} unfinished messages finished from the same text elsewhere")
    return 0


def cmd_export(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    forms = forms_for(root)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    out.write("# context\tsource\tcomment\tnumerus\ttranslation (numerus: one column per "
              "form: %s)\n" % ", ".join("%s [%s]" % f for f in forms))
    count = 0
    for ctxname, msg in messages(root):
        if not is_live(msg) or (is_finished(msg) and not args.all):
            continue
        numerus = msg.get("numerus") == "yes"
        texts = translation_texts(msg)
        if numerus:
            texts = (texts + [""] * len(forms))[:len(forms)]
        fields = [ctxname, msg.findtext("source") or "", msg.findtext("comment") or "",
                  "yes" if numerus else "no"] + (texts or [""])
        out.write("\t".join(esc(f) for f in fields) + "\n")
        count += 1
    if out is not sys.stdout:
        out.close()
    print("%d message(s) exported" % count, file=sys.stderr)
    return 0


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = [unesc(c) for c in line.split("\t")]
            if len(cols) < 5:
                raise SystemExit("%s:%d: expected at least 5 tab-separated columns, got %d"
                                 % (path, lineno, len(cols)))
            rows.append((lineno, cols))
    return rows


def cmd_apply(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    forms = forms_for(root)
    index = {}
    for ctxname, msg in messages(root):
        if is_live(msg):
            index[key_of(ctxname, msg)] = msg
    errors, applied = [], 0
    for lineno, cols in read_tsv(args.tsv):
        ctxname, source, comment, numerus = cols[0], cols[1], cols[2], cols[3] == "yes"
        texts = cols[4:]
        where = "%s:%d" % (args.tsv, lineno)
        msg = index.get((ctxname, source, comment))
        if msg is None:
            errors.append("%s: no message %r in context %r" % (where, source, ctxname))
            continue
        if (msg.get("numerus") == "yes") != numerus:
            errors.append("%s: numerus column says %s but the message is %s"
                          % (where, cols[3], msg.get("numerus", "no")))
            continue
        if numerus and len(texts) != len(forms):
            errors.append("%s: %d plural forms given, %s needs %d (%s)"
                          % (where, len(texts), language(root), len(forms),
                             ", ".join(f[0] for f in forms)))
            continue
        if not numerus and len(texts) != 1:
            errors.append("%s: one translation expected, got %d columns" % (where, len(texts)))
            continue
        bad = []
        for text in texts:
            bad += problems(source, text, numerus)
        if numerus and "%n" in source and not any("%n" in t for t in texts):
            bad.append("no plural form shows %n")
        if bad:
            errors.append("%s: %r: %s" % (where, source, "; ".join(bad)))
            continue
        set_finished(msg, texts)
        applied += 1
    for e in errors:
        print(e, file=sys.stderr)
    if errors and not args.keep_going:
        print("nothing written: %d problem(s); fix them or pass --keep-going" % len(errors),
              file=sys.stderr)
        return 2
    write_ts(tree, args.ts)
    print("%d translation(s) applied to %s, %d line(s) refused" % (applied, args.ts, len(errors)))
    return 2 if errors else 0


def cmd_check(args):
    root = ET.parse(args.ts).getroot()
    forms = forms_for(root)
    bad = 0
    for ctxname, msg in messages(root):
        if not is_live(msg) or not is_finished(msg):
            continue
        source = msg.findtext("source") or ""
        numerus = msg.get("numerus") == "yes"
        texts = translation_texts(msg)
        issues = []
        if numerus and len(texts) != len(forms):
            issues.append("%d plural forms, %d needed" % (len(texts), len(forms)))
        for text in texts:
            issues += problems(source, text, numerus)
        if issues:
            bad += 1
            print("%s: %r: %s" % (ctxname, source, "; ".join(issues)))
    stats(root)
    return 1 if bad else 0


PLURAL_MARK = re.compile(r"(\w*?)(y)?\((ies|es|s)\)")


def english_forms(source):
    def singular(m):
        return m.group(1) + (m.group(2) or "")

    def plural(m):
        if m.group(3) == "ies":
            return m.group(1) + "ies"
        return m.group(1) + (m.group(2) or "") + m.group(3)

    return [PLURAL_MARK.sub(singular, source), PLURAL_MARK.sub(plural, source)]


def cmd_fill_english(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    if language(root) != "en":
        print("%s is not an English .ts (language %r)" % (args.ts, root.get("language")),
              file=sys.stderr)
        return 2
    filled = 0
    for _, msg in messages(root):
        if not is_live(msg) or is_finished(msg):
            continue
        source = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":
            forms = english_forms(source)
            set_finished(msg, forms)
            print("plural: %s\n   1: %s\n   n: %s" % (source, forms[0], forms[1]))
        else:
            set_finished(msg, [source])
        filled += 1
    write_ts(tree, args.ts)
    print("%d message(s) finished in %s" % (filled, args.ts))
    return 0


def cmd_accels(args):
    root = ET.parse(args.ts).getroot()
    shared = 0
    for ctx in root.iter("context"):
        letters = collections.defaultdict(set)
        for msg in ctx.findall("message"):
            if not is_live(msg) or not is_finished(msg):
                continue
            for text in translation_texts(msg)[:1]:
                for m in re.finditer(r"&([^&\s])", text):
                    letters[m.group(1).lower()].add(text)
        for letter, texts in sorted(letters.items()):
            if len(texts) > 1:
                shared += 1
                print("%s: &%s in %s" % (ctx.findtext("name"), letter,
                                          " | ".join(sorted(texts))))
    print("%d shared accelerator letter(s)" % shared)
    return 0


def stats(root):
    total = finished = numerus = 0
    for _, msg in messages(root):
        if not is_live(msg):
            continue
        total += 1
        finished += is_finished(msg)
        numerus += msg.get("numerus") == "yes"
    print("messages %d, finished %d, unfinished %d, numerus %d"
          % (total, finished, total - finished, numerus))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("ts")
    e.add_argument("-o", "--output")
    e.add_argument("--all", action="store_true", help="finished messages too")
    a = sub.add_parser("apply")
    a.add_argument("ts")
    a.add_argument("tsv")
    a.add_argument("--keep-going", action="store_true",
                   help="write the good lines even when some are refused")
    c = sub.add_parser("check")
    c.add_argument("ts")
    f = sub.add_parser("fill-english")
    f.add_argument("ts")
    k = sub.add_parser("accels")
    k.add_argument("ts")
    r = sub.add_parser("reuse")
    r.add_argument("ts")
    s = sub.add_parser("stats")
    s.add_argument("ts")
    args = p.parse_args()
    if args.cmd == "export":
        return cmd_export(args)
    if args.cmd == "apply":
        return cmd_apply(args)
    if args.cmd == "check":
        return cmd_check(args)
    if args.cmd == "accels":
        return cmd_accels(args)
    if args.cmd == "reuse":
        return cmd_reuse(args)
    if args.cmd == "fill-english":
        return cmd_fill_english(args)
    stats(ET.parse(args.ts).getroot())
    return 0


if __name__ == "__main__":
    sys.exit(main())
