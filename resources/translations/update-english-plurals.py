#!/usr/bin/env python3
"""Fills the English plural forms of orderdesk_en.ts from the source text.

Run after `lupdate -pluralonly` (see update.sh): for each numerus message "... %n item(s) ...",
the singular form drops "(s)" and the plural form makes it "s". Forms someone already filled
by hand are left alone.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms and all((f.text or "").strip() for f in forms):
        continue
    for f in forms:
        translation.remove(f)
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
