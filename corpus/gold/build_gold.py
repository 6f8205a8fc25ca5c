#!/usr/bin/env python3
"""Rebuilds principles.csv: statement-id/label pairs taken from the real documents' own structure.

Usage: build_gold.py RUN_DIR REAL_CORPUS_DIR > principles.csv
RUN_DIR is the output of `samsyn run REAL_CORPUS_DIR` (statement ids, sections, texts).
The rules below read each document's structure with explicit, document-specific patterns and a
hand-written name table; they share no code with Samsyn's grouping, so the gold is independent.
Sets:
  000-headings      000: every statement under a numbered principle heading ("1. ..." to "8. ...")
  001-descriptions  001: statements under "Beskrivning av principerna > N. ..."
  004-descriptions  004: the principle slide ("1. Integritet och oberoende ..." to "6. Mångfald ...")
  004-commitments   004: commitments ending with "(Principen/Principerna om ...)" in the raw text
"""
import csv
import re
import sys
from pathlib import Path

NUMBERED = {"1": "independence", "2": "dialogue", "3": "quality", "4": "long_term",
            "5": "openness", "6": "diversity", "7": "innovation", "8": "clarity"}
NAMES = {"dialog": "dialogue", "mångfald": "diversity", "kvalitet": "quality",
         "långsiktighet": "long_term", "öppenhet och insyn": "openness",
         "öppenheten och insyn": "openness", "integritet och oberoende": "independence"}


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def inline_labels(raw, text):
    at = raw.find(squash(text))
    if at < 0:
        return []
    after = raw[at + len(squash(text)):].lstrip()
    m = re.match(r"\(Princip(?:en|erna) om ([^)]*)\)", after)
    if not m:
        return []
    labels = []
    for item in re.split(r",\s*", m.group(1)):
        item = item.strip().lower()
        if item in NAMES:
            labels.append(NAMES[item])
        else:
            labels += [NAMES[p] for p in re.split(r"\s+och\s+", item) if p in NAMES]
    return labels


def main(run_dir, corpus_dir):
    rows = list(csv.DictReader(open(Path(run_dir) / "statements.csv", encoding="utf-8")))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["statement_id", "set", "principles"])
    current = None
    for row in rows:
        source, section, text = Path(row["source"]).name, row["section"], row["text"]
        if source.startswith("000"):
            m = re.match(r"(\d)\. ", section)
            if m:
                out.writerow([row["statement_id"], "000-headings", NUMBERED[m.group(1)]])
        elif source.startswith("001"):
            m = re.match(r"Beskrivning av principerna > (\d)\. ", section)
            if m:
                out.writerow([row["statement_id"], "001-descriptions", NUMBERED[m.group(1)]])
        elif source.startswith("004"):
            if section.startswith("6 Principer för parternas"):
                m = re.match(r"(\d)\. ", text)
                if m:
                    listing = len(re.findall(r"(?:^| )\d\. ", text)) > 1
                    current = None if listing else NUMBERED[m.group(1)]
                if current and len(text.split()) >= 3:
                    out.writerow([row["statement_id"], "004-descriptions", current])
                continue
            current = None
            raw = squash((Path(corpus_dir) / row["source"].split("/")[-1]).read_text(encoding="utf-8"))
            labels = inline_labels(raw, text)
            if labels:
                out.writerow([row["statement_id"], "004-commitments", ";".join(dict.fromkeys(labels))])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
