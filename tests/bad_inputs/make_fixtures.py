#!/usr/bin/env python3
"""Writes the bad-input fixtures of cases.tsv into the folder given as argument.

Binary, re-encoded and oddly terminated files are generated here rather than
committed, so the repository keeps only readable text. Standard library only.
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

GOOD = "无锡市物联网产业集群入选国家先进制造业集群名单，集群企业超过3000家，2025年产值目标5000亿元。\n"
ARTICLE = "台州市汽车零部件产业集群加快转型，园区现有规上企业400余家，计划到2027年产值突破1000亿元。\n"
TRAD = "新竹科學園區半導體產業聚落持續擴大，園區內有四百多家企業，年產值突破一兆元。\n"


def write(name, data):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


write("good.txt", GOOD)
write("empty.txt", b"")
write("blank.txt", b"  \n\t\r\n   \n")
write("bom-only.txt", b"\xef\xbb\xbf")
write("binary.txt", bytes((i * 7919 + 13) % 256 for i in range(4096)))
write("png-named.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000))
write("nul-bytes.txt", ARTICLE.encode("utf-8")[:30] + b"\x00\x00" + ARTICLE.encode("utf-8")[30:])
bad = ARTICLE.encode("utf-8")
write("invalid-utf8.txt", bad[:37] + b"\xff\xfe" + bad[37:60] + b"\xc3" + bad[60:])
write("truncated-utf8.txt", bad[:-2])  # cut inside the final 。 (3 bytes)
write("gb18030.txt", ARTICLE.encode("gb18030"))
write("gbk-html.html", ("<html><head><meta charset=\"gbk\"><title>台州</title></head><body><p>" + ARTICLE +
                        "</p></body></html>").encode("gbk"))
write("big5.txt", TRAD.encode("big5"))
write("utf16le-bom.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
write("utf16be-bom.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
write("utf16le-nobom.txt", ("Taizhou: " + ARTICLE).encode("utf-16-le"))
write("utf16be-nobom.txt", ("Taizhou: " + ARTICLE).encode("utf-16-be"))
write("utf16-odd-length.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le") + b"\x41")
write("utf8-bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
write("crlf.txt", ARTICLE.replace("\n", "\r\n") + "第二段。\r\n")
write("cr-only.txt", ARTICLE.replace("\n", "\r") + "第二段。\r")
write("latin1.txt", "Le café crème à Genève coûte très cher, déjà.\n".encode("latin-1"))
write("shift-jis.txt", "東京都の半導体工場が新しいラインを稼働した。".encode("shift_jis"))
write("high-bytes.txt", bytes(0x80 + (i * 37) % 128 for i in range(400)))
write("broken.html", "<html><body><p>未闭合的段落<div><span>嵌套错误</p></div><table><tr><td>" + ARTICLE)
write("scripts.html", "<html><head><style>p{color:red}</style><script>var s='<p>脚本里的字</p>';</script></head>"
      "<body><script>document.write('x')</script><p>" + ARTICLE + "</p></body></html>")
write("script-only.html", "<html><head><script>var a = 1;</script><style>b{}</style></head><body>"
      "<script>alert(2)</script></body></html>")
write("markup-only.md", "# \n\n**\n\n`` ``\n")
write("bad-line.jsonl", '{"id":"j1","text":"' + GOOD.strip() + '"}\n{"id":"j2","text": oops}\n'
      '{"id":"j3","text":"' + ARTICLE.strip() + '"}\n')
write("not-object.jsonl", '["a","b"]\n{"id":"j4","text":"' + ARTICLE.strip() + '"}\n')
write("no-text.jsonl", '{"id":"j5","title":"没有正文"}\n{"id":"j6","text":"' + ARTICLE.strip() + '"}\n')
write("empty-text.jsonl", '{"id":"j7","text":"   "}\n{"id":"j8","text":"' + ARTICLE.strip() + '"}\n')
write("truncated.jsonl", '{"id":"j9","text":"' + ARTICLE.strip() + '"}\n{"id":"j10","text":"截断的')
write("crlf.jsonl", '{"id":"j11","text":"' + ARTICLE.strip() + '"}\r\n\r\n')
write("data.pdf", b"%PDF-1.4\n")
write("dup/a.txt", ARTICLE)
write("dup/b.txt", ARTICLE)
os.makedirs(os.path.join(out, "no-inputs"), exist_ok=True)
write("no-inputs/readme.rst", "not an input\n")
write("not-a-folder", "a file where the output folder should be\n")
link = os.path.join(out, "dangling.txt")
if not os.path.lexists(link):
    os.symlink("/nonexistent/clusterkg/target.txt", link)
write("unreadable.txt", ARTICLE)
os.chmod(os.path.join(out, "unreadable.txt"), 0)
os.makedirs(os.path.join(out, "corrupt-build"), exist_ok=True)
write("corrupt-build/graph.nq", "<urn:a> <urn:b> \"unterminated .\n")
write("bad-syntax.rq", "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\nSELECT ?c\nWHERE { ?c a ckg:IndustrialCluster ;; }\n")
write("minus.rq", "SELECT ?c WHERE { ?c ?p ?o MINUS { ?c a <urn:x> } }\n")
write("update.rq", "# changes nothing: refused\nINSERT DATA { <urn:a> <urn:b> <urn:c> }\n")
write("values-multi.rq", "SELECT ?s ?o WHERE { ?s ?p ?o VALUES (?s ?o) { (<urn:a> 1) } }\n")
write("regex-bytes.rq", "SELECT ?l WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l "
      "FILTER(REGEX(?l, \"^..$\")) }\n")
write("path.rq", "SELECT ?a WHERE { ?a <https://w3id.org/clusterkg/ontology#within>+ ?b }\n")
write("values-one.rq", "PREFIX ckg: <https://w3id.org/clusterkg/ontology#>\n"
      "SELECT ?c WHERE { ?c a ?t } VALUES ?t { ckg:IndustrialCluster }\n")
write("empty-group.rq", "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?c <urn:nothing> ?x } GROUP BY ?c\n")
write("empty-count.rq", "SELECT (COUNT(?x) AS ?n) WHERE { ?c <urn:nothing> ?x }\n")
write("number-overflow.jsonl", '{"id":"j12","score":1e999999,"text":"数字溢出"}\n{"id":"j13","text":"' + ARTICLE.strip() + '"}\n')
write("locked/good.txt", GOOD)
write("locked/inner/article.txt", ARTICLE)
os.chmod(os.path.join(out, "locked", "inner"), 0)
