#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample` output: top self frames and top frames
inside uk.practicecheck (inclusive).
Usage: jfr print --stack-depth 400 --events jdk.ExecutionSample a.jfr | bench/jfr-top.py [N]
(`jfr print` keeps only five frames of each stack unless --stack-depth says more, and the inclusive
figures need whole stacks; record with -XX:FlightRecorderOptions:stackdepth=512 for Drools' deep stacks.)"""
import collections
import re
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 30
self_counts = collections.Counter()
inclusive = collections.Counter()
samples = 0
stack = None
frame = re.compile(r'^\s+([\w$.<>]+)\(')
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        stack = []
        continue
    if stack is None:
        continue
    m = frame.match(line)
    if m:
        stack.append(m.group(1))
    elif line.strip() == '}' and stack is not None:
        if stack:
            samples += 1
            self_counts[stack[0]] += 1
            for f in set(stack):
                inclusive[f] += 1
        stack = None
print(f'{samples} samples')
print('-- self')
for f, n in self_counts.most_common(limit):
    print(f'{100.0 * n / samples:5.1f}% {f}')
print('-- inclusive, project frames')
for f, n in [(f, n) for f, n in inclusive.most_common() if f.startswith('uk.practicecheck')][:limit]:
    print(f'{100.0 * n / samples:5.1f}% {f}')
