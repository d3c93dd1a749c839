#!/usr/bin/env python3
"""Carries translations over to strings that moved to another translation context.

lupdate files a string by its context (the class or Tr struct that calls tr()). When code
moves from one class to another, or a module's strings are gathered into one context, the
string comes back "unfinished" in its new context while its translation sits in the old one,
marked vanished. This fills every unfinished message from a translated message with the same
source text, disambiguation comment and plural kind, a vanished one first. Run between an lupdate that keeps vanished entries and one with
-no-obsolete (the update_translations target does both).

Usage: carry-translations.py FILE.ts [FILE.ts ...]
Prints how many messages were filled and which stayed unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment') or ''
    return (source, comment, message.get('numerus') == 'yes')


def has_text(translation):
    """A translation worth carrying: not unfinished, every plural form written."""
    if translation is None or translation.get('type') == 'unfinished':
        return False
    forms = translation.findall('numerusform')
    if forms:
        return all((f.text or '').strip() for f in forms)
    return bool((translation.text or '').strip())


MODULES = set()  # second parts of three-part contexts: Civitas::Leave::X -> Leave


def family(context):
    """Civitas::Leave::MyLeavePage and Civitas::Leave -> Civitas::Leave; the platform's flat
    contexts (Civitas::Database) and its new ones (Civitas::Core) -> Civitas."""
    parts = (context or '').split('::')
    if len(parts) >= 3 or (len(parts) == 2 and parts[1] in MODULES):
        return '::'.join(parts[:2])
    return parts[0]


def text_of(translation):
    forms = translation.findall('numerusform')
    return ' | '.join(f.text or '' for f in forms) if forms else (translation.text or '')


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    # Donors are looked for in the message's own family first: a module's old class contexts
    # ("Civitas::Leave::MyLeavePage") for its new one ("Civitas::Leave"); the platform's
    # ("Civitas::Database") for the core's, the shell's and the program's.
    for context in root.findall('context'):
        parts = (context.findtext('name') or '').split('::')
        if len(parts) >= 3:
            MODULES.add(parts[1])
    donors = {}     # (family, key) -> (rank, translation)
    conflicts = {}  # one source, several translations: French needs a disambiguation there
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            translation = message.find('translation')
            if not has_text(translation):
                continue
            # The vanished one is the string that moved: its translation is the one to carry.
            rank = 1 if translation.get('type') in ('vanished', 'obsolete') else 2
            for slot in ((family(name), key(message)), ('*', key(message))):
                current = donors.get(slot)
                if current is not None and text_of(current[1]) != text_of(translation):
                    conflicts.setdefault(slot, set()).update(
                        {text_of(current[1]), text_of(translation)})
                if current is None or rank < current[0]:
                    donors[slot] = (rank, translation)
    filled, missing = 0, []
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            slot = (family(name), key(message))
            if slot not in donors:
                slot = ('*', key(message))
            donor = donors.get(slot)
            if slot in conflicts:
                missing.append('%s: %s (translated differently elsewhere: %s; add a '
                               'disambiguation comment to tr())'
                               % (name, message.findtext('source'),
                                  ' / '.join(sorted(conflicts[slot]))))
                continue
            if donor is None:
                missing.append('%s: %s' % (name, message.findtext('source')))
                continue
            source = donor[1]
            translation.attrib.pop('type', None)
            translation.text = source.text
            for child in list(translation):
                translation.remove(child)
            for form in source.findall('numerusform'):
                copy = ET.SubElement(translation, 'numerusform')
                copy.text = form.text
            filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return filled, missing


def main():
    for path in sys.argv[1:]:
        filled, missing = carry(path)
        print('%s: %d translations carried over' % (path, filled))
        for m in missing:
            print('  still unfinished: %s' % m)
    return 0


if __name__ == '__main__':
    sys.exit(main())
