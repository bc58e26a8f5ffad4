#!/usr/bin/env python3
"""The Python pipeline a user writes first, as a speed baseline for clusterkg.

Reads JSONL articles, tags each with jieba.posseg, keeps place names (ns),
organisation names (nt) and other proper nouns (nz) as entities, links an
entity to the article that mentions it and to the other entities of the same
sentence, and writes Turtle and N-Quads-like N-Triples with rdflib. Prints
MB/s for extraction and for the whole run.

    /usr/bin/python3 bench/peer.py corpus.jsonl --max-mb 2 -o /tmp/peer
"""
import argparse
import hashlib
import json
import os
import re
import sys
import time

import jieba
import jieba.posseg as pseg
from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef

EX = Namespace("https://example.org/peer/")
KEEP = {"ns": "Place", "nt": "Organization", "nz": "Name"}
SENT = re.compile(r"[^。！？\n]+[。！？]?")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--max-mb", type=float, default=0, help="read only the first N MB of article text")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    os.makedirs(a.output, exist_ok=True)
    t0 = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    t_init = time.perf_counter() - t0
    g = Graph()
    g.bind("ex", EX)
    text_bytes = articles = 0
    t_extract = 0.0
    c_extract = 0.0  # CPU time (robust on a busy machine)
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            if a.max_mb and text_bytes >= a.max_mb * 1e6:
                break
            art = json.loads(line)
            text = art["text"]
            text_bytes += len(text.encode("utf-8"))
            articles += 1
            t = time.perf_counter()
            c = time.process_time()
            doc = EX["article/" + art["id"]]
            g.add((doc, RDF.type, EX.Article))
            g.add((doc, EX.title, Literal(art.get("title", ""), lang="zh")))
            for m in SENT.finditer(text):
                found = []
                for w in pseg.cut(m.group(0)):
                    cls = KEEP.get(w.flag)
                    if cls and len(w.word) >= 2:
                        e = EX["e/" + hashlib.md5(w.word.encode("utf-8")).hexdigest()[:16]]
                        g.add((e, RDF.type, EX[cls]))
                        g.add((e, RDFS.label, Literal(w.word, lang="zh")))
                        g.add((e, EX.mentionedIn, doc))
                        found.append(e)
                for i in range(1, len(found)):
                    g.add((found[0], EX.relatedTo, found[i]))
            t_extract += time.perf_counter() - t
            c_extract += time.process_time() - c
    t = time.perf_counter()
    g.serialize(os.path.join(a.output, "peer.ttl"), format="turtle")
    g.serialize(os.path.join(a.output, "peer.nt"), format="nt")
    t_write = time.perf_counter() - t
    total = time.perf_counter() - t0
    mb = text_bytes / 1e6
    print("peer: %d articles, %.2f MB, %d triples" % (articles, mb, len(g)))
    print("peer: init %.2f s, extract %.2f s (%.3f MB/s), write %.2f s, total %.2f s (%.3f MB/s)" %
          (t_init, t_extract, mb / t_extract if t_extract else 0, t_write, total, mb / total if total else 0))
    print("peer: extract CPU %.2f s (%.3f MB/s per core)" % (c_extract, mb / c_extract if c_extract else 0))


if __name__ == "__main__":
    sys.exit(main())
