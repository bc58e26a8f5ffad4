#!/usr/bin/python3
"""Writes a GEXF file without its viz elements to stdout. The published GEXF
1.3 XSD declares color/position/size in the main namespace and so rejects
the viz:* elements Gephi reads; validation runs on this copy."""
import sys
import xml.etree.ElementTree as ET

VIZ = "{http://gexf.net/1.3/viz}"
ET.register_namespace("", "http://gexf.net/1.3")
tree = ET.parse(sys.argv[1])
removed = 0
for parent in tree.iter():
    for child in list(parent):
        if child.tag.startswith(VIZ):
            parent.remove(child)
            removed += 1
if removed == 0:
    sys.exit("strip_viz: no viz elements in " + sys.argv[1])
tree.write(sys.stdout.buffer, encoding="UTF-8", xml_declaration=True)
