#!/usr/bin/env python3
"""Lists functions defined under one name in more than one place.

Looks at every function defined at namespace scope (at the start of a line,
as the code base writes them) in the .h and .cpp files of the directories
given, and fails when one name is defined in two files that are not a header
and its source (files of one name, wherever they are). A helper with one name should have one meaning, in one place.

Usage: unique_helpers.py ROOT DIR...
"""
import collections
import os
import re
import sys

DEFINITION = re.compile(
    r'^(?:template\s*<[^>]*>\s*)?(?:(?:static|inline|constexpr|\[\[nodiscard\]\])\s+)*'
    r'[A-Za-z_][\w:<>,\s\*&]*?[\s\*&]([a-z_]\w*)\s*\(')
NOT_NAMES = {'main', 'operator', 'if', 'for', 'while', 'switch', 'return'}


def definitions(path):
    """(name, line) of each function defined at the start of a line."""
    lines = open(path, encoding='utf-8', errors='replace').read().split('\n')
    for i, line in enumerate(lines):
        m = DEFINITION.match(line)
        if not m or m.group(1) in NOT_NAMES or line.startswith(('return', 'using', 'typedef')):
            continue
        # A definition opens its body before any ';' ends a declaration.
        for follow in lines[i:i + 8]:
            if ';' in follow.split('{')[0]:
                break
            if '{' in follow:
                yield m.group(1), i + 1
                break


def main():
    root, dirs = sys.argv[1], sys.argv[2:]
    places = collections.defaultdict(list)
    for d in dirs:
        for dirpath, _, files in os.walk(os.path.join(root, d)):
            for f in sorted(files):
                if f.endswith(('.h', '.cpp')):
                    path = os.path.join(dirpath, f)
                    for name, line in definitions(path):
                        places[name].append((os.path.relpath(path, root), line))
    failures = 0
    for name, where in sorted(places.items()):
        units = {os.path.splitext(os.path.basename(p))[0] for p, _ in where}
        if len(units) > 1:
            failures += 1
            print(f'{name}: ' + ', '.join(f'{p}:{n}' for p, n in where))
    if failures:
        print(f'{failures} names defined in more than one place')
        return 1
    print('every helper name is defined in one place')
    return 0


if __name__ == '__main__':
    sys.exit(main())
